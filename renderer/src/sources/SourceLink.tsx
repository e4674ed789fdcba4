import { createPortal } from 'react-dom';
import { isWebUrl } from '../../../shared/model/web-url';
import { shell } from '../api/client';
import { useConfirm } from '../ui/ConfirmDialog';

/**
 * A source's address, shown as itself (never a bare "link"), opened outside the app only after the user confirms it.
 * In the browser mode the page asks, then opens a new tab with no opener; in Electron the main process asks natively
 * before shell.openExternal (see electron/main/external-links.ts), so a page cannot skip the question.
 * Anything but http(s) is shown as plain text and never opened. The question is portalled out, as the link sits
 * inside paragraphs and table cells.
 */
export function SourceLink({ url, className }: { url: string; className?: string }) {
  const { confirm, confirmElement } = useConfirm();
  if (!url) return null;
  if (!isWebUrl(url)) return <span className={className}>{url}</span>;

  const open = async () => {
    if (shell.mode === 'web') {
      const ok = await confirm({
        title: 'Open this address?',
        message: (
          <>
            <p>This opens the source in a new browser tab, outside Tally:</p>
            <p className="source-link__url">{url}</p>
          </>
        ),
        confirmLabel: 'Open in browser',
      });
      if (!ok) return;
    }
    window.open(url, '_blank', 'noopener,noreferrer');
  };

  return (
    <>
      <button type="button" className={`source-link ${className ?? ''}`} title={`Open ${url} in your browser`} onClick={() => void open()}>
        {url}
      </button>
      {confirmElement && createPortal(confirmElement, document.body)}
    </>
  );
}
