// Placeholder: replaced by issue 3 work (import an article file or pasted text).
import { Dialog } from '../ui/Dialog';

export function ImportArticleDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Import article" onClose={onClose}>
      <h3>Import article</h3>
    </Dialog>
  );
}
