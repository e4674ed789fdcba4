import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../electron/web/args';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../electron/web/csp';
import { REPO_ROOT, startWebServer, type WebServer } from '../../electron/web/server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => any;
}

/** A raw HTTP request, so tests can send any Host, Origin or path a hostile page could. */
function send(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** A POST to /api/<method> as the page makes it; the body goes as given, so tests can send broken ones too. */
function postApi(server: WebServer, method: string, body: string, headers: Record<string, string> = {}) {
  return send(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      'Content-Type': 'application/json',
      'X-Tally-Token': server.token,
      Origin: server.origin,
      ...headers,
    },
    body,
  });
}

const apiCall = (server: WebServer, method: string, payload: unknown, headers: Record<string, string> = {}) =>
  postApi(server, method, JSON.stringify(payload), headers);

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

let root: string;
let datasetsDir: string;
let server: WebServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tally-http-'));
  datasetsDir = join(root, 'datasets');
  await mkdir(datasetsDir);
  // No built renderer here: the API must work without it.
  server = await startWebServer({
    datasetsDir,
    configDir: join(root, 'config'),
    rendererDir: join(root, 'no-renderer'),
    bodyLimit: 64 * 1024,
  });
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('the browser-mode server', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(40);
    expect(await canConnect('127.0.0.1', server.port)).toBe(true);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) expect(await canConnect(external.address, server.port)).toBe(false);
    expect(await canConnect('::1', server.port)).toBe(false);
  });

  it('uses a different token on each start', async () => {
    const other = await startWebServer({ datasetsDir: join(root, 'other'), configDir: join(root, 'other-config') });
    try {
      expect(other.token).not.toBe(server.token);
      expect(other.port).not.toBe(server.port);
    } finally {
      await other.close();
    }
  });

  it('refuses a call without the token, or with a wrong one, with 403 and a JSON error', async () => {
    const missing = await apiCall(server, 'app-info', {}, { 'X-Tally-Token': '' });
    expect(missing.status).toBe(403);
    expect(missing.headers['content-type']).toMatch(/^application\/json/);
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(missing.json().error.message).toMatch(/X-Tally-Token/);

    const wrong = await apiCall(server, 'app-info', {}, { 'X-Tally-Token': server.token.slice(0, -1) + 'x' });
    expect(wrong.status).toBe(403);
    expect(wrong.json().ok).toBe(false);
  });

  it('refuses a foreign Origin even with the right token (cross-site request)', async () => {
    const reply = await apiCall(server, 'app-info', {}, { Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(reply.json().error.message).toMatch(/Origin "http:\/\/evil.example"/);
    const sameSite = await apiCall(server, 'app-info', {}, { Origin: `http://127.0.0.1:${server.port + 1}` });
    expect(sameSite.status).toBe(403);
    const crossSite = await apiCall(server, 'app-info', {}, { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding), for the API and for pages', async () => {
    const api = await apiCall(server, 'app-info', {}, { Host: `evil.example:${server.port}` });
    expect(api.status).toBe(403);
    const page = await send(server.port, { path: '/', headers: { Host: `evil.example:${server.port}` } });
    expect(page.status).toBe(403);
  });

  it('accepts localhost as well as 127.0.0.1 as Host and Origin', async () => {
    const origin = `http://localhost:${server.port}`;
    const reply = await apiCall(server, 'app-info', {}, { Host: `localhost:${server.port}`, Origin: origin });
    expect(reply.status).toBe(200);
    expect(reply.json().ok).toBe(true);
  });

  it('answers an unknown method with UNKNOWN_METHOD as data', async () => {
    const reply = await apiCall(server, 'observations-explode', {});
    expect(reply.status).toBe(200);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(reply.json().error.message).toContain('observations-explode');
  });

  it('answers an invalid payload with INVALID_INPUT naming the field', async () => {
    const reply = await apiCall(server, 'datasets-open', { path: 42 });
    expect(reply.status).toBe(200);
    const body = reply.json();
    expect(body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(body.error.issues[0].path).toBe('path');
  });

  it('answers a body that is not JSON with 400 INVALID_INPUT, and a non-JSON content type with 415', async () => {
    const notJson = await postApi(server, 'app-info', '{"oops"');
    expect(notJson.status).toBe(400);
    expect(notJson.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const form = await postApi(server, 'app-info', '{}', { 'Content-Type': 'text/plain' });
    expect(form.status).toBe(415);
  });

  it('refuses a body over the size limit with 413, before handing it to the backend', async () => {
    const reply = await apiCall(server, 'sources-parse-file', { fileName: 'big.txt', dataBase64: 'A'.repeat(70 * 1024) });
    expect(reply.status).toBe(413);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses API calls that are not POST', async () => {
    const reply = await send(server.port, { path: '/api/app-info', headers: { 'X-Tally-Token': server.token } });
    expect(reply.status).toBe(405);
  });

  it('runs a real call: app-info reports the web mode and the datasets folder', async () => {
    const reply = await apiCall(server, 'app-info', {});
    expect(reply.status).toBe(200);
    const body = reply.json();
    expect(body.ok).toBe(true);
    expect(body.data.mode).toBe('web');
    expect(body.data.datasetsDir).toBe(datasetsDir);
  });

  it('runs a real write: datasets-create makes the dataset folder on disk', async () => {
    const reply = await apiCall(server, 'datasets-create', { name: 'Bridge test' });
    const body = reply.json();
    expect(body.ok, JSON.stringify(body.error)).toBe(true);
    expect((await stat(join(body.data.path, 'dataset.json'))).isFile()).toBe(true);
    expect(body.data.path.startsWith(datasetsDir)).toBe(true);
    // Closing acts on the open dataset: the call must say which one it is for (headers of the call envelope).
    const unnamed = await apiCall(server, 'datasets-close', {});
    expect(unnamed.json().error.code).toBe('INVALID_INPUT');
    const envelope = { 'X-Tally-Client': 'bridge-test', 'X-Tally-Dataset': encodeURIComponent(body.data.path), 'X-Tally-Base-Seq': '0' };
    const closed = await apiCall(server, 'datasets-close', {}, envelope);
    expect(closed.json().ok).toBe(true);
  });

  it('answers 503 for pages when the renderer is not built, with the command that builds it', async () => {
    const reply = await send(server.port, { path: '/' });
    expect(reply.status).toBe(503);
    expect(reply.text).toMatch(/electron-vite build/);
  });

  it('sends the CSP and nosniff on every response', async () => {
    for (const reply of [await send(server.port, { path: '/' }), await apiCall(server, 'app-info', {})]) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('static files of the built renderer', () => {
  let site: string;
  let staticServer: WebServer;

  beforeAll(async () => {
    site = join(root, 'site');
    await mkdir(join(site, 'assets'), { recursive: true });
    await writeFile(join(site, 'index.html'), '<!doctype html><title>Tally</title>');
    await writeFile(join(site, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(site, 'assets', 'app.css'), 'body{}');
    await writeFile(join(root, 'secret.txt'), 'not for the page');
    staticServer = await startWebServer({ datasetsDir: join(root, 's-data'), configDir: join(root, 's-config'), rendererDir: site });
  });
  afterAll(() => staticServer?.close());

  it('serves index.html at / and assets with their content types', async () => {
    const page = await send(staticServer.port, { path: '/?token=abc' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<title>Tally</title>');
    const js = await send(staticServer.port, { path: '/assets/app.js' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await send(staticServer.port, { path: '/assets/app.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await send(staticServer.port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const reply = await send(staticServer.port, { path });
      expect([400, 404], path).toContain(reply.status);
      expect(reply.text).not.toContain('not for the page');
    }
  });

  it('refuses to write to pages', async () => {
    expect((await send(staticServer.port, { method: 'POST', path: '/', body: 'x' })).status).toBe(405);
  });
});

describe('closing', () => {
  it('stops listening and can be called twice', async () => {
    const s = await startWebServer({ datasetsDir: join(root, 'c-data'), configDir: join(root, 'c-config') });
    await Promise.all([s.close(), s.close()]);
    expect(await canConnect('127.0.0.1', s.port)).toBe(false);
  });
});

describe('the policy in renderer/index.html', () => {
  it('is the same policy the servers send (less frame-ancestors, which a <meta> cannot carry)', async () => {
    const html = await readFile(join(REPO_ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY_META);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  });
});

describe('npm run web arguments', () => {
  it('reads --dataset and --port, in both spellings', () => {
    expect(parseWebArgs([])).toEqual({ port: 0 });
    expect(parseWebArgs(['--port', '8080', '--dataset', '/tmp/ds'])).toEqual({ port: 8080, dataset: '/tmp/ds' });
    expect(parseWebArgs(['--port=0', '--dataset=/tmp/x'])).toEqual({ port: 0, dataset: '/tmp/x' });
  });

  it('refuses a bad port, a missing value and an unknown option, naming it', () => {
    expect(() => parseWebArgs(['--port', 'abc'])).toThrow(/--port must be a number.*"abc"/);
    expect(() => parseWebArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseWebArgs(['--dataset'])).toThrow(/--dataset needs a value/);
    expect(() => parseWebArgs(['--verbose'])).toThrow(/unknown option "--verbose"/);
  });
});
