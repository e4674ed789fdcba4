import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { buildCatalogueIndex, type CatalogueIndex } from '../../../shared/catalogue';
import { extractFigures } from '../../../shared/extract/extract-figures';
import type { FoundFigure } from '../../../shared/extract/found-figure';
import type { Observation, ObservationPatch, Source } from '../../../shared/model';
import { parseFigure } from '../../../shared/numbers/parse-figure';
import type { Span } from '../../../shared/text/anchor';
import { setPendingImportFile } from '../import/pending-file';
import { errorText, useDataset, useSelectedObservation, useUi } from '../state';
import { useFileDrop } from '../ui/use-file-drop';
import { attachQuotePatch } from './attach-quote';
import { clauseSpan, trimSpan } from './clause-span';
import { KeysForm } from './KeysForm';
import { draftFromFigure, draftFromSelection, figureStates, type DraftContext, type DraftFields } from './observation-draft';
import { ReaderLegend, ReaderText } from './ReaderText';
import { SourceMetaLine } from './SourceMetaLine';
import { buildSegments } from './segments';
import { selectionSpan } from './selection-offsets';
import { resolveShowRequest } from './show-span';
import { skippedStarts, useSkipped } from './skipped-figures';
import { keysLine } from './suggested-keys';
import { useSourceText } from './use-source-text';
import { useReaderKeys } from './use-reader-keys';
import { useAliasLearning } from './use-alias-learning';
import { useSuggestions } from './use-suggestions';
import './reader.css';

const NO_OBSERVATIONS: Observation[] = [];
const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function describe(f: FoundFigure): string {
  return `${f.text}: ${keysLine(f)}`;
}

function safeExtract(text: string, source: Source, catalogue: CatalogueIndex | undefined): { figures: FoundFigure[]; error: string | null } {
  try {
    const opts = { lang: source.language, published: source.published || undefined, catalogue, title: source.title };
    return { figures: extractFigures(text, opts), error: null };
  } catch (err) {
    return { figures: [], error: `Figures could not be read from this text: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * The reader beside the grid: the chosen source's frozen text with every figure found in it highlighted
 * (suggested, cited, skipped), keyboard review of the suggestions, "Cite as observation" for a selection, and
 * "show in source" requests from the grid scrolled to and highlighted.
 */
export function ReaderPane() {
  const { doc, lookups, bySource, orphanedIds, run } = useDataset();
  const ui = useUi();
  const { readerSourceId, setReaderSourceId, showInSource, selectedObservationId, requestFocusRow, openDialog } = ui;
  const source = readerSourceId ? lookups?.sourcesById.get(readerSourceId) : undefined;
  const textState = useSourceText(source);
  const text = textState.status === 'ready' ? textState.text : null;
  const textKey = textState.status === 'ready' ? textState.key : null;
  const textRef = useRef<HTMLDivElement>(null);

  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [selection, setSelection] = useState<Span | null>(null);
  const [shown, setShown] = useState<{ key: string; span: Span } | null>(null);
  const [scrollTo, setScrollTo] = useState<{ what: 'current' | 'shown'; n: number } | null>(null);
  const requestScroll = (what: 'current' | 'shown') => setScrollTo((p) => ({ what, n: (p?.n ?? 0) + 1 }));

  const observations = doc?.observations ?? NO_OBSERVATIONS;
  // Indexed by source in the store: an edit elsewhere leaves this list (and what depends on it) as it was.
  const sameSource = (source && bySource.get(source.id)) || NO_OBSERVATIONS;
  const orphanedHere = useMemo(() => sameSource.filter((o) => orphanedIds.has(o.id)).length, [sameSource, orphanedIds]);

  // Suggestions name the catalogue's entities and indicators; a catalogue edit (a learned alias) suggests again.
  const entities = doc?.entities;
  const indicators = doc?.indicators;
  const catalogue = useMemo(
    () => (entities && indicators && (entities.length || indicators.length) ? buildCatalogueIndex({ entities, indicators }) : undefined),
    [entities, indicators],
  );
  const extracted = useMemo(
    () => (text !== null && source ? safeExtract(text, source, catalogue) : { figures: [], error: null }),
    [text, source?.language, source?.published, source?.title, catalogue], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const figures = extracted.figures;
  const { keys: skippedKeys, toggle: toggleSkip } = useSkipped(source?.id ?? null, setProblem);
  const skipped = useMemo(() => skippedStarts(figures, skippedKeys), [figures, skippedKeys]);
  const states = useMemo(() => figureStates(figures, sameSource, orphanedIds, skipped), [figures, sameSource, orphanedIds, skipped]);
  const { pending, current, position, move, goTo } = useSuggestions(states, textKey);
  const shownSpan = shown && shown.key === textKey ? shown.span : null;
  const segments = useMemo(() => (text === null ? [] : buildSegments(text.length, figures, shownSpan)), [text, figures, shownSpan]);

  const [editingKeys, setEditingKeys] = useState<string | null>(null);
  const [lastAdded, setLastAdded] = useState<string | null>(null);
  const learning = useAliasLearning(setAnnouncement, setProblem);

  // A new source: forget the last one's messages and selection.
  useEffect(() => {
    setProblem(null);
    setSelection(null);
  }, [textKey]);

  // The current suggestion's outline, set on its element so that moving does not redraw the article.
  useLayoutEffect(() => {
    const root = textRef.current;
    if (!root) return;
    for (const el of root.querySelectorAll('.is-current')) el.classList.remove('is-current');
    if (current !== null) root.querySelector(`[data-fig="${current}"]`)?.classList.add('is-current');
  }, [current, segments, states]);

  const lastScroll = useRef(0);
  useLayoutEffect(() => {
    const root = textRef.current;
    if (!root || !scrollTo || scrollTo.n === lastScroll.current) return;
    const el = root.querySelector(scrollTo.what === 'current' ? '.is-current' : '[data-hl]');
    if (!el) return;
    lastScroll.current = scrollTo.n;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [scrollTo, segments, current]);

  // "Show in source" requests (the grid, this pane's own button): highlight the quote, or say it is gone.
  const handledShow = useRef(showInSource?.nonce ?? 0);
  useEffect(() => {
    if (!showInSource || showInSource.nonce === handledShow.current || !source || text === null || !textKey) return;
    if (showInSource.sourceId !== source.id) return;
    handledShow.current = showInSource.nonce;
    const r = resolveShowRequest(showInSource, text, observations, selectedObservationId, orphanedIds);
    if (r.found) {
      setShown({ key: textKey, span: r.span });
      setNote(null);
      setAnnouncement(`Showing the quote “${short(r.quote)}” in “${short(source.title)}”.`);
      requestScroll('shown');
    } else {
      setShown(null);
      const line = `Quote not found in the current text${r.quote ? `: “${short(r.quote, 80)}”` : ''}.`;
      setNote(line);
      setAnnouncement(line);
    }
  }, [showInSource, source, text, textKey, observations, selectedObservationId, orphanedIds]);

  // The selection inside the article, as text offsets (whitespace at its ends left out).
  useEffect(() => {
    const onChange = () => {
      const root = textRef.current;
      const span = root && text !== null ? selectionSpan(root, text.length) : null;
      const t = span && text !== null ? trimSpan(text, span.start, span.end) : null;
      const next = t && t.end > t.start ? t : null;
      setSelection((prev) => (prev?.start === next?.start && prev?.end === next?.end ? prev : next));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text]);

  const draftContext = (): DraftContext | null =>
    source && text !== null ? { sourceId: source.id, text, sameSource } : null;

  /** Creates the observation; a period hint the backend refuses is dropped rather than losing the citation. */
  const create = async (fields: DraftFields, what: string): Promise<string | null> => {
    setBusy(true);
    setProblem(null);
    let r = await run('observations-create', { fields });
    if (!r.ok && fields.period && r.error.issues?.some((i) => i.path === 'period')) {
      r = await run('observations-create', { fields: { ...fields, period: '' } });
    }
    setBusy(false);
    if (!r.ok) {
      setProblem(`Could not add the observation: ${errorText(r.error)}`);
      return null;
    }
    const o = r.data.observation;
    const missing = [!o.entity && 'entity', !o.indicator && 'indicator', !o.period && 'period'].filter(Boolean);
    setAnnouncement(
      `Added ${what} as ${[o.entity, o.indicator, o.period].filter(Boolean).join(' · ') || 'a draft'}${missing.length ? `; needs ${missing.join(', ')} (press e to edit)` : ''}.`,
    );
    // The row is shown and selected in the grid; the keyboard stays in the reader for the next suggestion.
    requestFocusRow(o.id, { takeFocus: false });
    ui.selectObservation(o.id);
    setLastAdded(o.id);
    return o.id;
  };

  // Enter pressed again while an accept is being saved counts: it accepts the next suggestion once this one is in.
  const queuedAccepts = useRef(0);
  const lastAccepted = useRef<number | null>(null);
  const accept = async () => {
    const ctx = draftContext();
    if (current === null || !ctx) return;
    if (busy) {
      queuedAccepts.current += 1;
      return;
    }
    const f = figures[current];
    lastAccepted.current = f.start;
    const draft = draftFromFigure(f, clauseSpan(ctx.text, f.start, f.end), ctx);
    const id = await create(draft, `“${f.text}”`);
    if (!id) {
      queuedAccepts.current = 0;
      return;
    }
    learning.remember(id, f, ctx.text, clauseSpan(ctx.text, f.start, f.end), source?.language ?? 'vi');
    goTo(current + 1);
  };
  const acceptRef = useRef(accept);
  acceptRef.current = accept;
  useEffect(() => {
    // Only once the cursor has left the figure just accepted, so a queued Enter never accepts it twice.
    if (busy || queuedAccepts.current === 0 || current === null || figures[current]?.start === lastAccepted.current) return;
    queuedAccepts.current -= 1;
    void acceptRef.current();
  }, [busy, current, figures]);
  useEffect(() => {
    queuedAccepts.current = 0;
  }, [textKey]);

  const skip = () => {
    if (current === null) return;
    const f = figures[current];
    toggleSkip(f);
    goTo(current + 1);
    setAnnouncement(`Skipped “${f.text}”.`);
    requestScroll('current');
  };

  const cite = async () => {
    const ctx = draftContext();
    if (busy || !selection || !ctx || !source) return;
    const inside = figures.find((f) => f.start >= selection.start && f.end <= selection.end);
    let parsed = null;
    if (!inside) {
      try {
        parsed = parseFigure(ctx.text.slice(selection.start, selection.end), source.language);
      } catch {
        parsed = null;
      }
    }
    const fields = draftFromSelection(selection, ctx, inside, parsed);
    if (await create(fields, `“${short(ctx.text.slice(selection.start, selection.end), 40)}”`)) window.getSelection()?.removeAllRanges();
  };

  /** The row `e` and `a` act on: the one just added from here, else the one selected in the grid. */
  const targetRow = (): Observation | undefined => {
    const id = selectedObservationId ?? lastAdded;
    return id ? observations.find((o) => o.id === id) : undefined;
  };

  const attach = async () => {
    const row = targetRow();
    if (busy || !selection || !source || text === null) return;
    if (!row) return setProblem('Select a row in the grid first, then the passage, and press a to attach it as the row’s quote.');
    const p = attachQuotePatch(row, source.id, text, selection, orphanedIds.has(row.id));
    if (!p.ok) return setProblem(`${p.message}.`);
    setBusy(true);
    const r = await run('observations-update', { id: row.id, patch: p.value });
    setBusy(false);
    if (!r.ok) return setProblem(`Quote not attached: ${errorText(r.error)}`);
    setProblem(null);
    window.getSelection()?.removeAllRanges();
    setAnnouncement(`Attached “${short(p.value.quote!.exact, 40)}” as the quote of ${[row.entity, row.indicator, row.period, row.stated].filter(Boolean).join(' · ') || 'the selected row'}.`);
  };

  const textFocus = useCallback(() => requestAnimationFrame(() => textRef.current?.focus({ preventScroll: true })), []);
  const editKeys = () => {
    const row = targetRow();
    if (!row) return setProblem('No row to edit: accept a suggestion or select a row first.');
    setEditingKeys(row.id);
  };
  const saveKeys = async (id: string, patch: ObservationPatch): Promise<string | null> => {
    const r = await run('observations-update', { id, patch });
    if (!r.ok) return errorText(r.error);
    setEditingKeys(null);
    setAnnouncement('Keys saved.');
    textFocus();
    return null;
  };
  const editedRow = editingKeys ? observations.find((o) => o.id === editingKeys) : undefined;

  const step = (delta: number) => {
    const to = move(delta);
    if (to === null) return;
    const at = pending.indexOf(to);
    setAnnouncement(`Suggestion ${at + 1} of ${pending.length}: ${describe(figures[to])}.`);
    requestScroll('current');
  };

  const onKeyDown = useReaderKeys({
    textRef,
    hasText: text !== null,
    figures,
    current,
    selection,
    step,
    accept: () => void accept(),
    skip,
    cite: () => void cite(),
    attach: () => void attach(),
    editKeys,
    learn: learning.learn ? () => void learning.learn?.() : null,
  });

  // A click on a figure makes it the current suggestion; on a skipped one, brings it back.
  const onTextClick = (e: MouseEvent<HTMLDivElement>) => {
    if (!window.getSelection()?.isCollapsed) return;
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-fig]');
    if (!el) return;
    const i = Number(el.dataset.fig);
    if (states[i] === 'skipped') toggleSkip(figures[i]);
    if (states[i] !== 'cited') goTo(i);
  };

  // A file dropped on the reader opens the import dialog with it.
  const { dragging, dropProps } = useFileDrop((file) => {
    setPendingImportFile(file);
    openDialog('import-article');
  });

  const { selected, showSelectedInSource } = useSelectedObservation();

  const sources = doc?.sources ?? [];
  const citedCount = states.filter((s) => s === 'cited').length;

  return (
    <section
      className={`reader-pane reader${dragging ? ' reader--drop' : ''}`}
      aria-label="Reader"
      onKeyDown={onKeyDown}
      {...dropProps}
    >
      <header className="reader-head">
        <select aria-label="Source" value={source ? source.id : ''} onChange={(e) => setReaderSourceId(e.target.value || null)}>
          <option value="">{sources.length ? 'Choose a source…' : 'No sources yet'}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        <button type="button" onClick={showSelectedInSource} disabled={!selected?.quote || !selected.sourceId} title="Scroll to the quote of the observation selected in the grid">
          Show selected in source
        </button>
      </header>

      {source && <SourceMetaLine source={source} orphaned={orphanedHere} />}

      {source && text !== null && (
        <div className="reader-review" role="toolbar" aria-label="Suggestions">
          <button type="button" aria-label="Previous suggestion" title="Previous suggestion (p or k)" onClick={() => step(-1)} disabled={position <= 0}>
            ‹
          </button>
          <span className="reader-counter">
            {pending.length ? `${position + 1} of ${pending.length}` : 'none left'}
          </span>
          <button type="button" aria-label="Next suggestion" title="Next suggestion (n or j)" onClick={() => step(1)} disabled={position < 0 || position >= pending.length - 1}>
            ›
          </button>
          <button type="button" className="primary" aria-label="Accept suggestion" title="Accept: add as an observation and move to the next (Enter)" onClick={() => void accept()} disabled={current === null || busy}>
            Accept
          </button>
          <button type="button" aria-label="Skip suggestion" title="Skip; remembered for this source (s or x)" onClick={skip} disabled={current === null}>
            Skip
          </button>
          <span className="reader-review__spacer" />
          <button
            type="button"
            title="Create an observation quoting the selected text (c)"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => void cite()}
            disabled={!selection || busy}
          >
            Cite as observation
          </button>
          <button
            type="button"
            title="Make the selected text the quote of the row selected in the grid (a)"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => void attach()}
            disabled={!selection || busy || !(selectedObservationId ?? lastAdded)}
          >
            Attach to selected row
          </button>
          <button type="button" title="Edit the new row's entity, indicator and period here (e)" onClick={editKeys} disabled={!(selectedObservationId ?? lastAdded)}>
            Edit keys
          </button>
        </div>
      )}

      {source && text !== null && current !== null && (
        <p className="reader-keys small" aria-label="Current suggestion">
          {keysLine(figures[current])}
        </p>
      )}

      {editedRow && doc && (
        <KeysForm
          key={editedRow.id}
          row={editedRow}
          entities={doc.entities}
          indicators={doc.indicators}
          onSave={(patch) => saveKeys(editedRow.id, patch)}
          onCancel={() => {
            setEditingKeys(null);
            textFocus();
          }}
        />
      )}

      {learning.offerElement}

      {source && text !== null && (
        <div className="reader-info">
          <ReaderLegend />
          <span className="muted small">
            {figures.length} figures · {citedCount} cited
          </span>
        </div>
      )}

      <p className="reader-status" role="status" aria-live="polite" title={announcement || undefined}>
        {announcement}
      </p>
      {note && (
        <p className="reader-note" role="note">
          ⚠ {note}
        </p>
      )}
      {(problem ?? extracted.error) && (
        <p className="reader-problem" role="alert">
          {problem ?? extracted.error}
        </p>
      )}
      {textState.status === 'error' && (
        <p className="reader-problem" role="alert">
          {textState.message}
        </p>
      )}

      {!source && (
        <p className="muted reader-empty">
          {sources.length
            ? 'Choose a source above, or select a row with a source, to read it here.'
            : 'No sources yet: import an article (toolbar, or drop a .txt, .md or .html file here).'}
        </p>
      )}
      {source && textState.status === 'loading' && <p className="muted reader-empty">Loading the text…</p>}
      {source && text !== null && (
        <div
          ref={textRef}
          className="reader-text"
          role="document"
          aria-label="Article text"
          tabIndex={0}
          lang={source.language}
          onClick={onTextClick}
        >
          <ReaderText text={text} segments={segments} figures={figures} states={states} />
        </div>
      )}
    </section>
  );
}
