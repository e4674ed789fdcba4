import { randomUUID } from 'node:crypto';
import type { JobKind, JobResult, JobState, JobStateOf } from '../../shared/api/contract';
import { TallyError } from '../../shared/api/result';

/** Long work (exports, imports): reports progress in 0..1, stops when the signal aborts, ends with its kind's result. */
type JobWork<K extends JobKind> = (progress: (fraction: number, message?: string) => void, signal: AbortSignal) => Promise<JobResult<K>>;

/**
 * Finished jobs kept for jobs-status, newest last. A client reads a job's result once it is done, soon after; older
 * ones are forgotten so a long session does not keep every import's result in memory.
 */
export const FINISHED_KEPT = 32;

interface Job {
  state: JobState;
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Runs jobs in the background and keeps their state for jobs-status. Cancelling aborts the signal; the job is
 * 'cancelled' once its work stops, or 'done' if it finished anyway (its result, e.g. an import, is then real).
 * Only the last FINISHED_KEPT finished jobs are kept; asking for an older one is NOT_FOUND.
 */
export class JobRunner {
  private readonly jobs = new Map<string, Job>();

  start<K extends JobKind>(kind: K, work: JobWork<K>): string {
    const id = `job-${randomUUID()}`;
    const controller = new AbortController();
    // Built for kind K, so its result is K's result type (TypeScript cannot narrow a union by a generic kind).
    const state = { id, kind, state: 'running', progress: 0, message: '' } as JobStateOf<K>;
    const progress = (fraction: number, message?: string) => {
      if (state.state !== 'running') return;
      state.progress = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
      if (message !== undefined) state.message = message;
    };
    const done = Promise.resolve()
      .then(() => {
        if (controller.signal.aborted) throw new TallyError('CANCELLED', 'cancelled before it started');
        return work(progress, controller.signal);
      })
      .then(
        (result: JobResult<K>) => {
          Object.assign(state, { state: 'done', progress: 1, result, message: state.message || 'done' });
        },
        (err) => {
          if (controller.signal.aborted) {
            Object.assign(state, { state: 'cancelled', message: 'cancelled', error: { code: 'CANCELLED', message: 'the job was cancelled' } });
          } else {
            const data = err instanceof TallyError ? err.toData() : { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
            Object.assign(state, { state: 'failed', message: data.message, error: { code: data.code, message: data.message } });
          }
        },
      )
      .finally(() => this.forgetOldFinished());
    this.jobs.set(id, { state, controller, done });
    return id;
  }

  private forgetOldFinished(): void {
    let finished = 0;
    for (const job of this.jobs.values()) if (job.state.state !== 'running') finished++;
    for (const [id, job] of this.jobs) {
      if (finished <= FINISHED_KEPT) break;
      if (job.state.state === 'running') continue;
      this.jobs.delete(id);
      finished--;
    }
  }

  private get(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new TallyError('NOT_FOUND', `no job "${id}"`);
    return job;
  }

  status(id: string): JobState {
    return { ...this.get(id).state };
  }

  cancel(id: string): JobState {
    const job = this.get(id);
    if (job.state.state === 'running') {
      job.controller.abort();
      job.state.message = 'cancelling…';
    }
    return { ...job.state };
  }

  /** Settles when the job has stopped (for tests and for close). */
  async wait(id: string): Promise<JobState> {
    const job = this.get(id);
    await job.done;
    return { ...job.state };
  }

  async closeAll(): Promise<void> {
    for (const job of this.jobs.values()) if (job.state.state === 'running') job.controller.abort();
    await Promise.all([...this.jobs.values()].map((j) => j.done));
  }
}
