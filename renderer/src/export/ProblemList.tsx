import { useState } from 'react';
import type { ValidationProblem, ValidationReport } from '../../../shared/api/contract';
import { problemTarget, useGoToProblem } from './use-go-to-problem';
import { plural } from '../../../shared/text/plural';

const KIND_LABELS: Record<string, string> = {
  'unresolved-group': 'Unresolved group',
  'stale-resolution': 'Stale resolution',
  'orphaned-citation': 'Orphaned citation',
  'invalid-record': 'Invalid record',
  'unverified-single': 'Single source, unverified',
  'source-missing-url': 'Source without URL',
  'source-missing-date': 'Source without date',
};

const TARGET_HINTS = { row: 'Show the observation', group: 'Open this group in the Review view', source: 'Open the Sources panel' } as const;

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

/** A large dataset can have tens of thousands of warnings: they are shown a page at a time. */
const PAGE = 100;

function ProblemItems({ problems, label, go }: { problems: ValidationProblem[]; label: string; go: (p: ValidationProblem) => void }) {
  const [shown, setShown] = useState(PAGE);
  const left = problems.length - shown;
  return (
    <>
      <ul className="export-problems__list" aria-label={label}>
        {problems.slice(0, shown).map((p, i) => (
          <ProblemItem key={i} problem={p} go={go} />
        ))}
      </ul>
      {left > 0 && (
        <button type="button" className="export-problems__more" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, left)} more ({left} not shown)
        </button>
      )}
    </>
  );
}

/** Blocking problems first, warnings folded away below them; each links to where it can be fixed. */
export function ProblemList({ report }: { report: ValidationReport }) {
  const go = useGoToProblem();
  const blocking = report.problems.filter((p) => p.severity === 'blocking');
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  const [warningsOpen, setWarningsOpen] = useState(blocking.length === 0 && warnings.length <= 10);
  return (
    <div className="export-problems">
      {blocking.length > 0 && <ProblemItems problems={blocking} label="Blocking problems" go={go} />}
      {warnings.length > 0 && (
        <details className="export-problems__warnings" open={warningsOpen} onToggle={(e) => setWarningsOpen(e.currentTarget.open)}>
          <summary>
            {plural(warnings.length, 'warning')} (do not block publishing)
          </summary>
          {/* Rendered only while open: a closed list of thousands would still cost its DOM. */}
          {warningsOpen && <ProblemItems problems={warnings} label="Warnings" go={go} />}
        </details>
      )}
    </div>
  );
}
