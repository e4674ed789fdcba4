import { type BenchModule, type BenchRow, formatTable } from './table';

// Each module measures one area at fixed sizes; `npm run bench -- store check` runs a subset.
const MODULES: Record<string, () => Promise<BenchModule>> = {
  store: () => import('./store'),
  extract: () => import('./extract'),
  check: () => import('./check'),
  export: () => import('./export'),
};

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? wanted : Object.keys(MODULES);
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
