import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import './dialog.css';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons row at the bottom. */
  footer?: ReactNode;
  wide?: boolean;
}

/**
 * A modal dialog on the native <dialog> element: focus is kept inside, Escape closes, and its accessible name is
 * its title (aria-labelledby). Rendered only while open. Mark the element to focus first with `data-autofocus`.
 */
export function Dialog({ title, onClose, children, footer, wide }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // A layout effect, so that on closing focus goes back before anything the close led to mounts and takes focus
  // itself (a grid asked to focus a row, say): a passive cleanup would run after it and steal the focus back.
  useLayoutEffect(() => {
    const d = ref.current;
    // Focus goes back where it was when the dialog closes (a grid cell, a button), so the keyboard is not lost.
    const previous = document.activeElement as HTMLElement | null;
    if (d && !d.open) d.showModal();
    // React's autoFocus runs before showModal moves focus: honour it (data-autofocus) after opening.
    d?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      d?.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'tally-dialog tally-dialog--wide' : 'tally-dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        // React passes a nested dialog's cancel up the tree: only the dialog Escape was meant for closes.
        if (e.target !== e.currentTarget) return;
        e.preventDefault();
        onClose();
      }}
    >
      <header className="tally-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('ui.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="tally-dialog__body">{children}</div>
      {footer && <footer className="tally-dialog__footer">{footer}</footer>}
    </dialog>
  );
}
