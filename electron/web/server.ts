import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ErrorCode, Result } from '../../shared/api/result';
import { ENVELOPE_HEADERS, EVENTS_PATH } from '../../shared/api/shell';
import { createBackend } from '../backend/create-backend';
import { defaultSampleDir } from '../backend/paths';
import { CONTENT_SECURITY_POLICY } from './csp';
import { openEventStream } from './events';
import { apiOriginRefusal, hostRefusal, tokenMatches } from './guard';
import { serveStatic } from './static-files';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TOKEN_HEADER = 'x-tally-token';
/** Imports send whole files as base64, so the limit is generous; anything above is refused before parsing. */
export const DEFAULT_BODY_LIMIT = 256 * 1024 * 1024;

export interface WebServerOptions {
  datasetsDir: string;
  configDir: string;
  /** Default: data/sample in the repository. */
  sampleDir?: string;
  /** A dataset folder to open at start. */
  openPath?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The built renderer; default out/renderer. Missing is fine for API-only use (pages answer 503). */
  rendererDir?: string;
  version?: string;
  bodyLimit?: number;
}

export interface WebServer {
  /** The address to open, with the token: the page keeps it and strips it from the address bar. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** The backend the server calls, for tests that arrange data without going through HTTP (unchecked, client ''). */
  dispatch(method: string, payload: unknown): Promise<Result<unknown>>;
  /** How many push streams (open tabs) are connected. */
  streams(): number;
  /** Stops listening and closes the backend (releasing the dataset lock). Safe to call twice. */
  close(): Promise<void>;
}

/**
 * The browser mode: the built renderer and the same handler map as Electron, over HTTP on 127.0.0.1 only, guarded
 * by a per-run token, a Host/Origin check and a strict CSP.
 */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const backend = createBackend({
    datasetsDir: opts.datasetsDir,
    configDir: opts.configDir,
    sampleDir: opts.sampleDir ?? defaultSampleDir(),
    mode: 'web',
    version: opts.version ?? '0.0.0',
    openPath: opts.openPath,
  });
  const token = randomBytes(32).toString('base64url');
  const rendererDir = opts.rendererDir ?? join(REPO_ROOT, 'out', 'renderer');
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  let port = 0;

  const server = createServer((req, res) => {
    securityHeaders(res);
    handle(req, res).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      if (!res.headersSent) sendJson(res, 500, failure('INTERNAL', message));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === EVENTS_PATH) return handleEvents(req, res);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    const hostProblem = hostRefusal(req, port);
    if (hostProblem) return sendJson(res, 403, refusal(hostProblem));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, refusal(`${req.method} is not allowed here`, 'BAD_REQUEST'));
    return serveStatic(rendererDir, url.pathname, req.method === 'HEAD', res);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, rawMethod: string): Promise<void> {
    const originProblem = apiOriginRefusal(req, port);
    if (originProblem) return sendJson(res, 403, refusal(originProblem));
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      return sendJson(res, 403, refusal('missing or wrong X-Tally-Token: open the URL Tally printed at start'));
    }
    if (req.method !== 'POST') return sendJson(res, 405, refusal('API calls must be POST', 'BAD_REQUEST'));
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return sendJson(res, 415, refusal('API calls must send Content-Type: application/json', 'BAD_REQUEST'));

    const body = await readBody(req, bodyLimit);
    if (body === 'too-large') {
      res.setHeader('Connection', 'close');
      return sendJson(res, 413, failure('INVALID_INPUT', `the request is larger than ${bodyLimit} bytes`));
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, failure('INVALID_INPUT', 'the request body is not valid JSON'));
    }
    let method: string;
    try {
      method = decodeURIComponent(rawMethod);
    } catch {
      method = rawMethod;
    }
    // Handled errors are data: 200 with { ok: false, error } just as over IPC.
    sendJson(res, 200, await backend.dispatch(method, payload, envelopeFrom(req)));
  }

  const streams = new Set<ServerResponse>();
  /**
   * The push stream: Server-Sent Events on a GET guarded like every API call (Origin, token header), so the page
   * reads it with fetch. Each durable change and dataset switch is one `tally` event whose id is its seq.
   */
  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    const originProblem = apiOriginRefusal(req, port);
    if (originProblem) return sendJson(res, 403, refusal(originProblem));
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      return sendJson(res, 403, refusal('missing or wrong X-Tally-Token: open the URL Tally printed at start'));
    }
    if (req.method !== 'GET') return sendJson(res, 405, refusal('the event stream is read with GET', 'BAD_REQUEST'));
    openEventStream(res, backend, streams);
  }

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      ready();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await backend.close();
    })();
    return closing;
  };

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    dispatch: (method, payload) => backend.dispatch(method, payload),
    streams: () => streams.size,
    close,
  };
}

/** The call envelope from its headers; null when the page sent none (dispatch then refuses dataset calls). */
function envelopeFrom(req: IncomingMessage): unknown {
  const header = (name: string) => {
    const v = req.headers[name];
    return typeof v === 'string' ? v : undefined;
  };
  const client = header(ENVELOPE_HEADERS.client);
  const dataset = header(ENVELOPE_HEADERS.dataset);
  const baseSeq = header(ENVELOPE_HEADERS.baseSeq);
  if (client === undefined && dataset === undefined && baseSeq === undefined) return null;
  let path: string | null | undefined;
  try {
    path = dataset === undefined || dataset === '' ? null : decodeURIComponent(dataset);
  } catch {
    path = undefined; // not valid percent-encoding: the schema check names the field
  }
  return { client, dataset: path, baseSeq: baseSeq !== undefined && /^\d+$/.test(baseSeq) ? Number(baseSeq) : baseSeq };
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/** The whole body, or 'too-large' as soon as it passes the limit (the rest is discarded, not buffered). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => done(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function failure(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** Transport refusals are not backend errors: they carry their own code so a client can tell them apart. */
function refusal(message: string, code: 'FORBIDDEN' | 'BAD_REQUEST' = 'FORBIDDEN') {
  return { ok: false as const, error: { code, message } };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}
