/**
 * The one Content-Security-Policy for the renderer, sent as a header by the browser mode and by Electron, and
 * repeated in renderer/index.html's <meta> (a test checks the two agree). ag-grid injects <style> elements, hence
 * 'unsafe-inline' for styles only; scripts come from our own files and nowhere else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy for a <meta> tag: browsers ignore frame-ancestors there (and warn about it), so it is left out.
 */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');
