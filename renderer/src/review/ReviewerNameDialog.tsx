import { useState } from 'react';
import { Dialog } from '../ui/Dialog';

/** Asked once, before the first resolution: decisions record who made them. */
export function ReviewerNameDialog({ onSave, onCancel }: { onSave: (name: string) => Promise<string | null>; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!name.trim()) return setError('Type your name.');
    setBusy(true);
    const err = await onSave(name.trim());
    setBusy(false);
    if (err) setError(err);
  };
  return (
    <Dialog
      title="Your name as reviewer"
      onClose={onCancel}
      footer={
        <>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={() => void save()} disabled={busy}>
            Save and resolve
          </button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="muted">Each decision records who made it. Tally asks once and remembers your name in its settings.</p>
        <label>
          Name
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} data-autofocus maxLength={100} />
        </label>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}
