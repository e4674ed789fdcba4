import { describe, expect, it } from 'vitest';
import type { DatasetSnapshot, Mutation, PushEvent } from '../../shared/api';
import type { Backend } from '../../electron/backend/create-backend';
import { backendFor, datasetWithSource, ok, quoteOf, SOURCE_TEXT, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

/** One window or tab on a shared backend: every call carries its envelope, and it follows the seq it has seen. */
class Client {
  dataset: string | null = null;
  seq = 0;
  constructor(
    readonly b: Backend,
    readonly id: string,
  ) {}

  async call(method: string, payload: unknown = {}) {
    const r = await this.b.dispatch(method, payload, { client: this.id, dataset: this.dataset, baseSeq: this.seq });
    if (r.ok) {
      const d = r.data as Partial<DatasetSnapshot & Mutation>;
      if (d.doc && d.path) {
        this.dataset = d.path;
        this.seq = d.seq ?? 0;
      } else if (typeof d.seq === 'number' && (d.changes?.length ?? 0) > 0) this.seq = Math.max(this.seq, d.seq);
    }
    return r;
  }

  async ok<T = any>(method: string, payload: unknown = {}): Promise<T> {
    const r = await this.call(method, payload);
    if (!r.ok) throw new Error(`${this.id} ${method}: ${r.error.code} ${r.error.message}`);
    return r.data as T;
  }

  async fails(method: string, payload: unknown, code: string) {
    const r = await this.call(method, payload);
    expect(r.ok ? `${method} succeeded` : r.error.code).toBe(code);
    return r.ok ? null! : r.error;
  }
}

async function setup() {
  const b = backendFor(dirs);
  const { dir, sourceId } = await datasetWithSource(b);
  const { observation } = await ok(b, 'observations-create', { fields: { entity: 'Thái Nguyên', indicator: 'Export value', period: '2021', note: 'first' } });
  const { observation: other } = await ok(b, 'observations-create', { fields: { entity: 'Thái Nguyên', indicator: 'GRDP growth', period: '2021' } });
  const a = new Client(b, 'tab-a');
  const c = new Client(b, 'tab-b');
  await a.ok('datasets-open', { path: dir });
  await c.ok('datasets-open', { path: dir });
  return { b, a, c, dir, sourceId, obs: observation.id, other: other.id };
}

describe('two clients on one backend', () => {
  it('refuses a change meant for a dataset another tab has replaced, and changes nothing in either', async () => {
    const { b, a, c, dir, obs } = await setup();
    const y = await c.ok('datasets-create', { name: 'Dataset Y' });
    expect(y.path).not.toBe(dir);
    const refused = await a.fails('observations-update', { id: obs, patch: { note: 'meant for X' } }, 'WRONG_DATASET');
    expect(refused.message).toContain('another window or tab opened "Dataset Y"');
    expect((await c.ok('dataset-snapshot')).doc.observations).toEqual([]); // nothing landed in Y
    // Read-only calls on the wrong dataset are refused too; the refresh (dataset-snapshot) shows what is open now.
    await a.fails('validation-report', {}, 'WRONG_DATASET');
    await a.fails('datasets-close', {}, 'WRONG_DATASET'); // A cannot close Y by accident
    const now = await a.ok('dataset-snapshot');
    expect(now.path).toBe(y.path);
    await b.close();
  });

  it('refuses an envelope that does not say which client or dataset it is for', async () => {
    const { b, obs } = await setup();
    const r = await b.dispatch('observations-update', { id: obs, patch: { note: 'x' } }, null);
    expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_INPUT');
    const bad = await b.dispatch('observations-update', { id: obs, patch: { note: 'x' } }, { client: 'a', dataset: null, baseSeq: -1 });
    expect(bad.ok ? 'ok' : bad.error.message).toMatch(/envelope\.baseSeq/);
    await b.close();
  });

  it('refuses a stale edit of a record another client changed, and lets edits of other records through', async () => {
    const { b, a, c, obs, other } = await setup();
    const base = c.seq;
    await a.ok('observations-update', { id: obs, patch: { note: 'from A' } });
    const stale = await c.fails('observations-update', { id: obs, patch: { note: 'from B' } }, 'STALE');
    expect(stale.message).toMatch(new RegExp(`${obs} was changed in another window or tab \\("Edit note of ${obs}"`));
    expect(c.seq).toBe(base);
    // B's independent edit (another record) goes through on the same old base.
    await c.ok('observations-update', { id: other, patch: { note: 'from B' } });
    const doc = (await c.ok('dataset-snapshot')).doc;
    expect(doc.observations.find((o: any) => o.id === obs).note).toBe('from A');
    // After the refresh B's base includes A's change: its edit now goes through.
    await c.ok('observations-update', { id: obs, patch: { note: 'from B, having seen A' } });
    // A client's own later changes never make its edits stale.
    await c.ok('observations-update', { id: obs, patch: { note: 'B again' } });
    await b.close();
  });

  it('pushes every durable change, with its seq, label and client, to every subscriber', async () => {
    const { b, a, c, obs } = await setup();
    const seen: PushEvent[] = [];
    const stop = b.subscribe((e) => seen.push(e));
    const m = await a.ok('observations-update', { id: obs, patch: { note: 'pushed' } });
    await c.fails('observations-update', { id: obs, patch: { note: 'stale' } }, 'STALE');
    expect(seen).toEqual([
      expect.objectContaining({ kind: 'mutation', seq: m.seq, client: 'tab-a', label: `Edit note of ${obs}`, changes: m.changes, dataset: a.dataset }),
    ]);
    await c.ok('datasets-create', { name: 'Another' });
    expect(seen[1]).toMatchObject({ kind: 'dataset', client: 'tab-b' });
    stop();
    await b.close();
  });

  it('two reviewers resolving one group at once: the second is refused as stale', async () => {
    const { b, a, c, sourceId } = await setup();
    await ok(b, 'settings-update', { reviewerName: 'Lan' });
    const group = { entity: 'Thái Nguyên', indicator: 'Poor household rate', period: '2021' };
    const textB = 'Tỷ lệ hộ nghèo của tỉnh năm 2021 là 2,17%.';
    const { source } = await ok(b, 'sources-create', { meta: { title: 'Nguồn B', language: 'vi' }, text: textB });
    const o1 = (await ok(b, 'observations-create', { fields: { ...group, value: 2.16, unit: '%', stated: '2,16%', sourceId, quote: quoteOf('2,16%', SOURCE_TEXT) } })).observation.id;
    await ok(b, 'observations-create', { fields: { ...group, value: 2.17, unit: '%', stated: '2,17%', sourceId: source.id, quote: quoteOf('2,17%', textB) } });
    await a.ok('dataset-snapshot');
    await c.ok('dataset-snapshot');
    // Both decide on the same figures; A is first. Typed values change no observation: only the group's decision.
    const m = await a.ok('resolutions-create', { group, observationId: null, value: 2.16, unit: '%', rationale: 'A: the official figure' });
    expect(m.changes.map((x: any) => x.collection)).toEqual(['resolutions']);
    const r = await c.fails('resolutions-create', { group, observationId: null, value: 2.17, unit: '%', rationale: 'B: the later one' }, 'STALE');
    expect(r.message).toContain('the group Thái Nguyên · Poor household rate · 2021 was changed in another window or tab ("Resolve');
    expect((await c.ok('dataset-snapshot')).doc.resolutions).toHaveLength(1);
    // Having seen A's decision, B may decide again (the newest decision is in force).
    await c.ok('dataset-snapshot');
    await c.ok('resolutions-create', { group, observationId: o1, rationale: 'B, having seen A' });
    await b.close();
  });

  it('each client undoes its own last change; the label names it; undoing over another client’s change is refused', async () => {
    const { b, a, c, obs, other } = await setup();
    const ma = await a.ok('observations-update', { id: obs, patch: { note: 'A1' } });
    expect(ma.undo.undoLabel).toBe(`Edit note of ${obs}`);
    const mc = await c.ok('observations-update', { id: other, patch: { note: 'B1' } });
    expect(mc.undo.undoLabel).toBe(`Edit note of ${other}`);
    // A's Undo still names (and undoes) A's change, not B's later one.
    expect((await a.ok('history-list', {})).undo.undoLabel).toBe(`Edit note of ${obs}`);
    const u = await a.ok('history-undo');
    expect(u.changes.map((x: any) => x.id)).toEqual([obs]);
    let doc = (await a.ok('dataset-snapshot')).doc;
    expect(doc.observations.find((o: any) => o.id === obs).note).toBe('first');
    expect(doc.observations.find((o: any) => o.id === other).note).toBe('B1');
    expect(u.undo).toMatchObject({ canUndo: false, canRedo: true, redoLabel: `Edit note of ${obs}` });
    // B edits A's record; A's Redo would overwrite it: refused, and nothing changes.
    await c.ok('dataset-snapshot');
    await c.ok('observations-update', { id: obs, patch: { note: 'B2' } });
    // A's Redo is shown as unavailable, saying why; called anyway, it is refused.
    expect((await a.ok('dataset-snapshot')).undo).toMatchObject({ canRedo: false, redoLabel: `Edit note of ${obs} (${obs} was changed since in another window or tab)` });
    const refused = await a.fails('history-redo', {}, 'STALE');
    expect(refused.message).toContain(`Redo of "Edit note of ${obs}" refused: ${obs} was changed`);
    doc = (await a.ok('dataset-snapshot')).doc;
    expect(doc.observations.find((o: any) => o.id === obs).note).toBe('B2');
    await b.close();
  });

  it('per-client undo survives a restart (the log names each change’s client)', async () => {
    const { b, a, c, dir, obs, other } = await setup();
    await a.ok('observations-update', { id: obs, patch: { note: 'A1' } });
    await c.ok('observations-update', { id: other, patch: { note: 'B1' } });
    await b.close();
    const b2 = backendFor(dirs);
    const a2 = new Client(b2, 'tab-a');
    const snap = await a2.ok('datasets-open', { path: dir });
    expect(snap.undo.undoLabel).toBe(`Edit note of ${obs}`);
    const c2 = new Client(b2, 'tab-b');
    expect((await c2.ok('dataset-snapshot')).undo.undoLabel).toBe(`Edit note of ${other}`);
    await a2.ok('history-undo');
    expect((await a2.ok('dataset-snapshot')).doc.observations.find((o: any) => o.id === other).note).toBe('B1');
    await b2.close();
  });
});
