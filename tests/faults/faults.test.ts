import { describe, expect, it } from 'vitest';
import { CODES, concurrentRound, damagedLineRound, injectedRound, killRounds, STEPS } from './rounds';

// The quick mode of the fault suite (npm test); `npm run faults` runs many more rounds and prints the figures.
const KILLS = Number(process.env.TALLY_FAULT_KILLS ?? 4);

describe('fault suite: SIGKILL rounds', () => {
  for (const mode of ['small', 'journal'] as const) {
    it(`${mode} mode: ${KILLS} kills, no acknowledged edit lost, no file overwritten, replay equals dataset.json`, { timeout: 90_000 }, async () => {
      const fig = await killRounds(mode, KILLS);
      expect(fig.violations).toEqual([]);
      expect(fig.rounds).toBe(KILLS);
      expect(fig.staleTempsLeft).toBe(0);
      expect(fig.acked).toBeGreaterThan(0);
    });
  }
});

describe('fault suite: ENOSPC and EIO injected at each write step', () => {
  for (const mode of ['small', 'journal'] as const) {
    for (const step of STEPS) {
      it(`${mode} mode, ${step}: exactly the acknowledged edits survive`, { timeout: 60_000 }, async () => {
        for (const code of CODES) {
          const fig = await injectedRound(mode, step, code);
          expect(fig.violations).toEqual([]);
          expect(fig.acked).toBeGreaterThan(0);
          expect(fig.staleTempsLeft).toBe(0);
        }
      });
    }
  }
});

describe('fault suite: damaged lines and concurrent writers', () => {
  it('a damaged log line opens read-only, writes nothing, and restoring it brings every edit back (3 rounds)', async () => {
    for (let i = 0; i < 3; i++) expect((await damagedLineRound()).violations).toEqual([]);
  });

  it('two writers started at once: one gets the dataset, the other is refused, nothing lost', { timeout: 60_000 }, async () => {
    const fig = await concurrentRound('small');
    expect(fig.violations).toEqual([]);
  });
});
