import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobKind, JobState, JobStateOf } from '../../../shared/api/contract';
import { errorText, useDataset } from '../state';

/** How often a running job is asked for its progress. */
const POLL_MS = 200;

const sleep = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));

export interface JobFollower<K extends JobKind> {
  /** The latest state of the job being followed (null before the first one starts). */
  job: JobStateOf<K> | null;
  running: boolean;
  /** Polls a started job until it stops; resolves with its final state (null if the dialog went away first). */
  follow: (jobId: string) => Promise<JobStateOf<K> | null>;
  /** Asks the backend to stop the job; `follow` then resolves with 'cancelled' (or 'done' if it finished anyway). */
  cancel: () => Promise<void>;
  reset: () => void;
  /**
   * Closing the dialog: at once when idle (`busy` false); mid-job, cancels it and marks the dialog to close once the
   * backend has stopped, so no partial file or import is left behind (see `closing`).
   */
  requestClose: (busy: boolean, close: () => void) => void;
  /** True once requestClose asked to close when the running job stops. */
  closing: () => boolean;
}

/**
 * Follows a backend job (export, import) by polling jobs-status. The work runs in the backend, so the window stays
 * responsive; this only reads progress. A job-status call that fails ends the follow as a failed state.
 */
export function useJob<K extends JobKind>(kind: K): JobFollower<K> {
  const { run } = useDataset();
  const [job, setJob] = useState<JobStateOf<K> | null>(null);
  const current = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // The states this hook makes itself (before the first answer, when asking fails) are of the kind it follows.
  const stateOf = useCallback((s: Omit<JobState, 'kind' | 'result'>) => ({ ...s, kind }) as JobStateOf<K>, [kind]);
  const failed = useCallback(
    (jobId: string, code: string, message: string) => stateOf({ id: jobId, state: 'failed', progress: 0, message, error: { code, message } }),
    [stateOf],
  );

  const follow = useCallback(async (jobId: string): Promise<JobStateOf<K> | null> => {
    current.current = jobId;
    setJob(stateOf({ id: jobId, state: 'running', progress: 0, message: 'starting…' }));
    for (;;) {
      const r = await run('jobs-status', { jobId });
      if (!mounted.current || current.current !== jobId) return null;
      const state = !r.ok
        ? failed(jobId, r.error.code, errorText(r.error))
        : r.data.kind === kind
          ? (r.data as JobStateOf<K>)
          : failed(jobId, 'INTERNAL', `the backend answered with a ${r.data.kind} job, not ${kind}`);
      setJob(state);
      if (state.state !== 'running') {
        current.current = null;
        return state;
      }
      await sleep(POLL_MS);
    }
  }, [run, kind, stateOf, failed]);

  const cancel = useCallback(async () => {
    const jobId = current.current;
    if (!jobId) return;
    const r = await run('jobs-cancel', { jobId });
    if (r.ok && r.data.kind === kind && mounted.current && current.current === jobId) setJob(r.data as JobStateOf<K>);
  }, [run, kind]);

  const reset = useCallback(() => {
    current.current = null;
    setJob(null);
  }, []);

  const closeWhenStopped = useRef(false);
  const requestClose = useCallback(
    (busy: boolean, close: () => void) => {
      if (!busy) return close();
      closeWhenStopped.current = true;
      void cancel();
    },
    [cancel],
  );
  const closing = useCallback(() => closeWhenStopped.current, []);

  return { job, running: job?.state === 'running', follow, cancel, reset, requestClose, closing };
}
