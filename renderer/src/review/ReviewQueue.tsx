import { memo, useEffect, useState, type ReactNode } from 'react';
import type { GroupView } from '../../../shared/crosscheck';
import { GroupBadge } from '../groups/GroupBadge';
import type { ReviewLists } from '../groups/review-lists';
import { formatSpread, keyLabel } from './review-format';

/** Items drawn per list before "Show more": a long queue is worked from the top (j/k), not scrolled through whole. */
export const QUEUE_PAGE = 200;

interface Props {
  lists: ReviewLists;
  /** Changes when either list may look different (the lists change in place). */
  listsVersion: number;
  current: string | null;
  onSelect: (keyString: string) => void;
  /** Shown in place of the list when nothing needs review. */
  empty: ReactNode;
  /** Groups chosen to be resolved together (compatible ones only: see bulkSelectable). */
  selected: ReadonlySet<string>;
  onToggle: (keyString: string, range?: boolean) => void;
  /** Shown above the list while groups are selected: the form that resolves them together. */
  bulk: ReactNode;
}

/** Groups that may be resolved several at once with one rationale: compatible ones, whose figures differ only by rounding. */
export const bulkSelectable = (g: Pick<GroupView, 'status' | 'resolved'>) => g.status === 'compatible' && !g.resolved;

interface Selection {
  selected: ReadonlySet<string>;
  onToggle: (keyString: string, range?: boolean) => void;
}

// Memoised on the view's identity: ReviewLists keeps a group's snapshot until that group changes, so an edit redraws
// only the items of the groups it touched.
const Item = memo(function Item({
  g,
  current,
  onSelect,
  selected,
  onToggle,
}: {
  g: GroupView;
  current: boolean;
  onSelect: (keyString: string) => void;
  selected: boolean;
  onToggle?: (keyString: string, range?: boolean) => void;
}) {
  return (
    <li className="queue-row">
      {onToggle && bulkSelectable(g) && (
        <input
          type="checkbox"
          className="queue-row__check"
          aria-label={`Select ${keyLabel(g.key)} to resolve with others`}
          checked={selected}
          // Shift+click selects every selectable group from the last one toggled to this one (React's change event of
          // a checkbox is its click, which carries the modifier keys).
          onChange={(e) => onToggle(g.keyString, (e.nativeEvent as MouseEvent).shiftKey === true)}
        />
      )}
      <button type="button" className="queue-item" aria-current={current ? 'true' : undefined} onClick={() => onSelect(g.keyString)}>
        <span className="queue-item__key">{keyLabel(g.key)}</span>
        <span className="queue-item__meta">
          <GroupBadge status={g.status} resolved={g.resolved} stale={g.stale} />
          {g.spread > 0 && <span className="muted small">spread {formatSpread(g.spread)}</span>}
        </span>
      </button>
    </li>
  );
});

/** Items 0..shown-1 of a list (and the current one's page), with a "Show more" button when there are more. */
function Page({
  label,
  length,
  keyAt,
  view,
  currentAt,
  current,
  onSelect,
  selection,
}: {
  selection?: Selection;
  label: string;
  length: number;
  keyAt: (i: number) => string;
  view: (keyString: string) => GroupView | null;
  currentAt: number;
  current: string | null;
  onSelect: (keyString: string) => void;
}) {
  const [pages, setPages] = useState(1);
  // The current group is always drawn (it may be far down, e.g. opened from the grid): draw up to its page.
  const shown = Math.min(length, Math.max(pages, currentAt >= 0 ? Math.floor(currentAt / QUEUE_PAGE) + 1 : 0) * QUEUE_PAGE);
  const items: ReactNode[] = [];
  for (let i = 0; i < shown; i++) {
    const ks = keyAt(i);
    const g = view(ks);
    if (g) items.push(<Item key={ks} g={g} current={ks === current} onSelect={onSelect} selected={!!selection?.selected.has(ks)} onToggle={selection?.onToggle} />);
  }
  return (
    <>
      <ol aria-label={label} className="review-queue__list">
        {items}
      </ol>
      {shown < length && (
        <button type="button" className="review-queue__more" onClick={() => setPages(Math.ceil(shown / QUEUE_PAGE) + 1)}>
          Show {Math.min(QUEUE_PAGE, length - shown)} more of {length - shown}
        </button>
      )}
    </>
  );
}

/** The groups to review, worst first; resolved groups below, folded, so a decision can be looked at or reopened. */
export const ReviewQueue = memo(function ReviewQueue({ lists, current, onSelect, empty, selected, onToggle, bulk }: Props) {
  const queueLength = lists.queueLength;
  const resolvedKeys = lists.resolvedKeys;
  const currentInQueue = current !== null ? lists.queueIndexOf(current) : -1;
  const currentInResolved = current !== null ? lists.resolvedIndexOf(current) : -1;
  // The resolved list unfolds when the current group is one of them (e.g. opened from the grid or a link).
  const currentIsResolved = currentInResolved >= 0;
  const [resolvedOpen, setResolvedOpen] = useState(currentIsResolved);
  useEffect(() => {
    if (currentIsResolved) setResolvedOpen(true);
  }, [currentIsResolved, current]);
  const view = (ks: string) => lists.view(ks);
  return (
    <nav className="review-queue" aria-label="Groups">
      <h3 className="review-queue__title">To review ({queueLength})</h3>
      {bulk}
      <Page
        selection={{ selected, onToggle }}
        label="Review queue"
        length={queueLength}
        keyAt={(i) => lists.queueKeyAt(i)}
        view={view}
        currentAt={currentInQueue}
        current={current}
        onSelect={onSelect}
      />
      {queueLength === 0 && empty}
      {resolvedKeys.length > 0 && (
        <details className="review-queue__resolved" open={resolvedOpen} onToggle={(e) => setResolvedOpen(e.currentTarget.open)}>
          <summary>Resolved ({resolvedKeys.length})</summary>
          {resolvedOpen && (
            <Page
              label="Resolved groups"
              length={resolvedKeys.length}
              keyAt={(i) => resolvedKeys[i]}
              view={view}
              currentAt={currentInResolved}
              current={current}
              onSelect={onSelect}
            />
          )}
        </details>
      )}
    </nav>
  );
});
