import { METHODS, type Method } from '../../../shared/api/methods';
import { ERROR_CODES, type ErrorCode, type Result } from '../../../shared/api/result';
import { ENVELOPE_HEADERS, type EnvelopeData, type TallyTransport } from '../../../shared/api/shell';

const KNOWN_CODES = new Set<string>(ERROR_CODES);

/**
 * The browser mode's API: POST /api/<method> with the run's token, and the call's envelope in headers. Every
 * outcome is a Result, like over IPC: a refused or unreachable server becomes an error the UI can show, never a
 * thrown exception.
 */
export function createHttpApi(getToken: () => string | null, base = ''): TallyTransport {
  const calls: Partial<Record<Method, unknown>> = {};
  for (const method of METHODS) calls[method] = (input: unknown, envelope?: EnvelopeData) => post(base, method, input, getToken(), envelope);
  return calls as TallyTransport;
}

function envelopeHeaders(envelope: EnvelopeData | undefined): Record<string, string> {
  if (!envelope) return {};
  return {
    [ENVELOPE_HEADERS.client]: envelope.client,
    // Paths may hold any character; headers carry ASCII only.
    [ENVELOPE_HEADERS.dataset]: envelope.dataset === null ? '' : encodeURIComponent(envelope.dataset),
    [ENVELOPE_HEADERS.baseSeq]: String(envelope.baseSeq),
  };
}

async function post(base: string, method: Method, input: unknown, token: string | null, envelope: EnvelopeData | undefined): Promise<Result<unknown>> {
  if (!token) return failure('INTERNAL', 'no access token: open the address that `npm run web` printed');
  let response: Response;
  try {
    const file = asFile(input);
    // A file goes as its raw bytes (the server's upload path, with a larger limit), never as one huge JSON body.
    response = await fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: file
        ? { 'Content-Type': 'application/octet-stream', 'X-Tally-File-Name': encodeURIComponent(file.fileName), 'X-Tally-Token': token, ...envelopeHeaders(envelope) }
        : { 'Content-Type': 'application/json', 'X-Tally-Token': token, ...envelopeHeaders(envelope) },
      body: file ? base64ToBytes(file.dataBase64) : JSON.stringify(input ?? {}),
      cache: 'no-store',
      credentials: 'same-origin',
    });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return failure('IO_ERROR', `cannot reach the Tally server (${why}): is \`npm run web\` still running?`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (isResult(body) && (body.ok || KNOWN_CODES.has(body.error.code))) return body;
  const detail = isResult(body) && !body.ok ? body.error.message : response.statusText;
  return failure('INTERNAL', `the Tally server refused ${method} (HTTP ${response.status}): ${detail}`);
}

/** A file payload ({ fileName, dataBase64 } and nothing else), sent as an upload. */
function asFile(input: unknown): { fileName: string; dataBase64: string } | null {
  if (!input || typeof input !== 'object') return null;
  const { fileName, dataBase64, ...rest } = input as Record<string, unknown>;
  return typeof fileName === 'string' && fileName && typeof dataBase64 === 'string' && Object.keys(rest).length === 0 ? { fileName, dataBase64 } : null;
}

function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function isResult(x: unknown): x is Result<unknown> {
  if (!x || typeof x !== 'object') return false;
  const r = x as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return 'data' in r;
  return r.ok === false && typeof r.error?.code === 'string' && typeof r.error.message === 'string';
}

function failure(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
