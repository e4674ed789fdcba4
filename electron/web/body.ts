import type { IncomingMessage } from 'node:http';

/** Ordinary API calls (edits, queries) are small; a file travels as a raw upload instead (see upload.ts). */
export const JSON_BODY_LIMIT = 16 * 1024 * 1024;
/**
 * The largest real import: a 200k-observation interchange file or Data Package is ~100 MB, an article a few MB. A raw
 * upload up to this size is read as bytes, never as one giant JSON string.
 */
export const UPLOAD_LIMIT = 512 * 1024 * 1024;

export interface BodyTimeouts {
  /** Longest pause between two chunks of a body once its headers (and token) are in: a trickle is dropped. */
  idleMs: number;
  /** Longest time a whole JSON body may take (it is at most JSON_BODY_LIMIT on loopback: seconds are plenty). */
  jsonMs: number;
  /** Longest time a whole upload may take. */
  uploadMs: number;
}

export const DEFAULT_BODY_TIMEOUTS: BodyTimeouts = { idleMs: 10_000, jsonMs: 30_000, uploadMs: 120_000 };

export type BodyOutcome = Buffer | 'too-large' | 'timeout';

/**
 * The whole body; 'too-large' as soon as it passes the limit (the rest is discarded, not buffered); 'timeout' when
 * it pauses longer than idleMs or takes longer than totalMs in all (slowloris: an authenticated client must not hold
 * a connection and its buffers open by sending a byte now and then).
 */
export function readBody(req: IncomingMessage, limit: number, idleMs: number, totalMs: number): Promise<BodyOutcome> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    let settled = false;
    const finish = (outcome: BodyOutcome | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      clearTimeout(idle);
      req.off('data', onData);
      if (outcome instanceof Error) fail(outcome);
      else done(outcome);
    };
    const timedOut = () => {
      req.pause();
      finish('timeout');
    };
    const total = setTimeout(timedOut, totalMs);
    let idle = setTimeout(timedOut, idleMs);
    const onData = (chunk: Buffer) => {
      clearTimeout(idle);
      idle = setTimeout(timedOut, idleMs);
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => finish(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', (err) => finish(err));
    req.on('close', () => finish(new Error('the client closed the connection')));
  });
}
