import type { BrowserWindow, Dialog, Shell } from 'electron';
import { isWebUrl } from '../../shared/model/web-url';

export interface ExternalLinkDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  shell: Pick<Shell, 'openExternal'>;
  getWindow: () => BrowserWindow | null;
}

/**
 * Opens a source's address in the user's browser, and only after the user has seen the address and said yes in a
 * native dialog. The question is asked here, in the main process, so a page (or a script smuggled into one) cannot
 * open anything by itself; anything but http(s) is never opened. Resolves whether it was opened.
 */
export async function openExternalAfterConfirm(url: string, deps: ExternalLinkDeps): Promise<boolean> {
  if (!isWebUrl(url)) return false;
  const options = {
    type: 'question' as const,
    title: 'Open this address?',
    message: 'Open this address in your browser, outside Tally?',
    detail: url,
    buttons: ['Cancel', 'Open in browser'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const win = deps.getWindow();
  const { response } = win ? await deps.dialog.showMessageBox(win, options) : await deps.dialog.showMessageBox(options);
  if (response !== 1) return false;
  await deps.shell.openExternal(url);
  return true;
}
