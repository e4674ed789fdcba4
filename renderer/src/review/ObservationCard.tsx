import { DEPRECATION_REASONS, type DeprecationReason, type Observation, type Source } from '../../../shared/model';
import { valueWithUnit } from './review-format';

export interface DeprecateChoice {
  on: boolean;
  reason: DeprecationReason;
  note: string;
}

interface Props {
  n: number;
  observation: Observation;
  source: Source | undefined;
  /** The value and interval in words, as explain-status writes them ("28,8 tỷ USD", "28,75 – 30,29 tỷ USD"). */
  valueText: string | null;
  interval: string | null;
  /** Units this figure could take so that its group's units agree (an incomparable group); empty otherwise. */
  unitFixes: readonly string[];
  onChangeUnit: (unit: string) => void;
  busy: boolean;
  accepted: boolean;
  /** False when the group is resolved (read-only). */
  editable: boolean;
  onAccept: () => void;
  deprecate: DeprecateChoice;
  onDeprecate: (d: DeprecateChoice) => void;
}

/** The quote in its context: prefix, the exact words highlighted, suffix; plain text nodes only, never HTML. */
function QuoteInContext({ o }: { o: Observation }) {
  if (!o.quote) return <p className="muted small">No quote cited.</p>;
  const { prefix, exact, suffix } = o.quote;
  return (
    <blockquote className="obs-card__quote">
      {prefix && <span className="muted">…{prefix}</span>}
      <mark>{exact}</mark>
      {suffix && <span className="muted">{suffix}…</span>}
    </blockquote>
  );
}

/** One observation of the group, side by side with the others: what it says, where, and the reviewer's choices. */
export function ObservationCard({ n, observation: o, source, valueText, interval, unitFixes, onChangeUnit, busy, accepted, editable, onAccept, deprecate, onDeprecate }: Props) {
  const sourceName = source?.title ?? (o.sourceId ? o.sourceId : 'No source');
  return (
    <article className={`obs-card${accepted ? ' obs-card--accepted' : ''}`} aria-label={`Observation ${n}: ${o.stated || 'no figure'} — ${sourceName}`}>
      <header className="obs-card__head">
        {n <= 9 && (
          <kbd className="obs-card__key" title={`Press ${n} to accept this value`}>
            {n}
          </kbd>
        )}
        <div className="obs-card__source">
          <strong title={sourceName}>{sourceName}</strong>
          <span className="muted small">
            {[source?.publisher, source?.published ? `published ${source.published}` : 'no publication date'].filter(Boolean).join(' · ')}
          </span>
        </div>
      </header>
      <p className="obs-card__stated" lang={source?.language}>
        {o.stated || <span className="muted">(no figure as written)</span>}
      </p>
      <dl className="obs-card__facts">
        <dt>Value</dt>
        <dd>{o.value === null ? '—' : (valueText ?? valueWithUnit(o.value, o.unit))}</dd>
        <dt>Unit</dt>
        <dd>{o.unit || '—'}</dd>
        <dt>Qualifier</dt>
        <dd>{o.qualifier}</dd>
        <dt>Interval</dt>
        <dd>{interval ?? '—'}</dd>
        <dt>Review state</dt>
        <dd>
          {o.status}
          {o.deprecation ? ` (${o.deprecation.reason}${o.deprecation.note ? `: ${o.deprecation.note}` : ''})` : ''}
        </dd>
      </dl>
      <QuoteInContext o={o} />
      {unitFixes.length > 0 && (
        <footer className="obs-card__actions">
          {unitFixes.map((u) => (
            <button key={u} type="button" onClick={() => onChangeUnit(u)} disabled={busy}>
              Change this figure's unit to {u || '(none)'}
            </button>
          ))}
        </footer>
      )}
      {editable && unitFixes.length === 0 && (
        <footer className="obs-card__actions">
          <button type="button" className={accepted ? 'primary' : undefined} aria-pressed={accepted} onClick={onAccept} disabled={o.value === null}>
            {accepted ? '✓ ' : ''}Accept this value
          </button>
          <label className="obs-card__check">
            <input
              type="checkbox"
              checked={deprecate.on && !accepted}
              disabled={accepted}
              onChange={(e) => onDeprecate({ ...deprecate, on: e.target.checked })}
            />
            Deprecate
          </label>
          {deprecate.on && !accepted && (
            <div className="obs-card__deprecate">
              <label>
                Reason
                <select value={deprecate.reason} onChange={(e) => onDeprecate({ ...deprecate, reason: e.target.value as DeprecationReason })}>
                  {DEPRECATION_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Note
                <input type="text" value={deprecate.note} onChange={(e) => onDeprecate({ ...deprecate, note: e.target.value })} placeholder="optional" />
              </label>
            </div>
          )}
        </footer>
      )}
    </article>
  );
}
