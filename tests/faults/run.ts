// `npm run faults`: the fault suite's long mode. Many more rounds than `npm test` runs; prints a table of figures
// per kind of fault and exits non-zero on any violation. TALLY_FAULT_KILLS sets the SIGKILL rounds per mode (30).
import { addFigures, CODES, concurrentRound, damagedLineRound, type Figures, injectedRound, killRounds, noFigures, STEPS } from './rounds';

const KILLS = Number(process.env.TALLY_FAULT_KILLS ?? 30);
const INJECTED_REPEATS = Number(process.env.TALLY_FAULT_REPEATS ?? 3);

async function main() {
  const rows: Record<string, Figures> = {};
  const time: Record<string, number> = {};
  const run = async (name: string, fn: (fig: Figures) => Promise<unknown>) => {
    const t = Date.now();
    rows[name] ??= noFigures();
    await fn(rows[name]);
    time[name] = (time[name] ?? 0) + (Date.now() - t);
    process.stderr.write(`${name}: ${rows[name].rounds} rounds\n`);
  };
  for (const mode of ['small', 'journal'] as const) {
    await run(`SIGKILL, ${mode}`, (fig) => killRounds(mode, KILLS, fig));
    for (const step of STEPS) {
      await run(`ENOSPC/EIO at ${step}, ${mode}`, async (fig) => {
        for (let r = 0; r < INJECTED_REPEATS; r++) for (const code of CODES) await injectedRound(mode, step, code, fig, 1 + (r % 3));
      });
    }
    await run(`two writers, ${mode}`, async (fig) => {
      for (let r = 0; r < 5; r++) await concurrentRound(mode, fig);
    });
  }
  await run('damaged line', async (fig) => {
    for (let r = 0; r < 20; r++) await damagedLineRound(fig);
  });
  const total = Object.values(rows).reduce((sum, f) => addFigures(sum, f), noFigures());
  const table = Object.entries({ ...rows, TOTAL: total }).map(([kind, f]) => ({
    kind,
    rounds: f.rounds,
    acked: f.acked,
    refused: f.refused,
    lost: f.lost,
    overwritten: f.overwritten,
    'replay≠file': f.replayMismatches,
    'read-only opens': f.readOnlyOpens,
    'temps left': f.staleTempsLeft,
    seconds: kind === 'TOTAL' ? Math.round(Object.values(time).reduce((a, b) => a + b, 0) / 1000) : Math.round((time[kind] ?? 0) / 1000),
  }));
  console.table(table);
  for (const v of total.violations) console.error(`VIOLATION ${v}`);
  process.exit(total.violations.length ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
