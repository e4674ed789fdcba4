import { type BenchModule, type BenchRow, formatTable } from './table';

// Each module measures one area at fixed sizes; `npm run bench -- store check` runs a subset.
const MODULES: Record<string, () => Promise<BenchModule>> = {
  store: () => import('./store'),
  extract: () => import('./extract'),
  check: () => import('./check'),
  export: () => import('./export'),
  ui: () => import('./ui'),
};
/** Run only when named (`npm run bench -- ui`): it builds a page and drives Chromium for minutes. */
const ON_REQUEST = new Set(['ui']);

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? wanted : Object.keys(MODULES).filter((n) => !ON_REQUEST.has(n));
  const rows: BenchRow[] = [];
  for (const name of names) {
    const load = MODULES[name];
    if (!load) throw new Error(`unknown bench "${name}" (have: ${Object.keys(MODULES).join(', ')})`);
    process.stderr.write(`bench: ${name}…\n`);
    rows.push(...(await (await load()).run()));
  }
  console.log(formatTable(rows));
}

main().catch((err) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
