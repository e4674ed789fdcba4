import { useEffect, useId, useMemo, useState } from 'react';
import { observationInterval, type GroupView } from '../../../shared/crosscheck';
import type { Input } from '../../../shared/api/contract';
import type { Observation, Source } from '../../../shared/model';
import { GroupBadge } from '../groups/GroupBadge';
import { explainGroup } from '../groups/group-explanation';
import { writeNumber, writingSuffix } from '../../../shared/crosscheck/explain-interval';
import { parseValueInput } from '../grid/cell-values';
import { inTextField } from '../ui/in-text-field';
import { IntervalChart, type ChartBand } from './IntervalChart';
import { ObservationCard, type DeprecateChoice } from './ObservationCard';
import { decisionText, formatSpread, keyLabel, valueWithUnit } from './review-format';

type Choice = { kind: 'observation'; id: string } | { kind: 'manual' } | null;
export type ResolveInput = Input<'resolutions-create'>;

interface Props {
  view: GroupView;
  members: readonly Observation[];
  sourcesById: ReadonlyMap<string, Source>;
  tolerance: number;
  /** Sends the decision; resolves to an error message, or null when saved. */
  onResolve: (input: ResolveInput) => Promise<string | null>;
  onReopen: () => Promise<string | null>;
  /** Changes one observation's unit (the fix an incomparable group offers); resolves to an error message or null. */
  onChangeUnit: (observationId: string, unit: string) => Promise<string | null>;
}

const NO_DEPRECATION: DeprecateChoice = { on: false, reason: 'outdated', note: '' };

/**
 * The current group: its observations side by side, the interval chart and the decision form. The form starts
 * empty for each group (the parent keys this component by group), so a half-made choice never leaks to another group.
 */
export function GroupDetail({ view, members, sourcesById, tolerance, onResolve, onReopen, onChangeUnit }: Props) {
  const [choice, setChoice] = useState<Choice>(null);
  const [manualValue, setManualValue] = useState('');
  const [manualUnit, setManualUnit] = useState(() => members.find((m) => m.unit)?.unit ?? '');
  const [rationale, setRationale] = useState('');
  const [deprecations, setDeprecations] = useState<Record<string, DeprecateChoice>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const rationaleId = useId();

  const resolved = view.resolved;
  const editable = !resolved;
  const explanation = useMemo(() => explainGroup(view.status, members, sourcesById, tolerance), [view.status, members, sourcesById, tolerance]);
  const bands: ChartBand[] = useMemo(
    () =>
      members.map((o, i) => {
        const src = o.sourceId ? sourcesById.get(o.sourceId) : undefined;
        return {
          n: i + 1,
          source: src?.title ? shorten(src.title, 40) : (o.sourceId ?? 'No source'),
          stated: o.stated,
          value: o.value,
          interval: observationInterval(o, src?.language ?? null, tolerance),
          intervalText: explanation.figures[i]?.interval ?? null,
        };
      }),
    [members, sourcesById, tolerance, explanation],
  );

  const incomparable = view.status === 'incomparable';

  const chosenObservation = choice?.kind === 'observation' ? members.find((m) => m.id === choice.id) : undefined;
  const manual = choice?.kind === 'manual' ? parseValueInput(manualValue) : null;
  const acceptedValue = resolved
    ? (view.resolution?.value ?? null)
    : chosenObservation
      ? chosenObservation.value
      : manual?.ok && manual.value !== null
        ? manual.value
        : null;

  const needsRationale = view.status !== 'agree';
  const blocker = incomparable
    ? `The units differ (${explanation.units.join(' vs ')}): change a figure's unit so they agree, then resolve.`
    : !choice
    ? 'Choose a value first: “Accept this value” on an observation, or “Enter a value”.'
    : choice.kind === 'manual' && (!manual?.ok || manual.value === null)
      ? manual && !manual.ok
        ? manual.message
        : 'Type the accepted value.'
      : choice.kind === 'manual' && !manualUnit.trim()
        ? 'Give the unit of the typed value.'
        : needsRationale && !rationale.trim()
          ? `Write a rationale: it is required because the group is ${view.status}.`
          : null;

  const resolve = async () => {
    if (blocker || busy || !choice) return;
    setBusy(true);
    setError(null);
    const deprecate = Object.entries(deprecations)
      .filter(([id, d]) => d.on && !(choice.kind === 'observation' && choice.id === id) && members.some((m) => m.id === id))
      .map(([id, d]) => ({ id, reason: d.reason, note: d.note.trim() }));
    const input: ResolveInput =
      choice.kind === 'observation'
        ? { group: view.key, observationId: choice.id, rationale: rationale.trim(), deprecate }
        : { group: view.key, observationId: null, value: manual!.ok ? manual!.value! : 0, unit: manualUnit.trim(), rationale: rationale.trim(), deprecate };
    const err = await onResolve(input);
    setBusy(false);
    if (err) setError(err);
  };

  // 1..9 choose an observation; Ctrl+Enter resolves (also from inside the rationale field). Re-registered each
  // render (no deps) so the handler always sees the current choice and rationale.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]') || !editable) return;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void resolve();
        return;
      }
      if (inTextField(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (/^[1-9]$/.test(e.key)) {
        const o = members[Number(e.key) - 1];
        if (o && o.value !== null) {
          e.preventDefault();
          setChoice({ kind: 'observation', id: o.id });
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const reopen = async () => {
    setBusy(true);
    setError(await onReopen());
    setBusy(false);
  };

  /** The same decision again under the current tolerance: a new record, without the mark for a second look. */
  const keep = async () => {
    const r = view.resolution;
    if (!r) return;
    setBusy(true);
    const input: ResolveInput =
      r.observationId !== null
        ? { group: view.key, observationId: r.observationId, rationale: r.rationale }
        : { group: view.key, observationId: null, value: r.value, unit: r.unit, rationale: r.rationale };
    const err = await onResolve(input);
    setBusy(false);
    if (err) setError(err);
  };

  const changeUnit = async (id: string, unit: string) => {
    setBusy(true);
    const err = await onChangeUnit(id, unit);
    setBusy(false);
    setError(err);
  };

  const unit = members.find((m) => m.unit)?.unit ?? '';
  return (
    <section className="group-detail" aria-label={`Group ${keyLabel(view.key)}`}>
      <header className="group-detail__head">
        <h3 tabIndex={-1}>{keyLabel(view.key)}</h3>
        <GroupBadge status={view.status} resolved={view.resolved} stale={view.stale} />
        {view.spread > 0 && <span className="muted">spread {formatSpread(view.spread)}</span>}
        <span className="muted">{members.length} observations</span>
      </header>

      {view.resolution && view.resolved && (
        <div className="decision-banner decision-banner--resolved" role="status">
          <span>
            <strong>Resolved</strong> {decisionText(view.resolution)}
          </span>
          <button type="button" onClick={() => void reopen()} disabled={busy} title="Remove this decision and put the group back in the queue">
            Reopen
          </button>
        </div>
      )}
      {view.resolution && view.resolved && view.resolution.recheck && (
        <div className="decision-banner decision-banner--stale" role="alert">
          <span>
            <strong>Look at this decision again:</strong> the tolerance changed since; the group is now {view.status}
            {view.resolution.status ? `, it was ${view.resolution.status} when decided` : ''}. The decision stands until you keep or reopen it.
          </span>
          <button type="button" onClick={() => void keep()} disabled={busy}>
            Keep this decision
          </button>
        </div>
      )}
      {view.resolution && view.stale && (
        <div className="decision-banner decision-banner--stale" role="note">
          <strong>Previously resolved</strong> {decisionText(view.resolution)}; the group has changed since. Resolve it again below.
        </div>
      )}

      <section className="status-explanation" aria-label="Why this status">
        <p>{explanation.summary}</p>
        <ul>
          {explanation.figures.map((f) => (
            <li key={f.n}>
              {f.n}. “{f.stated || 'no figure as written'}”: {f.interval ?? 'no value yet'}
            </li>
          ))}
        </ul>
      </section>

      <IntervalChart
        bands={bands}
        accepted={acceptedValue}
        unit={explanation.writing ? writingSuffix(explanation.writing) : unit}
        formatTick={explanation.writing ? (v) => writeNumber(v, explanation.writing!) : undefined}
      />

      <div className="obs-cards">
        {members.map((o, i) => (
          <ObservationCard
            key={o.id}
            n={i + 1}
            observation={o}
            source={o.sourceId ? sourcesById.get(o.sourceId) : undefined}
            valueText={explanation.figures[i]?.value ?? null}
            interval={explanation.figures[i]?.interval ?? null}
            unitFixes={incomparable && editable && o.value !== null ? explanation.units.filter((u) => u !== o.unit) : []}
            onChangeUnit={(u) => void changeUnit(o.id, u)}
            busy={busy}
            accepted={resolved ? view.resolution?.observationId === o.id : choice?.kind === 'observation' && choice.id === o.id}
            editable={editable && !incomparable}
            onAccept={() => setChoice({ kind: 'observation', id: o.id })}
            deprecate={deprecations[o.id] ?? NO_DEPRECATION}
            onDeprecate={(d) => setDeprecations((prev) => ({ ...prev, [o.id]: d }))}
          />
        ))}
      </div>

      {editable && !incomparable && (
        <form
          className="decision-form"
          aria-label="Decision"
          onSubmit={(e) => {
            e.preventDefault();
            void resolve();
          }}
        >
          <div className="decision-form__row">
            <button type="button" aria-pressed={choice?.kind === 'manual'} onClick={() => setChoice({ kind: 'manual' })}>
              Enter a value
            </button>
            {choice?.kind === 'manual' && (
              <>
                <label>
                  Accepted value
                  <input type="text" inputMode="decimal" value={manualValue} onChange={(e) => setManualValue(e.target.value)} autoFocus />
                </label>
                <label>
                  Unit
                  <input type="text" value={manualUnit} onChange={(e) => setManualUnit(e.target.value)} />
                </label>
                {manual?.ok && manual.value !== null && (
                  <span className="decision-form__choice" aria-live="polite">
                    Reads as <strong>{valueWithUnit(manual.value, manualUnit.trim())}</strong>
                    {outsideAll(manual.value, bands) && ' — outside every source’s interval'}
                  </span>
                )}
              </>
            )}
            {chosenObservation && (
              <span className="decision-form__choice">
                Accepting <strong>{chosenObservation.stated || String(chosenObservation.value)}</strong> (observation {members.indexOf(chosenObservation) + 1}); it becomes
                preferred.
              </span>
            )}
          </div>
          <label htmlFor={rationaleId} className="decision-form__rationale">
            Rationale{needsRationale ? ' (required)' : ' (optional: the figures agree)'}
          </label>
          <textarea
            id={rationaleId}
            rows={3}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
            placeholder="Why this value: e.g. the later source corrects the earlier one; the statistics office's figure"
            aria-required={needsRationale}
          />
          <div className="decision-form__row">
            <button type="submit" className="primary" disabled={!!blocker || busy} aria-describedby={blocker ? reasonId : undefined}>
              Resolve <kbd>Ctrl+Enter</kbd>
            </button>
            {blocker && (
              <span id={reasonId} className="muted">
                {blocker}
              </span>
            )}
            {error && (
              <span role="alert" className="error-text">
                {error}
              </span>
            )}
          </div>
        </form>
      )}
      {editable && incomparable && (
        <p className="decision-form muted" id={reasonId}>
          {blocker} Resolving is possible once they agree.
        </p>
      )}
      {(!editable || incomparable) && error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}

/** A typed value no figure allows (full numbers: 28.9 billion is 28900000000, not 28,9). */
function outsideAll(v: number, bands: readonly ChartBand[]): boolean {
  const intervals = bands.flatMap((b) => (b.interval ? [b.interval] : []));
  return intervals.length > 0 && intervals.every((i) => v < i.low || v >= i.high);
}

function shorten(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}
