import type { App, Session, WebContents } from 'electron';
import { type ExternalLinkDeps, openExternalAfterConfirm } from './external-links';

/**
 * Every web contents the app creates, now or later: no navigation away from the page, no new windows (an http(s)
 * address opens in the user's browser once they confirm it), no <webview>. Call before the first window exists.
 */
export function setupSecurity(app: Pick<App, 'on'>, links: ExternalLinkDeps): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, links));
}

export function guardContents(contents: WebContents, links: ExternalLinkDeps): void {
  // Reloads do not fire these; a dropped file or a stray link would, and must not replace the app.
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalAfterConfirm(url, links).catch((err: unknown) => console.error('Tally: opening a link failed:', err));
    return { action: 'deny' };
  });
}

/** The session: every permission refused (our app:// responses carry the CSP themselves, see app-protocol.ts). */
export function setupSessionSecurity(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
