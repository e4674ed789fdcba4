import { useState, type RefObject } from 'react';
import { plural } from '../../../shared/text/plural';

interface Props {
  count: number;
  /** Resolves every selected group with this rationale; resolves to an error message, or null when saved. */
  onResolve: (rationale: string) => Promise<string | null>;
  onClear: () => void;
  rationaleRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * One rationale for several compatible groups (issue 11): each group accepts its most precise figure and gets its
 * own decision record; the whole batch is one undo step. Ctrl+Enter in the rationale resolves them.
 */
export function BulkResolveForm({ count, onResolve, onClear, rationaleRef }: Props) {
  const [rationale, setRationale] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (busy) return;
    if (!rationale.trim()) return setError('Write a rationale: it is recorded on each of the selected groups.');
    setBusy(true);
    setError(null);
    const err = await onResolve(rationale.trim());
    setBusy(false);
    if (err) setError(err);
    else setRationale('');
  };
  const label = `Resolve ${count} selected ${count === 1 ? 'group' : 'groups'}`;
  return (
    <form
      className="bulk-form"
      aria-label="Resolve selected groups"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="small">
        <strong>{plural(count, 'group')} selected.</strong> Each accepts its most precise figure (the narrowest interval) and gets its own decision.
      </p>
      <label>
        Rationale for the selected groups
        <textarea
          ref={rationaleRef}
          rows={2}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              // Not the current group's Ctrl+Enter (a window listener): this form's own.
              e.preventDefault();
              e.stopPropagation();
              void submit();
            }
          }}
        />
      </label>
      <div className="bulk-form__row">
        <button type="submit" className="primary" disabled={busy}>
          {label}
        </button>
        <button type="button" onClick={onClear} disabled={busy}>
          Clear selection
        </button>
      </div>
      {error && (
        <p role="alert" className="error-text small">
          {error}
        </p>
      )}
    </form>
  );
}
