import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryEntry } from '../../../shared/model';
import { formatWhen } from '../review/review-format';
import { errorText, useDataset, useUndoRedo } from '../state';
import { changeKind, fieldDiffs, recordName } from './history-diff';
import './history.css';

const MAX_CHANGES_SHOWN = 6;

function EntryChanges({ entry }: { entry: HistoryEntry }) {
  const shown = entry.changes.slice(0, MAX_CHANGES_SHOWN);
  return (
    <ul className="history-changes">
      {shown.map((c, i) => {
        const kind = changeKind(c);
        const diffs = kind === 'changed' ? fieldDiffs(c) : [];
        return (
          <li key={`${c.collection}-${c.id}-${i}`}>
            <span className={`history-kind history-kind--${kind}`}>{kind}</span> <span className="history-record">{recordName(c)}</span>
            {diffs.length > 0 && (
              <span className="history-diffs">
                {diffs.map((d) => (
                  <span key={d.field} className="history-diff">
                    <span className="history-field">{d.field}</span> <del>{d.before}</del> → <ins>{d.after}</ins>
                  </span>
                ))}
              </span>
            )}
          </li>
        );
      })}
      {entry.changes.length > shown.length && <li className="muted">… and {entry.changes.length - shown.length} more records</li>}
    </ul>
  );
}

/** The dataset's history, newest first, with Undo and Redo; it reloads after every change to the dataset. */
export function HistoryPanel() {
  const { run, onChanges, snapshotVersion } = useDataset();
  const { undo, redo, state } = useUndoRedo();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    const r = await run('history-list', { limit: 500 });
    if (ticket !== latest.current) return; // a newer load is under way
    if (r.ok) {
      setEntries(r.data.entries);
      setError(null);
    } else setError(`Could not read the history: ${errorText(r.error)}`);
  }, [run]);

  useEffect(() => {
    void load();
  }, [load, snapshotVersion]);
  useEffect(() => onChanges(() => void load()), [onChanges, load]);

  return (
    <section className="history-panel" aria-label="History">
      <header className="history-panel__head">
        <h2>History</h2>
        <span className="muted">{entries ? `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}${entries.length === 500 ? ' (latest 500)' : ''}, newest first` : 'Loading…'}</span>
        <span className="history-panel__spacer" />
        <button type="button" onClick={() => void undo()} disabled={!state.canUndo} title="Ctrl+Z">
          {state.undoLabel ? `Undo: ${state.undoLabel}` : 'Undo'}
        </button>
        <button type="button" onClick={() => void redo()} disabled={!state.canRedo} title="Ctrl+Shift+Z">
          {state.redoLabel ? `Redo: ${state.redoLabel}` : 'Redo'}
        </button>
      </header>
      {error && (
        <p role="alert" className="error-text history-panel__error">
          {error}
        </p>
      )}
      {entries && entries.length === 0 && <p className="muted history-panel__empty">No changes yet.</p>}
      {entries && entries.length > 0 && (
        <ol className="history-list" aria-label="History entries">
          {entries.map((e) => (
            <li key={e.seq} className="history-entry">
              <div className="history-entry__line">
                <time dateTime={e.at} className="muted">
                  {formatWhen(e.at)}
                </time>
                <span className="history-entry__who">{e.who}</span>
                <span className="history-entry__label">{e.label}</span>
                {(e.action === 'undo' || e.action === 'redo') && <span className="history-entry__tag">{e.action}</span>}
              </div>
              <EntryChanges entry={e} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
