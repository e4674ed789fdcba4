import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { GROUP_STATUSES } from '../../../shared/model';
import { useGroups } from '../groups/groups-store';
import { errorText, useDataset, useUi } from '../state';
import { inTextField } from '../ui/in-text-field';
import { GroupDetail, type ResolveInput } from './GroupDetail';
import { ReviewerNameDialog } from './ReviewerNameDialog';
import { ReviewQueue } from './ReviewQueue';
import { ToleranceField } from './ToleranceField';
import './review.css';
import { plural } from '../../../shared/text/plural';

/** The queue is empty: say so kindly, with what the dataset holds. */
function NothingToReview({ totals, resolved, compact }: { totals: string[]; resolved: number; compact?: boolean }) {
  return (
    <div className={compact ? 'review-empty review-empty--compact' : 'review-empty'} role={compact ? undefined : 'status'}>
      <p className="review-empty__title">{compact ? '✓ ' : ''}Nothing to review</p>
      <p className="muted">
        Every group agrees, stands alone or has a decision that still holds.
        {totals.length > 0 && ` Groups: ${totals.join(' · ')}.`} Resolved: {resolved}.
      </p>
    </div>
  );
}

/**
 * The Review view: the queue of groups that need a decision (worst first) and the current group beside it.
 * j/↓ next, k/↑ previous, 1–9 choose an observation, Ctrl+Enter resolve.
 */
export function ReviewView() {
  const { run, lookups } = useDataset();
  const groups = useGroups();
  const { reviewLists: lists, listsVersion, counts, tolerance } = groups;
  // Read from the incrementally kept lists: positions by binary search, never a pass over every group.
  const queueLength = lists?.queueLength ?? 0;
  const resolvedCount = lists?.resolvedKeys.length ?? 0;
  const { reviewRequest, consumeReviewRequest } = useUi();
  const [current, setCurrent] = useState<string | null>(null);
  // Where the current group stood in the queue, so "Next" after resolving goes to the group that took its place.
  const pos = useRef(0);
  const [reviewerName, setReviewerName] = useState<string | null | undefined>(undefined);
  const [asking, setAsking] = useState<((ok: boolean) => void) | null>(null);

  useEffect(() => {
    void run('app-info', {}).then((r) => setReviewerName(r.ok ? r.data.settings.reviewerName : null));
  }, [run]);

  const currentView = current ? groups.view(current) : null;
  const at = current && lists ? lists.queueIndexOf(current) : -1;
  if (at >= 0) pos.current = at;

  // A request to show one group (the Export dialog's problem links, the grid's Group status cell), taken once,
  // whether it came before this view mounted or while it is shown. An unknown key leaves the selection as it was.
  useEffect(() => {
    if (!reviewRequest) return;
    consumeReviewRequest(reviewRequest.nonce);
    if (groups.view(reviewRequest.keyString)) setCurrent(reviewRequest.keyString);
  }, [reviewRequest, consumeReviewRequest, groups]);

  // Start on the first group; when the current group vanishes (its rows were regrouped), take the one in its place.
  // (Not while a request is pending: the request decides.)
  useEffect(() => {
    if (reviewRequest) return;
    if ((current === null || !currentView) && lists && lists.queueLength > 0)
      setCurrent(lists.queueKeyAt(Math.min(pos.current, lists.queueLength - 1)));
  }, [current, currentView, lists, listsVersion, reviewRequest]);

  const go = useCallback(
    (step: 1 | -1) => {
      if (!lists || lists.queueLength === 0) return;
      // Not in the queue (just resolved): the next is the one that slid into its place.
      const target = at >= 0 ? at + step : step === 1 ? pos.current : pos.current - 1;
      const i = Math.max(0, Math.min(lists.queueLength - 1, target));
      setCurrent(lists.queueKeyAt(i));
    },
    [lists, at],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (inTextField(e.target) || e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]')) return;
      if (e.key === 'j' || e.key === 'ArrowDown') {
        e.preventDefault();
        go(1);
      } else if (e.key === 'k' || e.key === 'ArrowUp') {
        e.preventDefault();
        go(-1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  /** Resolves to true once a reviewer name is set (asking for it the first time). */
  const ensureReviewer = useCallback(async (): Promise<boolean> => {
    let name = reviewerName;
    if (name === undefined) {
      const r = await run('app-info', {});
      name = r.ok ? r.data.settings.reviewerName : null;
      setReviewerName(name);
    }
    if (name) return true;
    return new Promise<boolean>((resolve) => setAsking(() => resolve));
  }, [reviewerName, run]);

  const onResolve = useCallback(
    async (input: ResolveInput): Promise<string | null> => {
      if (!(await ensureReviewer())) return 'Not resolved: a reviewer name is needed.';
      const r = await run('resolutions-create', input);
      return r.ok ? null : `Not resolved: ${errorText(r.error)}`;
    },
    [ensureReviewer, run],
  );

  const onReopen = useCallback(async (): Promise<string | null> => {
    const id = currentView?.resolution?.id;
    if (!id) return null;
    const r = await run('resolutions-delete', { id });
    return r.ok ? null : `Not reopened: ${errorText(r.error)}`;
  }, [currentView, run]);

  const saveTolerance = useCallback(
    async (t: number) => {
      const r = await run('dataset-update-meta', { tolerance: t });
      return r.ok ? null : `Not saved: ${errorText(r.error)}`;
    },
    [run],
  );

  const members = current ? (groups.group(current)?.members ?? []) : [];
  const openCount = queueLength;
  const totalsText = counts ? GROUP_STATUSES.filter((s) => counts[s].total > 0).map((s) => `${counts[s].total} ${s}`).join('\n') : '';
  const totals = useMemo(() => (totalsText ? totalsText.split('\n') : []), [totalsText]);
  // Kept stable so the memoised queue is not redrawn on edits that leave it alone.
  const emptyQueue = useMemo(() => <NothingToReview totals={totals} resolved={resolvedCount} compact />, [totals, resolvedCount]);

  return (
    <section className="review-view" aria-label="Review">
      <header className="review-view__head">
        <h2>Review</h2>
        <span className="muted">
          {openCount === 0 ? 'Nothing to review' : `${plural(openCount, 'group')} to review`}
          {resolvedCount > 0 ? ` · ${resolvedCount} resolved` : ''}
        </span>
        <span className="review-view__spacer" />
        <span className="review-view__hints muted small" aria-label="Keyboard shortcuts">
          <kbd>j</kbd>/<kbd>↓</kbd> next · <kbd>k</kbd>/<kbd>↑</kbd> previous · <kbd>1</kbd>–<kbd>9</kbd> choose · <kbd>Ctrl+Enter</kbd> resolve
        </span>
        <button type="button" onClick={() => go(-1)} disabled={queueLength === 0 || (at >= 0 ? at === 0 : pos.current === 0)}>
          Previous group
        </button>
        <button type="button" onClick={() => go(1)} disabled={queueLength === 0 || (at >= 0 && at === queueLength - 1)}>
          Next group
        </button>
        <ToleranceField tolerance={tolerance} onSave={saveTolerance} />
      </header>
      <div className="review-view__body">
        {lists && <ReviewQueue lists={lists} listsVersion={listsVersion} current={current} onSelect={setCurrent} empty={emptyQueue} />}
        <div className="review-view__detail">
          {currentView && lookups ? (
            <GroupDetail
              key={`${current}|${currentView.resolution?.id ?? ''}|${currentView.resolved}`}
              view={currentView}
              members={members}
              sourcesById={lookups.sourcesById}
              tolerance={tolerance}
              onResolve={onResolve}
              onReopen={onReopen}
            />
          ) : (
            <NothingToReview totals={totals} resolved={resolvedCount} />
          )}
        </div>
      </div>
      {asking && (
        <ReviewerNameDialog
          onCancel={() => {
            asking(false);
            setAsking(null);
          }}
          onSave={async (name) => {
            const r = await run('settings-update', { reviewerName: name });
            if (!r.ok) return errorText(r.error);
            setReviewerName(r.data.reviewerName);
            asking(true);
            setAsking(null);
            return null;
          }}
        />
      )}
    </section>
  );
}
