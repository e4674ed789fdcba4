import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfigDir, defaultDatasetsDir } from '../backend/paths';
import { parseWebArgs } from './args';
import { REPO_ROOT, startWebServer } from './server';

// `npm run web [-- --dataset PATH --port N]`: the URL to open is the first line on stdout; everything else goes to
// stderr, so scripts can read that line.
async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  const server = await startWebServer({
    datasetsDir: defaultDatasetsDir(),
    configDir: defaultConfigDir(),
    openPath: args.dataset,
    port: args.port,
    version,
  });
  process.stdout.write(`${server.url}\n`);
  console.error(`Tally ${version} (browser mode) on ${server.origin}, 127.0.0.1 only. Open the address above; Ctrl+C stops.`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`Tally: ${signal}, closing the dataset…`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('Tally: closing failed:', err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`Tally: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
