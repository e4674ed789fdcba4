import { shareDataset } from '../../backend/git/share';
import { CliError, type CliCommand } from '../io';
import { takeAuthor } from './git-author';
import { needsValue, refuseUnknownOptions, takeValueOption } from './options';

export const command: CliCommand = {
  usage: 'share <dataset> --remote <url> [--name N --email E]   make the dataset a git working tree and push it to the remote',
  async run(args, io) {
    const r = takeValueOption(args, 'remote', needsValue('remote'));
    const positional = r.rest.filter((a) => !a.startsWith('--'));
    const { author, rest } = await takeAuthor(r.rest, positional[0] ?? '.');
    refuseUnknownOptions(rest, ' (share takes --remote, --name, --email)');
    if (rest.length !== 1) throw new CliError('give one dataset folder, e.g. tally share data/team --remote /shared/team.git');
    if (!r.value) throw new CliError('--remote is required (a URL or the path of a bare repository)');
    await shareDataset(rest[0], r.value, author);
    io.out(`${rest[0]}: shared with ${r.value}`);
    return 0;
  },
};
