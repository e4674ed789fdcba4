import { describe, expect, it } from 'vitest';
import { TallyError } from '../../shared/api/result';
import { JobRunner } from '../../electron/backend/jobs';
import { backendFor, fails, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

describe('jobs', () => {
  it('runs work in the background and reports progress, result and failure', async () => {
    const jobs = new JobRunner();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const id = jobs.start('export', async (progress) => {
      progress(0.5, 'half way');
      await gate;
      return { files: ['a.csv'] };
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(jobs.status(id)).toMatchObject({ kind: 'export', state: 'running', progress: 0.5, message: 'half way' });
    release();
    expect(await jobs.wait(id)).toMatchObject({ state: 'done', progress: 1, result: { files: ['a.csv'] } });

    const bad = jobs.start('export', async () => {
      throw new TallyError('BLOCKED', '3 groups are unresolved');
    });
    expect(await jobs.wait(bad)).toMatchObject({ state: 'failed', error: { code: 'BLOCKED', message: '3 groups are unresolved' } });
  });

  it('cancels through the AbortSignal', async () => {
    const jobs = new JobRunner();
    const id = jobs.start('import', (_progress, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))));
    expect(jobs.cancel(id).message).toBe('cancelling…');
    expect(await jobs.wait(id)).toMatchObject({ state: 'cancelled', error: { code: 'CANCELLED' } });
  });

  it('answers jobs-status through dispatch, NOT_FOUND for an unknown id', async () => {
    const b = backendFor(dirs);
    await fails(b, 'jobs-status', { jobId: 'job-x' }, 'NOT_FOUND');
    const id = b.context.jobs.start('test', async () => 42);
    await b.context.jobs.wait(id);
    expect(await ok(b, 'jobs-status', { jobId: id })).toMatchObject({ state: 'done', result: 42 });
    await b.close();
  });
});
