import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../web/csp';
import { contentTypeOf } from '../web/static-files';

/**
 * The renderer is served from app://tally/… rather than file://: a standard, secure origin of its own, so the page
 * cannot read other local files, gets a real origin for the CSP and IPC sender checks, and only the built renderer
 * folder is reachable.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tally';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

type SchemeRegistrar = Pick<Protocol, 'registerSchemesAsPrivileged'>;
type SchemeHandler = Pick<Protocol, 'handle'>;

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

const isInside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * The file an app:// URL names inside `root`, or null: another host, a bad encoding, a NUL, a `..` segment, a folder,
 * a missing file, or a path that leaves `root` through a symlink are all refused. `/` is index.html.
 */
export async function appFileFor(root: string, url: string): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return null;
  const base = resolve(root);
  const file = resolve(join(base, path === '/' ? 'index.html' : path));
  if (!isInside(file, base)) return null;
  try {
    const [realFile, realBase] = await Promise.all([realpath(file), realpath(base)]);
    if (!isInside(realFile, realBase)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

/** Answers one app:// request: the file with its MIME type and the CSP, or 404. Only GET and HEAD. */
export function appRequestHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('method not allowed', { status: 405 });
    const file = await appFileFor(root, request.url);
    if (!file) return new Response('not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/** Serves the built renderer folder on app://tally/ (after the app is ready). */
export function setupAppProtocol(protocol: SchemeHandler, rendererDir: string): void {
  protocol.handle(APP_SCHEME, appRequestHandler(rendererDir));
}
