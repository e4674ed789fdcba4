import type { JobState } from '../../../shared/api/contract';

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
