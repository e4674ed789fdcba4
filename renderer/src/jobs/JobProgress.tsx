import type { ReactNode } from 'react';
import type { JobState } from '../../../shared/api/contract';
import './jobs.css';

/** A running job's progress bar (role=progressbar, 0..100) with its message and a Cancel button. */
export function JobProgress({ job, label, onCancel }: { job: JobState; label: string; onCancel: () => void }) {
  const percent = Math.round(job.progress * 100);
  const cancelling = job.message.startsWith('cancelling');
  return (
    <div className="job-progress">
      <div
        className="job-progress__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%${job.message ? `: ${job.message}` : ''}`}
      >
        <div className="job-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="job-progress__text muted small">
        {percent}% {job.message && `· ${job.message}`}
      </span>
      <button type="button" onClick={onCancel} disabled={cancelling}>
        Cancel
      </button>
    </div>
  );
}

interface JobOutcomeProps {
  job: JobState | null;
  /** The progress bar's accessible name ("Export progress"). */
  label: string;
  onCancel: () => void;
  /** A quiet outcome (cancelled) and a failure, each one line. */
  notice: string | null;
  failure: string | null;
  /** What a finished job produced, shown above the messages. */
  children?: ReactNode;
}

/** Below a job dialog's form: the running job's progress with Cancel, then what came of it. */
export function JobOutcome({ job, label, onCancel, notice, failure, children }: JobOutcomeProps) {
  return (
    <div className="job-outcome">
      {job?.state === 'running' && <JobProgress job={job} label={label} onCancel={onCancel} />}
      {children}
      {notice && <p role="status">{notice}</p>}
      {failure && (
        <p className="job-outcome__failure" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
