import type { ValidationProblem, ValidationReport } from '../../../shared/api/contract';
import { problemTarget, useGoToProblem } from './use-go-to-problem';

const KIND_LABELS: Record<string, string> = {
  'unresolved-group': 'Unresolved group',
  'stale-resolution': 'Stale resolution',
  'orphaned-citation': 'Orphaned citation',
  'invalid-record': 'Invalid record',
  'unverified-single': 'Single source, unverified',
  'source-missing-url': 'Source without URL',
  'source-missing-date': 'Source without date',
};

const TARGET_HINTS = { row: 'Show the observation', group: 'Open the Review view', source: 'Open the Sources panel' } as const;

function ProblemItem({ problem, go }: { problem: ValidationProblem; go: (p: ValidationProblem) => void }) {
  const target = problemTarget(problem);
  return (
    <li className={`export-problem export-problem--${problem.severity}`}>
      <span className="export-problem__kind">{KIND_LABELS[problem.kind] ?? problem.kind}</span>
      {target ? (
        <button type="button" className="export-problem__link" title={TARGET_HINTS[target]} onClick={() => go(problem)}>
          {problem.message}
        </button>
      ) : (
        <span className="export-problem__text">{problem.message}</span>
      )}
    </li>
  );
}

/** Blocking problems in full, warnings folded away below them; each links to where it can be fixed. */
export function ProblemList({ report }: { report: ValidationReport }) {
  const go = useGoToProblem();
  const blocking = report.problems.filter((p) => p.severity === 'blocking');
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  return (
    <div className="export-problems">
      {blocking.length > 0 && (
        <ul className="export-problems__list" aria-label="Blocking problems">
          {blocking.map((p, i) => (
            <ProblemItem key={`b${i}`} problem={p} go={go} />
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <details className="export-problems__warnings" open={blocking.length === 0 && warnings.length <= 10}>
          <summary>
            {warnings.length} warning{warnings.length === 1 ? '' : 's'} (do not block publishing)
          </summary>
          <ul className="export-problems__list" aria-label="Warnings">
            {warnings.map((p, i) => (
              <ProblemItem key={`w${i}`} problem={p} go={go} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
