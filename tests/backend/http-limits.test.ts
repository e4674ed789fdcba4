import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_METHODS } from '../../electron/web/upload';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { INTERCHANGE_COLUMNS } from '../../shared/interchange';

let root: string;
let server: WebServer;
/** The envelope every call on the open dataset carries over the bridge (issue 10 item 6). */
let envelope = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tally-http-limits-'));
  await mkdir(join(root, 'datasets'));
  server = await startWebServer({
    datasetsDir: join(root, 'datasets'),
    configDir: join(root, 'config'),
    rendererDir: join(root, 'no-renderer'),
    bodyLimit: 64 * 1024,
    uploadLimit: 4 * 1024 * 1024,
    timeouts: { idleMs: 300, jsonMs: 1500, uploadMs: 3000, headersMs: 1000 },
  });
  const created = await server.dispatch('datasets-create', { name: 'Limits' });
  if (!created.ok) throw new Error(created.error.message);
  envelope = `X-Tally-Client: limits-test\r\nX-Tally-Dataset: ${encodeURIComponent((created.data as { path: string }).path)}\r\nX-Tally-Base-Seq: 0\r\n`;
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

interface Raw {
  socket: Socket;
  /** Everything the server sent, once it closed the connection. */
  closed: Promise<{ text: string; afterMs: number }>;
}

/** A raw socket that has sent `head` (and maybe part of a body): what a slowloris client does. */
function rawRequest(head: string): Raw {
  const socket = connect({ host: '127.0.0.1', port: server.port });
  const started = Date.now();
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  socket.on('error', () => {});
  const closed = new Promise<{ text: string; afterMs: number }>((resolve) =>
    socket.on('close', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), afterMs: Date.now() - started })),
  );
  socket.write(head);
  return { socket, closed };
}

const apiHead = (method: string, type: string, length: number, extra = '') =>
  `POST /api/${method} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nOrigin: ${server.origin}\r\nX-Tally-Token: ${server.token}\r\n` +
  `Content-Type: ${type}\r\nContent-Length: ${length}\r\n${extra}\r\n`;

/** A POST with a body, read back as status and JSON (the body is sent in one go). */
async function post(method: string, type: string, body: Buffer | string, extra = ''): Promise<{ status: number; json: any }> {
  const bytes = Buffer.from(body);
  const raw = rawRequest(apiHead(method, type, bytes.length, `${extra}Connection: close\r\n`));
  raw.socket.write(bytes);
  const { text } = await raw.closed;
  const [head, ...rest] = text.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), json: JSON.parse(rest.join('\r\n\r\n')) };
}

/** An interchange CSV of about `bytes` bytes (all rows valid). */
function bigCsv(bytes: number): string {
  const lines = [INTERCHANGE_COLUMNS.join(',')];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const line = INTERCHANGE_COLUMNS.map((c) => ({ id: `o-${i}`, entity: `Tỉnh số ${i}`, indicator: 'Export value', period: '2021', value: String(i), unit: 'USD', note: 'x'.repeat(200) })[c as string] ?? '').join(',');
    lines.push(line);
    size += line.length + 2;
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('browser bridge: body limits', () => {
  it('the file methods are the ones that take a FilePayload', () => {
    expect([...FILE_METHODS].sort()).toEqual(['catalogue-import', 'interchange-preview', 'sources-parse-file']);
  });

  it('a file above the JSON limit travels as a raw upload and is read whole', async () => {
    const csv = bigCsv(1024 * 1024); // 16x the JSON limit of this server
    const asJson = await post('interchange-preview', 'application/json', JSON.stringify({ fileName: 'big.csv', dataBase64: Buffer.from(csv).toString('base64') }));
    expect(asJson.status).toBe(413);
    expect(asJson.json.error.message).toBe('the request is larger than 65536 bytes; send a file as application/octet-stream');

    const uploaded = await post('interchange-preview', 'application/octet-stream', csv, `X-Tally-File-Name: ${encodeURIComponent('số liệu.csv')}\r\n${envelope}`);
    expect(uploaded.status).toBe(200);
    expect(uploaded.json.ok).toBe(true);
    expect(uploaded.json.data.format).toBe('csv');
    expect(uploaded.json.data.total).toBe(csv.trimEnd().split('\r\n').length - 1);
    expect(uploaded.json.data.errors).toEqual([]);
  });

  it('an upload over its own limit is refused with 413; an upload to a method that takes no file with 415', async () => {
    const tooBig = await post('sources-parse-file', 'application/octet-stream', Buffer.alloc(4 * 1024 * 1024 + 1, 65), 'X-Tally-File-Name: a.txt\r\n');
    expect(tooBig.status).toBe(413);
    const noFile = await post('datasets-create', 'application/octet-stream', 'x', 'X-Tally-File-Name: a.txt\r\n');
    expect(noFile.status).toBe(415);
    const noName = await post('sources-parse-file', 'application/octet-stream', 'some text');
    expect(noName.status).toBe(400);
    expect(noName.json.error.message).toBe('an upload needs the file\'s name in x-tally-file-name (URI-encoded)');
  });
});

describe('browser bridge: slow clients (raw sockets)', () => {
  it('an authenticated body that stops half-way is answered 408 and the connection closed after the idle timeout', async () => {
    const raw = rawRequest(apiHead('app-info', 'application/json', 1000));
    raw.socket.write('{"a":');
    const { text, afterMs } = await raw.closed;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toContain('the request body came too slowly');
    expect(afterMs).toBeGreaterThanOrEqual(250);
    expect(afterMs).toBeLessThan(1500);
  });

  it('a body trickled a byte at a time (never idle long) is cut off at the total time for a JSON call', async () => {
    const raw = rawRequest(apiHead('app-info', 'application/json', 10_000));
    const drip = setInterval(() => raw.socket.writable && raw.socket.write(' '), 100);
    const { text, afterMs } = await raw.closed;
    clearInterval(drip);
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(afterMs).toBeGreaterThanOrEqual(1400);
    expect(afterMs).toBeLessThan(3000);
  });

  it('headers that never finish are dropped at the headers timeout', async () => {
    const raw = rawRequest(`POST /api/app-info HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Tally-Token: ${server.token}\r\n`);
    const drip = setInterval(() => raw.socket.writable && raw.socket.write('X-Slow: 1\r\n'), 100);
    const { afterMs } = await raw.closed;
    clearInterval(drip);
    expect(afterMs).toBeLessThan(4000);
  });

  it('the server still answers others while a slow client is cut off', async () => {
    const raw = rawRequest(apiHead('app-info', 'application/json', 1000));
    const ok = await post('app-info', 'application/json', '{}');
    expect(ok.status).toBe(200);
    raw.socket.destroy();
  });
});
