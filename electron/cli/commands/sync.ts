import { syncDataset } from '../../backend/git/sync';
import { plural } from '../../../shared/text/plural';
import { CliError, type CliCommand } from '../io';
import { takeAuthor } from './git-author';
import { refuseUnknownOptions, takeFlag } from './options';

export const command: CliCommand = {
  usage: 'sync <dataset> [--json] [--name N --email E]   commit, merge record by record, push (exit 0 synced, 1 merge conflicts to review, 2 bad input or unreachable remote)',
  async run(args, io) {
    const { on: json, rest: a } = takeFlag(args, 'json');
    const positional = a.filter((x) => !x.startsWith('--'));
    const { author, rest } = await takeAuthor(a, positional[0] ?? '.');
    refuseUnknownOptions(rest, ' (sync takes --json, --name, --email)');
    if (rest.length !== 1) throw new CliError('give one dataset folder, e.g. tally sync data/team');
    const r = await syncDataset(rest[0], author);
    if (json) io.out(JSON.stringify(r, null, 2));
    else {
      const got = r.received ? `received ${plural(r.received, 'change')} from ${r.from.join(', ') || 'another clone'}` : 'nothing new from the remote';
      io.out(`${rest[0]}: synced (${r.committed ? 'local changes committed' : 'no local changes'}, ${got}${r.conflicts ? `, ${plural(r.conflicts, 'merge conflict')} to review` : ''})`);
    }
    return r.conflicts ? 1 : 0;
  },
};
