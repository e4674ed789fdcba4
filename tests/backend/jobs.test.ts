import { describe, expect, it } from 'vitest';
import { JobState } from '../../shared/api/contract';
import { TallyError } from '../../shared/api/result';
import { FINISHED_KEPT, JobRunner } from '../../electron/backend/jobs';
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
      return { files: ['a.csv'], bytes: 3 };
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(jobs.status(id)).toMatchObject({ kind: 'export', state: 'running', progress: 0.5, message: 'half way' });
    release();
    expect(await jobs.wait(id)).toMatchObject({ state: 'done', progress: 1, result: { files: ['a.csv'], bytes: 3 } });

    const bad = jobs.start('export', async () => {
      throw new TallyError('BLOCKED', '3 groups are unresolved');
    });
    expect(await jobs.wait(bad)).toMatchObject({ state: 'failed', error: { code: 'BLOCKED', message: '3 groups are unresolved' } });
  });

  it('cancels through the AbortSignal', async () => {
    const jobs = new JobRunner();
    const id = jobs.start('interchange-import', (_progress, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))));
    expect(jobs.cancel(id).message).toBe('cancelling…');
    expect(await jobs.wait(id)).toMatchObject({ state: 'cancelled', error: { code: 'CANCELLED' } });
  });

  it('answers jobs-status through dispatch, NOT_FOUND for an unknown id', async () => {
    const b = backendFor(dirs);
    await fails(b, 'jobs-status', { jobId: 'job-x' }, 'NOT_FOUND');
    const id = b.context.jobs.start('export', async () => ({ files: ['x.csv'], bytes: 42 }));
    await b.context.jobs.wait(id);
    const status = await ok(b, 'jobs-status', { jobId: id });
    // What the backend sends is what the contract's schema says, result typed by the job's kind.
    expect(JobState.parse(status)).toEqual({ id, kind: 'export', state: 'done', progress: 1, message: 'done', result: { files: ['x.csv'], bytes: 42 } });
    await b.close();
  });

  it('keeps the last finished jobs and every running one, and forgets older finished ones', async () => {
    const jobs = new JobRunner();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const running = jobs.start('export', async () => {
      await gate;
      return { files: [], bytes: 0 };
    });
    const ids: string[] = [];
    for (let k = 0; k < FINISHED_KEPT + 5; k++) ids.push(jobs.start('export', async () => ({ files: [], bytes: k })));
    for (const id of ids.slice(-FINISHED_KEPT)) await jobs.wait(id);
    // The oldest five are gone; the newest FINISHED_KEPT still answer with their results.
    for (const id of ids.slice(0, 5)) expect(() => jobs.status(id)).toThrow(/no job/);
    expect(jobs.status(ids[5])).toMatchObject({ state: 'done', result: { bytes: 5 } });
    expect(jobs.status(ids[ids.length - 1])).toMatchObject({ state: 'done', result: { bytes: FINISHED_KEPT + 4 } });
    // A job still running is never forgotten, however many finish after it.
    expect(jobs.status(running).state).toBe('running');
    release();
    expect(await jobs.wait(running)).toMatchObject({ state: 'done' });
  });
});
