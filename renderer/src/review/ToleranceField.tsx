import { useEffect, useState } from 'react';

const fmt = (t: number) => String(Number((t * 100).toPrecision(6)));

/**
 * The dataset's tolerance t as a percentage (5 = 0.05): how far a hedged figure (about, nearly, over) may stray.
 * Saved on Enter or when the field loses focus; every status follows at once.
 */
export function ToleranceField({ tolerance, onSave }: { tolerance: number; onSave: (t: number) => Promise<string | null> }) {
  const [text, setText] = useState(fmt(tolerance));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(fmt(tolerance)), [tolerance]);
  const commit = async () => {
    const pct = Number(text.replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(pct) || pct < 0 || pct > 100) {
      setError('Tolerance must be a percentage from 0 to 100');
      return;
    }
    setError(null);
    if (Math.abs(pct / 100 - tolerance) < 1e-12) return;
    const err = await onSave(pct / 100);
    if (err) setError(err);
  };
  return (
    <span className="tolerance-field">
      <label>
        Tolerance (%)
        <input
          type="number"
          min={0}
          max={100}
          step={0.5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
          }}
          title="How far hedged figures (about, nearly, over) may stray from their value; default 5%"
        />
      </label>
      {error && (
        <span role="alert" className="error-text small">
          {error}
        </span>
      )}
    </span>
  );
}
