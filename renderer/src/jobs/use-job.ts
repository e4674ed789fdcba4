import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobState } from '../../../shared/api/contract';
import { api } from '../api/client';
import { errorText } from '../state';

/** How often a running job is asked for its progress. */
const POLL_MS = 200;

const sleep = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));

export interface JobFollower {
  /** The latest state of the job being followed (null before the first one starts). */
  job: JobState | null;
  running: boolean;
  /** Polls a started job until it stops; resolves with its final state (null if the dialog went away first). */
  follow: (jobId: string) => Promise<JobState | null>;
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
export function useJob(): JobFollower {
  const [job, setJob] = useState<JobState | null>(null);
  const current = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const follow = useCallback(async (jobId: string): Promise<JobState | null> => {
    current.current = jobId;
    setJob({ id: jobId, kind: '', state: 'running', progress: 0, message: 'starting…' });
    for (;;) {
      const r = await api['jobs-status']({ jobId });
      if (!mounted.current || current.current !== jobId) return null;
      const state: JobState = r.ok
        ? r.data
        : { id: jobId, kind: '', state: 'failed', progress: 0, message: errorText(r.error), error: { code: r.error.code, message: errorText(r.error) } };
      setJob(state);
      if (state.state !== 'running') {
        current.current = null;
        return state;
      }
      await sleep(POLL_MS);
    }
  }, []);

  const cancel = useCallback(async () => {
    const jobId = current.current;
    if (!jobId) return;
    const r = await api['jobs-cancel']({ jobId });
    if (r.ok && mounted.current && current.current === jobId) setJob(r.data);
  }, []);

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
