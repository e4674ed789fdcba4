import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { killAndWait, startWriter } from './child';
import { backendFor, fails, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

async function closedDataset(): Promise<string> {
  const b = backendFor(dirs);
  const snap = await ok(b, 'datasets-create', { name: 'khoá' });
  await b.close();
  return snap.path;
}

describe('one writer per dataset', () => {
  it('refuses a dataset another live process holds, naming its pid; takes it once that process is gone', { timeout: 60_000 }, async () => {
    const dir = await closedDataset();
    const holder = await startWriter('hold', dir, dirs.configDir);
    try {
      const lock = JSON.parse(readFileSync(path.join(dir, 'dataset.lock'), 'utf8'));
      expect(lock).toMatchObject({ pid: holder.pid, host: os.hostname() });
      const b = backendFor(dirs);
      const err = await fails(b, 'datasets-open', { path: dir }, 'DATASET_LOCKED');
      expect(err.message).toContain(`pid ${holder.pid}`);
      await b.close();
    } finally {
      await killAndWait(holder); // SIGKILL: its lock stays behind
    }
    expect(existsSync(path.join(dir, 'dataset.lock'))).toBe(true);
    const b = backendFor(dirs);
    await ok(b, 'datasets-open', { path: dir });
    expect(JSON.parse(readFileSync(path.join(dir, 'dataset.lock'), 'utf8')).pid).toBe(process.pid);
    await ok(b, 'observations-create', { fields: {} });
    await b.close();
    expect(existsSync(path.join(dir, 'dataset.lock'))).toBe(false);
  });

  it('takes over a lock left by a dead pid', async () => {
    const dir = await closedDataset();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const deadPid = Number(gone.stdout.toString());
    writeFileSync(path.join(dir, 'dataset.lock'), JSON.stringify({ pid: deadPid, host: os.hostname(), since: '2020-01-01T00:00:00.000Z' }));
    const b = backendFor(dirs);
    await ok(b, 'datasets-open', { path: dir });
    await b.close();
  });

  it('refuses a second backend in the same process while the first has it open', async () => {
    const dir = await closedDataset();
    const a = backendFor(dirs);
    await ok(a, 'datasets-open', { path: dir });
    const b = backendFor(dirs);
    const err = await fails(b, 'datasets-open', { path: dir }, 'DATASET_LOCKED');
    expect(err.message).toContain(`pid ${process.pid}`);
    await a.close();
    await ok(b, 'datasets-open', { path: dir });
    await b.close();
  });
});
