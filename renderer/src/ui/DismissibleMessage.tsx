import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

interface Props {
  /** alert for a failure, status for news (read out politely). */
  role: 'alert' | 'status';
  className: string;
  onDismiss: () => void;
  children: ReactNode;
}

/** A one-line message with a × to dismiss it (a refused edit, a dataset that did not open, an import's outcome). */
export function DismissibleMessage({ role, className, onDismiss, children }: Props) {
  const t = useT();
  return (
    <div className={className}>
      <span role={role}>{children}</span>
      <button type="button" className="icon-button" aria-label={t('ui.dismissMessage')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
