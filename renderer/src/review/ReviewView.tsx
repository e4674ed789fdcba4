import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { GROUP_STATUSES } from '../../../shared/model';
import { useGroups } from '../groups/groups-store';
import { errorText, useDataset, useUi } from '../state';
import { inTextField } from '../ui/in-text-field';
import { groupKeyString } from '../../../shared/crosscheck/group-key';
import { explainFigures } from '../../../shared/crosscheck/explain-figures';
import { mostPreciseFigure } from '../../../shared/crosscheck/most-precise';
import type { Input } from '../../../shared/api/contract';
import { BulkResolveForm } from './BulkResolveForm';
import { GroupDetail, type ResolveInput } from './GroupDetail';
import { ReviewerNameDialog } from './ReviewerNameDialog';
import { bulkSelectable, ReviewQueue } from './ReviewQueue';
import type { ReviewLists } from '../groups/review-lists';
import { ToleranceField } from './ToleranceField';
import './review.css';
import { plural } from '../../../shared/text/plural';

/** A listed group that may join a selection resolved together (bulkSelectable). */
const selectableIn = (lists: ReviewLists, ks: string): boolean => {
  const v = lists.view(ks);
  return !!v && bulkSelectable(v);
};

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
 * j/↓ next, k/↑ previous, 1–9 choose an observation, Ctrl+Enter resolve; Space selects a compatible group and
 * Shift+j/↓ selects while moving, so several are resolved with one rationale (r goes to the rationale). After a
 * decision the view moves on to the next open group.
 */
export function ReviewView() {
  const { run, lookups, doc } = useDataset();
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
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  // Bumped after each decision: the view then moves on to the next open group and puts focus there.
  const [advance, setAdvance] = useState(0);
  // Bumped to put focus on the current group's heading once it is drawn (keyboard moves, after a decision).
  const [focusNonce, setFocusNonce] = useState(0);
  const bulkRationale = useRef<HTMLTextAreaElement>(null);

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

  // After a decision: the group that took the decided one's place in the queue (or the last), focused.
  useEffect(() => {
    if (advance === 0 || !lists || lists.queueLength === 0 || (current && lists.queueIndexOf(current) >= 0)) return;
    setFocusNonce((n) => n + 1);
    setCurrent(lists.queueKeyAt(Math.min(pos.current, lists.queueLength - 1)));
  }, [advance]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (focusNonce > 0) document.querySelector<HTMLElement>('.group-detail h3')?.focus();
  }, [focusNonce]);

  // The selection as it stands: groups resolved or changed since they were selected drop out of it.
  const liveSelected = useMemo(
    () => [...selected].filter((ks) => lists && lists.queueIndexOf(ks) >= 0 && selectableIn(lists, ks)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [selected, lists, listsVersion],
  );
  // The last group toggled: Shift+click selects from it to the one clicked.
  const anchor = useRef<string | null>(null);
  const toggle = useCallback(
    (ks: string, range = false) => {
      const from = anchor.current && lists ? lists.queueIndexOf(anchor.current) : -1;
      const to = lists ? lists.queueIndexOf(ks) : -1;
      anchor.current = ks;
      setSelected((prev) => {
        const next = new Set(prev);
        if (range && lists && from >= 0 && to >= 0) {
          for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
            const k = lists.queueKeyAt(i);
            if (selectableIn(lists, k)) next.add(k);
          }
        } else if (!next.delete(ks)) next.add(ks);
        return next;
      });
    },
    [lists],
  );

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

  /** Shift+j/↓: the current group and the next join the selection (where they can), and the next becomes current. */
  const extend = useCallback(() => {
    if (!lists || !current) return;
    const i = lists.queueIndexOf(current);
    const nextKey = i >= 0 && i + 1 < lists.queueLength ? lists.queueKeyAt(i + 1) : null;
    setSelected((prev) => {
      const next = new Set(prev);
      for (const ks of [current, nextKey]) if (ks && selectableIn(lists, ks)) next.add(ks);
      return next;
    });
    if (nextKey) {
      setFocusNonce((n) => n + 1);
      setCurrent(nextKey);
    }
  }, [lists, current]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (inTextField(e.target) || e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]')) return;
      if (e.shiftKey && (e.key === 'J' || e.key === 'ArrowDown')) {
        e.preventDefault();
        extend();
      } else if (e.key === ' ' && !(e.target instanceof HTMLButtonElement)) {
        const v = current ? lists?.view(current) : null;
        if (v && bulkSelectable(v)) {
          e.preventDefault();
          toggle(v.keyString);
        }
      } else if (e.key === 'r') {
        const field = liveSelected.length > 0 ? bulkRationale.current : document.querySelector<HTMLElement>('.decision-form textarea');
        if (field) {
          e.preventDefault();
          field.focus();
        }
      } else if (e.key === 'j' || e.key === 'ArrowDown') {
        // Focus follows the keyboard, so Space, 1–9 and r act on the group now shown.
        e.preventDefault();
        go(1);
        setFocusNonce((n) => n + 1);
      } else if (e.key === 'k' || e.key === 'ArrowUp') {
        e.preventDefault();
        go(-1);
        setFocusNonce((n) => n + 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, extend, toggle, current, lists, liveSelected]);

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
      if (!r.ok) return `Not resolved: ${errorText(r.error)}`;
      setAdvance((n) => n + 1);
      return null;
    },
    [ensureReviewer, run],
  );

  // Each selected group rests on its most precise figure, as the form says.
  const onResolveSelected = useCallback(
    async (rationale: string): Promise<string | null> => {
      if (!(await ensureReviewer())) return 'Not resolved: a reviewer name is needed.';
      const items: Input<'resolutions-create-many'>['items'] = [];
      for (const ks of liveSelected) {
        const g = groups.group(ks);
        if (!g) continue;
        const languageOf = (o: (typeof g.members)[number]) => (o.sourceId ? (lookups?.sourcesById.get(o.sourceId)?.language ?? null) : null);
        const best = mostPreciseFigure(explainFigures(g.members, languageOf, tolerance));
        if (best >= 0) items.push({ group: g.key, observationId: g.members[best].id });
      }
      if (items.length === 0) return 'Nothing to resolve: the selected groups changed.';
      const r = await run('resolutions-create-many', { items, rationale });
      if (!r.ok) return `Not resolved: ${errorText(r.error)}`;
      setSelected(new Set());
      setAdvance((n) => n + 1);
      return null;
    },
    [ensureReviewer, liveSelected, groups, lookups, tolerance, run],
  );

  const onChangeUnit = useCallback(
    async (id: string, unit: string): Promise<string | null> => {
      const r = await run('observations-update', { id, patch: { unit } });
      return r.ok ? null : `Unit not changed: ${errorText(r.error)}`;
    },
    [run],
  );

  // Decisions in force (still matching their group) that a tolerance change marked for a second look.
  const recheckKeys = useMemo(
    () =>
      (doc?.resolutions ?? []).flatMap((r) => {
        if (!r.recheck) return [];
        const ks = groupKeyString(r.group);
        const v = groups.view(ks);
        return v?.resolved && v.resolution?.id === r.id ? [ks] : [];
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc?.resolutions, groups.version],
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
          <kbd>j</kbd>/<kbd>↓</kbd> next · <kbd>k</kbd>/<kbd>↑</kbd> previous · <kbd>1</kbd>–<kbd>9</kbd> choose · <kbd>Ctrl+Enter</kbd> resolve · <kbd>Space</kbd>/<kbd>Shift+↓</kbd> select · <kbd>r</kbd> rationale
        </span>
        <button type="button" onClick={() => go(-1)} disabled={queueLength === 0 || (at >= 0 ? at === 0 : pos.current === 0)}>
          Previous group
        </button>
        <button type="button" onClick={() => go(1)} disabled={queueLength === 0 || (at >= 0 && at === queueLength - 1)}>
          Next group
        </button>
        <ToleranceField tolerance={tolerance} onSave={saveTolerance} />
        {recheckKeys.length > 0 && (
          <button type="button" className="recheck-count" onClick={() => setCurrent(recheckKeys.find((k) => k !== current) ?? recheckKeys[0])}>
            {plural(recheckKeys.length, 'decision')} to look at again: the tolerance changed their group's status
          </button>
        )}
      </header>
      <div className="review-view__body">
        {lists && (
          <ReviewQueue
            lists={lists}
            listsVersion={listsVersion}
            current={current}
            onSelect={setCurrent}
            empty={emptyQueue}
            selected={selected}
            onToggle={toggle}
            bulk={
              liveSelected.length > 0 ? (
                <BulkResolveForm count={liveSelected.length} onResolve={onResolveSelected} onClear={() => setSelected(new Set())} rationaleRef={bulkRationale} />
              ) : null
            }
          />
        )}
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
              onChangeUnit={onChangeUnit}
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
