import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The loopback names the page may be reached by; anything else in Host is a DNS-rebinding attempt. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

export function allowedHosts(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => `${name}:${port}`);
}

/** Why a request may not be served at all (its Host is not this server: DNS rebinding), or null. */
export function hostRefusal(req: IncomingMessage, port: number): string | null {
  const host = (req.headers.host ?? '').toLowerCase();
  return allowedHosts(port).includes(host) ? null : `Host "${req.headers.host ?? ''}" is not this server`;
}

/**
 * Why an API call may not run (wrong Host, foreign Origin, cross-site fetch), or null. Runs before the token check,
 * so a foreign page learns nothing about its guess. Page loads skip the Origin checks: a link may open the app.
 */
export function apiOriginRefusal(req: IncomingMessage, port: number): string | null {
  const hostProblem = hostRefusal(req, port);
  if (hostProblem) return hostProblem;
  const hosts = allowedHosts(port);
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return `Origin "${origin}" is not this server`;
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `a ${site} request is not allowed`;
  return null;
}

/** Constant-time comparison of the X-Tally-Token header with this run's token. */
export function tokenMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header, 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
