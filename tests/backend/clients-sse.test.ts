import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../shared/api';
import { startWebServer, type WebServer } from '../../electron/web/server';

let root: string;
let server: WebServer;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tally-sse-'));
  await mkdir(join(root, 'datasets'));
  server = await startWebServer({ datasetsDir: join(root, 'datasets'), configDir: join(root, 'config'), sampleDir: join(root, 'none') });
});
afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

/** A tab's push stream over real HTTP: its events as they arrive, parsed from the SSE frames. */
function openStream(headers: Record<string, string>): Promise<{ status: number; events: PushEvent[]; ids: string[]; res: IncomingMessage; count: (n: number) => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers }, (res) => {
      const events: PushEvent[] = [];
      const ids: string[] = [];
      let buffer = '';
      const waiting: Array<{ n: number; done: () => void }> = [];
      const wake = () => {
        for (const w of waiting.filter((x) => events.length >= x.n)) {
          waiting.splice(waiting.indexOf(w), 1);
          w.done();
        }
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').find((l) => l.startsWith('data: '));
          const id = frame.split('\n').find((l) => l.startsWith('id: '));
          if (data) events.push(JSON.parse(data.slice(6)));
          if (id) ids.push(id.slice(4));
          wake();
        }
      });
      /** Resolves once n events have arrived in all. */
      const count = (n: number) =>
        new Promise<void>((done) => {
          waiting.push({ n, done });
          wake();
        });
      resolve({ status: res.statusCode ?? 0, events, ids, res, count });
    });
    req.on('error', reject);
    req.end();
  });
}

async function post(method: string, payload: unknown, envelope?: { client: string; dataset: string | null; baseSeq: number }) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Tally-Token': server.token, Origin: server.origin };
  if (envelope) {
    headers['X-Tally-Client'] = envelope.client;
    headers['X-Tally-Dataset'] = envelope.dataset === null ? '' : encodeURIComponent(envelope.dataset);
    headers['X-Tally-Base-Seq'] = String(envelope.baseSeq);
  }
  const res = await fetch(`${server.origin}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(payload) });
  return (await res.json()) as { ok: boolean; data?: any; error?: { code: string; message: string } };
}

describe('the browser bridge push stream (SSE)', () => {
  it('needs the token and a same-origin request, like every API call', async () => {
    const none = await openStream({});
    expect(none.status).toBe(403);
    const foreign = await openStream({ 'X-Tally-Token': server.token, Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    none.res.destroy();
    foreign.res.destroy();
  });

  it('sends each durable change to every tab, with its seq as the event id; a refused one sends nothing', async () => {
    const created = await post('datasets-create', { name: 'Dataset ảnh' }, { client: 'tab-a', dataset: null, baseSeq: 0 });
    expect(created.ok).toBe(true);
    const dir: string = created.data.path;
    const tabA = await openStream({ 'X-Tally-Token': server.token });
    const tabB = await openStream({ 'X-Tally-Token': server.token });
    expect(tabA.status).toBe(200);
    expect(tabA.res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(server.streams()).toBe(2);
    // Each stream starts with what is open and its last seq.
    await tabB.count(1);
    expect(tabB.events).toEqual([{ kind: 'hello', dataset: dir, seq: created.data.seq }]);

    const m = await post('observations-create', { fields: { entity: 'Hà Nội', note: 'từ A' } }, { client: 'tab-a', dataset: dir, baseSeq: created.data.seq });
    expect(m.ok).toBe(true);
    await tabB.count(2);
    expect(tabB.events.slice(1)).toEqual([expect.objectContaining({ kind: 'mutation', seq: m.data.seq, client: 'tab-a', dataset: dir, label: expect.stringMatching(/^Add observation/) })]);
    expect(tabB.ids).toEqual([String(m.data.seq)]);
    expect(tabB.events[1]).toMatchObject({ changes: m.data.changes });

    // B, not having seen A's seq, edits the same record: refused as STALE, and nobody hears of a change.
    const id = m.data.observation.id;
    const stale = await post('observations-update', { id, patch: { note: 'từ B' } }, { client: 'tab-b', dataset: dir, baseSeq: created.data.seq });
    expect(stale.error?.code).toBe('STALE');
    // A's next edit arrives as the next event (the refused one sent none in between).
    const m2 = await post('observations-update', { id, patch: { note: 'A again' } }, { client: 'tab-a', dataset: dir, baseSeq: m.data.seq });
    await tabB.count(3);
    expect(tabB.events.map((e) => (e.kind === 'mutation' ? e.seq : e.kind))).toEqual(['hello', m.data.seq, m2.data.seq]);
    await tabA.count(3);
    expect(tabA.events).toHaveLength(3);

    // A tab that goes away is dropped from the fan-out.
    tabA.res.destroy();
    await new Promise((r) => setTimeout(r, 50));
    expect(server.streams()).toBe(1);
    tabB.res.destroy();
  });

  it('tells every tab when another one opens a different dataset', async () => {
    await post('datasets-create', { name: 'X' }, { client: 'tab-a', dataset: null, baseSeq: 0 });
    const tab = await openStream({ 'X-Tally-Token': server.token });
    const y = await post('datasets-create', { name: 'Y' }, { client: 'tab-b', dataset: null, baseSeq: 0 });
    await tab.count(2);
    expect(tab.events.slice(1)).toEqual([{ kind: 'dataset', dataset: y.data.path, client: 'tab-b' }]);
    tab.res.destroy();
  });
});
