import { TallyError } from '../../shared/api';
import { CliError, type CliCommand, type CliIo, processIo } from './io';

/** Commands load lazily so that `tally parse` does not pay for the xlsx writer. */
const COMMANDS: Record<string, () => Promise<{ command: CliCommand }>> = {
  parse: () => import('./commands/parse'),
  extract: () => import('./commands/extract'),
  check: () => import('./commands/check'),
  validate: () => import('./commands/validate'),
  export: () => import('./commands/export'),
  import: () => import('./commands/import'),
  catalogue: () => import('./commands/catalogue'),
  share: () => import('./commands/share'),
  clone: () => import('./commands/clone'),
  sync: () => import('./commands/sync'),
  'merge-driver': () => import('./commands/merge-driver'),
};

export async function usage(): Promise<string> {
  const lines = ['usage: tally <command> [options]', ''];
  for (const load of Object.values(COMMANDS)) lines.push(`  ${(await load()).command.usage}`);
  return lines.join('\n');
}

/** Runs one command line; returns the exit status. Errors are one line on stderr, never a stack trace. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(await usage());
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`tally: unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})`);
    return 2;
  }
  try {
    return await (await load()).command.run(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`tally ${name}: ${err.message}`);
      return err.exitCode;
    }
    if (err instanceof TallyError) {
      io.err(`tally ${name}: ${err.message}`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.err(`tally ${name}: ${message.split('\n')[0]}`);
    return 1;
  }
}
