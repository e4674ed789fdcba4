import { useEffect, useState, type ReactNode } from 'react';
import type { GroupView } from '../../../shared/crosscheck';
import { GroupBadge } from '../groups/GroupBadge';
import { formatSpread, keyLabel } from './review-format';

interface Props {
  queue: readonly GroupView[];
  resolved: readonly GroupView[];
  current: string | null;
  onSelect: (keyString: string) => void;
  /** Shown in place of the list when nothing needs review. */
  empty: ReactNode;
}

function Item({ g, current, onSelect }: { g: GroupView; current: boolean; onSelect: () => void }) {
  return (
    <li>
      <button type="button" className="queue-item" aria-current={current ? 'true' : undefined} onClick={onSelect}>
        <span className="queue-item__key">{keyLabel(g.key)}</span>
        <span className="queue-item__meta">
          <GroupBadge status={g.status} resolved={g.resolved} stale={g.stale} />
          {g.spread > 0 && <span className="muted small">spread {formatSpread(g.spread)}</span>}
        </span>
      </button>
    </li>
  );
}

/** The groups to review, worst first; resolved groups below, folded, so a decision can be looked at or reopened. */
export function ReviewQueue({ queue, resolved, current, onSelect, empty }: Props) {
  // The resolved list unfolds when the current group is one of them (e.g. opened from the grid or a link).
  const currentIsResolved = current !== null && resolved.some((g) => g.keyString === current);
  const [resolvedOpen, setResolvedOpen] = useState(currentIsResolved);
  useEffect(() => {
    if (currentIsResolved) setResolvedOpen(true);
  }, [currentIsResolved, current]);
  return (
    <nav className="review-queue" aria-label="Groups">
      <h3 className="review-queue__title">To review ({queue.length})</h3>
      <ol aria-label="Review queue" className="review-queue__list">
        {queue.map((g) => (
          <Item key={g.keyString} g={g} current={g.keyString === current} onSelect={() => onSelect(g.keyString)} />
        ))}
      </ol>
      {queue.length === 0 && empty}
      {resolved.length > 0 && (
        <details className="review-queue__resolved" open={resolvedOpen} onToggle={(e) => setResolvedOpen(e.currentTarget.open)}>
          <summary>Resolved ({resolved.length})</summary>
          <ol aria-label="Resolved groups" className="review-queue__list">
            {resolved.map((g) => (
              <Item key={g.keyString} g={g} current={g.keyString === current} onSelect={() => onSelect(g.keyString)} />
            ))}
          </ol>
        </details>
      )}
    </nav>
  );
}
