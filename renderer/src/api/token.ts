/** Where the browser mode keeps its per-run token: for this tab only, surviving reloads, gone with the tab. */
const TOKEN_STORAGE_KEY = 'tally.token';

/**
 * Takes `?token=` from the address (the URL the server printed), keeps it in sessionStorage and removes it from the
 * address bar and history, so it is not left in bookmarks, screenshots or a shared link. Returns the token, if any.
 */
export function captureToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
}
