// Placeholder: replaced by issue 5 work (validation gate and export formats).
import { Dialog } from '../ui/Dialog';

export function ExportDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Export" onClose={onClose}>
      <h3>Export</h3>
    </Dialog>
  );
}
