import { resolve } from 'node:path';

export interface WebArgs {
  dataset?: string;
  port: number;
}

/** `[--dataset PATH] [--port N]` (also `--name=value`); an unknown or malformed flag is an error naming it. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const args: WebArgs = { port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? splitOnce(argv[i]) : [argv[i], undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--dataset') args.dataset = resolve(value());
    else if (flag === '--port') {
      const raw = value();
      const port = Number(raw);
      if (!/^\d+$/.test(raw) || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${raw}"`);
      args.port = port;
    } else throw new Error(`unknown option "${argv[i]}" (usage: npm run web -- [--dataset PATH] [--port N])`);
  }
  return args;
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}
