import { useEffect, useState } from 'react';
import { useUi } from '../state';
import { DismissibleMessage } from '../ui/DismissibleMessage';
import { ImportObservationsDialog } from './ImportObservationsDialog';
import './interchange.css';

/** How long the "Imported N observations" message stays (it can also be dismissed). */
const MESSAGE_MS = 8000;

/**
 * Always mounted beside the app's dialogs: shows the import dialog while the 'import-observations' dialog is open,
 * and the outcome message after it closes (the dialog itself is gone by then).
 */
export function ImportObservations() {
  const { dialog, openDialog } = useUi();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!message) return;
    const t = window.setTimeout(() => setMessage(null), MESSAGE_MS);
    return () => window.clearTimeout(t);
  }, [message]);

  return (
    <>
      {dialog === 'import-observations' && (
        <ImportObservationsDialog
          onClose={(m) => {
            openDialog(null);
            if (m) setMessage(m);
          }}
        />
      )}
      {message && (
        <DismissibleMessage role="status" className="interchange-toast" onDismiss={() => setMessage(null)}>
          {message}
        </DismissibleMessage>
      )}
    </>
  );
}
