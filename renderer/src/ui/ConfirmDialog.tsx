import { useCallback, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { Dialog } from './Dialog';

export interface ConfirmOptions {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
}

/**
 * Promise-based confirmation: `const { confirm, confirmElement } = useConfirm()`, render `confirmElement`, then
 * `if (await confirm({...})) …`. The dialog is a real role=dialog named by its title.
 */
export function useConfirm() {
  const t = useT();
  const [state, setState] = useState<(ConfirmOptions & { resolve: (ok: boolean) => void }) | null>(null);
  const confirm = useCallback(
    (opts: ConfirmOptions) => new Promise<boolean>((resolve) => setState({ ...opts, resolve })),
    [],
  );
  const finish = (ok: boolean) => {
    state?.resolve(ok);
    setState(null);
  };
  const confirmElement = state ? (
    <Dialog
      title={state.title}
      onClose={() => finish(false)}
      footer={
        <>
          <button type="button" onClick={() => finish(false)}>
            {t('ui.cancel')}
          </button>
          <button type="button" className={state.danger ? 'danger' : 'primary'} onClick={() => finish(true)} data-autofocus>
            {state.confirmLabel}
          </button>
        </>
      }
    >
      <div className="confirm-message">{state.message}</div>
    </Dialog>
  ) : null;
  return { confirm, confirmElement };
}
