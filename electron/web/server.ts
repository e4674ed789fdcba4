import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ErrorCode, Result } from '../../shared/api/result';
import { ENVELOPE_HEADERS, EVENTS_PATH } from '../../shared/api/shell';
import { createBackend } from '../backend/create-backend';
import { defaultSampleDir } from '../backend/paths';
import { CONTENT_SECURITY_POLICY } from './csp';
import { openEventStream } from './events';
import { type BodyTimeouts, DEFAULT_BODY_TIMEOUTS, JSON_BODY_LIMIT, readBody, UPLOAD_LIMIT } from './body';
import { apiOriginRefusal, hostRefusal, tokenMatches } from './guard';
import { FILE_NAME_HEADER, filePayload, takesFile, UPLOAD_TYPE } from './upload';
import { serveStatic } from './static-files';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TOKEN_HEADER = 'x-tally-token';
/** Longest time a client may take to send its headers (before its token is even known). */
const HEADERS_TIMEOUT_MS = 10_000;

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
  /** JSON API bodies; default JSON_BODY_LIMIT. */
  bodyLimit?: number;
  /** Raw file uploads; default UPLOAD_LIMIT. */
  uploadLimit?: number;
  /** Default DEFAULT_BODY_TIMEOUTS and 10 s for headers; tests shorten them. */
  timeouts?: Partial<BodyTimeouts> & { headersMs?: number };
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
  const limits = { json: opts.bodyLimit ?? JSON_BODY_LIMIT, upload: opts.uploadLimit ?? UPLOAD_LIMIT };
  const timeouts = { ...DEFAULT_BODY_TIMEOUTS, ...opts.timeouts };
  let port = 0;

  const headersTimeout = opts.timeouts?.headersMs ?? HEADERS_TIMEOUT_MS;
  // Node checks these timeouts every connectionsCheckingInterval (30 s by default): check often enough to matter.
  const serverTimeouts = {
    headersTimeout,
    requestTimeout: timeouts.uploadMs + timeouts.idleMs,
    connectionsCheckingInterval: Math.min(1000, Math.ceil(headersTimeout / 4)),
  };
  const server = createServer(serverTimeouts, (req, res) => {
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
    let method: string;
    try {
      method = decodeURIComponent(rawMethod);
    } catch {
      method = rawMethod;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const upload = type === UPLOAD_TYPE;
    if (upload && !takesFile(method)) return sendJson(res, 415, refusal(`${method} takes no file: send application/json`, 'BAD_REQUEST'));
    if (type !== 'application/json' && !upload) {
      return sendJson(res, 415, refusal(`API calls must send Content-Type: application/json (or ${UPLOAD_TYPE} for a file)`, 'BAD_REQUEST'));
    }

    const limit = upload ? limits.upload : limits.json;
    const body = await readBody(req, limit, timeouts.idleMs, upload ? timeouts.uploadMs : timeouts.jsonMs);
    if (body === 'too-large' || body === 'timeout') {
      res.setHeader('Connection', 'close');
      if (body === 'timeout') {
        sendJson(res, 408, failure('INVALID_INPUT', 'the request body came too slowly: the connection was closed'));
        return void res.once('finish', () => req.socket.destroy());
      }
      const hint = upload ? '' : `; send a file as ${UPLOAD_TYPE}`;
      return sendJson(res, 413, failure('INVALID_INPUT', `the request is larger than ${limit} bytes${hint}`));
    }
    let payload: unknown;
    if (upload) {
      payload = filePayload(req, body);
      if (!payload) return sendJson(res, 400, failure('INVALID_INPUT', `an upload needs the file's name in ${FILE_NAME_HEADER} (URI-encoded)`));
    } else {
      try {
        payload = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(res, 400, failure('INVALID_INPUT', 'the request body is not valid JSON'));
      }
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
