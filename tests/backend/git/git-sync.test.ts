import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetDoc } from '../../../shared/model/dataset';
import type { CliIo } from '../../../electron/cli/io';
import { main } from '../../../electron/cli/main';
import { backendFor, datasetWithSource, fails, ok, tempDirsPerTest } from '../helpers';

const dirs = tempDirsPerTest();

async function tally(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
  const code = await main(args, io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const gitIn = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Cli', GIT_AUTHOR_EMAIL: 'c@x', GIT_COMMITTER_NAME: 'Cli', GIT_COMMITTER_EMAIL: 'c@x' } });

const readDoc = (dir: string): DatasetDoc => JSON.parse(readFileSync(path.join(dir, 'dataset.json'), 'utf8'));
/** What clones must agree on: everything but the local journal position. */
const shared = (dir: string) => ({ ...readDoc(dir), historySeq: undefined });

/** Opens a closed dataset, runs edits through the backend, closes it again. */
async function edit(dir: string, fn: (b: ReturnType<typeof backendFor>) => Promise<unknown>) {
  const b = backendFor(dirs);
  await ok(b, 'datasets-open', { path: dir });
  await fn(b);
  await b.close();
}

/** A bare remote and two clones (Lan shared it, Minh cloned it) holding two observations. */
async function team() {
  const b = backendFor(dirs);
  const { dir: lan } = await datasetWithSource(b, 'Nhóm');
  const { observation: o1 } = await ok(b, 'observations-create', { fields: { value: 1, unit: '%', note: 'một' } });
  const { observation: o2 } = await ok(b, 'observations-create', { fields: { value: 2, unit: '%', note: 'hai' } });
  await b.close();
  const remote = path.join(dirs.root, 'team.git');
  gitIn(dirs.root, 'init', '-q', '--bare', '-b', 'main', remote);
  expect(await tally('share', lan, '--remote', remote, '--name', 'Lan', '--email', 'lan@example.org')).toMatchObject({ code: 0 });
  const minh = path.join(dirs.root, 'minh');
  expect(await tally('clone', remote, minh)).toMatchObject({ code: 0 });
  return { lan, minh, remote, o1: o1.id, o2: o2.id };
}

const sync = (dir: string, who: string) => tally('sync', dir, '--json', '--name', who, '--email', `${who.toLowerCase()}@example.org`);

describe('datasets shared through git (issue 13)', { timeout: 60_000 }, () => {
  it('share keeps the per-machine files out of git and registers the merge driver', async () => {
    const { lan, minh } = await team();
    const tracked = gitIn(lan, 'ls-files').split('\n').filter(Boolean);
    expect(tracked).toContain('dataset.json');
    expect(tracked).toContain('.gitattributes');
    expect(tracked.some((f) => f.startsWith('sources/'))).toBe(true);
    expect(tracked).not.toContain('history.jsonl');
    expect(tracked).not.toContain('dataset.lock');
    expect(gitIn(minh, 'config', 'merge.tally.driver')).toContain('merge-driver %O %A %B %P');
    expect(shared(minh)).toEqual(shared(lan));
  });

  it('edits to different records and different fields merge without conflicts; both clones end identical', async () => {
    const { lan, minh, o1, o2 } = await team();
    await edit(lan, (b) => ok(b, 'observations-update', { id: o1, patch: { value: 10 } }));
    await edit(minh, async (b) => {
      await ok(b, 'observations-update', { id: o1, patch: { note: 'một (đã xem)' } });
      await ok(b, 'observations-update', { id: o2, patch: { value: 20 } });
    });
    const s1 = await sync(lan, 'Lan');
    expect(s1).toMatchObject({ code: 0 });
    // One observation changed: its line, the metadata's updatedAt line and the journal position line, nothing else.
    expect(gitIn(lan, 'show', '--numstat', '--format=', 'HEAD').trim()).toBe('3\t3\tdataset.json');
    const s2 = await sync(minh, 'Minh');
    expect(s2.code).toBe(0);
    expect(JSON.parse(s2.stdout)).toMatchObject({ committed: true, received: 1, from: ['Lan'], conflicts: 0 });
    expect(await sync(lan, 'Lan')).toMatchObject({ code: 0 });
    expect(shared(lan)).toEqual(shared(minh));
    const obs = readDoc(lan).observations;
    expect(obs.find((o) => o.id === o1)).toMatchObject({ value: 10, note: 'một (đã xem)' });
    expect(obs.find((o) => o.id === o2)).toMatchObject({ value: 20 });
    expect(readDoc(lan).mergeConflicts).toBeUndefined();
    // A second round changes nothing: no commits ping-pong between the clones.
    const head = gitIn(lan, 'rev-parse', 'HEAD');
    expect(JSON.parse((await sync(minh, 'Minh')).stdout)).toMatchObject({ committed: false, received: 0 });
    expect(JSON.parse((await sync(lan, 'Lan')).stdout)).toMatchObject({ committed: false, received: 0 });
    expect(gitIn(lan, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('the same field changed to different values becomes one recorded conflict, on both clones, with both values', async () => {
    const { lan, minh, o1 } = await team();
    await edit(lan, (b) => ok(b, 'observations-update', { id: o1, patch: { value: 11 } }));
    await edit(minh, (b) => ok(b, 'observations-update', { id: o1, patch: { value: 12 } }));
    expect((await sync(lan, 'Lan')).code).toBe(0);
    const m = await sync(minh, 'Minh');
    expect(m.code).toBe(1);
    expect(JSON.parse(m.stdout)).toMatchObject({ conflicts: 1 });
    expect((await sync(lan, 'Lan')).code).toBe(1);
    expect(shared(lan)).toEqual(shared(minh));
    const [c] = readDoc(minh).mergeConflicts!;
    expect(c).toMatchObject({ collection: 'observations', recordId: o1, field: 'value', ours: 12, theirs: 11, theirsBy: { who: 'Lan' }, oursBy: { who: 'Minh' } });
  });

  it('records created on two clones between syncs get different ids (clone tags) and both survive', async () => {
    const { lan, minh } = await team();
    const created: string[] = [];
    for (const dir of [lan, minh]) {
      await edit(dir, async (b) => created.push((await ok(b, 'observations-create', { fields: { value: 7, unit: '%' } })).observation.id));
    }
    expect(created[0]).toMatch(/^obs-[a-z]{5}-\d+$/);
    expect(created[0]).not.toBe(created[1]);
    await sync(lan, 'Lan');
    expect((await sync(minh, 'Minh')).code).toBe(0);
    expect((await sync(lan, 'Lan')).code).toBe(0);
    expect(shared(lan)).toEqual(shared(minh));
    expect(readDoc(lan).observations.map((o) => o.id)).toEqual(expect.arrayContaining(created));
    expect(readDoc(lan).observations).toHaveLength(4);
    expect(readDoc(lan).mergeConflicts).toBeUndefined();
  });

  it('a merge becomes one journaled entry that undo does not reach past', async () => {
    const { lan, minh, o2 } = await team();
    await edit(lan, (b) => ok(b, 'observations-update', { id: o2, patch: { value: 22 } }));
    await edit(minh, (b) => ok(b, 'observations-update', { id: o2, patch: { note: 'hai!' } }));
    await sync(lan, 'Lan');
    await sync(minh, 'Minh');
    const b = backendFor(dirs);
    const snap = await ok(b, 'datasets-open', { path: minh });
    expect(snap.doc.observations.find((o) => o.id === o2)).toMatchObject({ value: 22, note: 'hai!' });
    const history = await ok(b, 'history-list', { limit: 5 });
    expect(JSON.stringify(history)).toContain('Merged from Lan: 1 changed');
    expect(snap.undo.canUndo).toBe(false);
    await fails(b, 'history-undo', {}, 'NOTHING_TO_UNDO');
    await b.close();
  });

  it('a plain git pull merges dataset.json record by record through tally merge-driver', async () => {
    const { lan, minh, o1, o2 } = await team();
    await edit(lan, (b) => ok(b, 'observations-update', { id: o1, patch: { value: 31 } }));
    await sync(lan, 'Lan');
    await edit(minh, (b) => ok(b, 'observations-update', { id: o2, patch: { value: 32 } }));
    gitIn(minh, 'commit', '-q', '-am', 'Minh by hand');
    gitIn(minh, 'pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main');
    const obs = readDoc(minh).observations;
    expect(obs.find((o) => o.id === o1)).toMatchObject({ value: 31 });
    expect(obs.find((o) => o.id === o2)).toMatchObject({ value: 32 });
  });

  it('an unreachable remote is exit 2 with a clear message, and the local change stays committed', async () => {
    const { lan, o1 } = await team();
    await edit(lan, (b) => ok(b, 'observations-update', { id: o1, patch: { value: 41 } }));
    gitIn(lan, 'remote', 'set-url', 'origin', path.join(dirs.root, 'gone.git'));
    const r = await sync(lan, 'Lan');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tally sync: cannot reach the remote .*gone\.git .*the local changes are committed and kept/);
    expect(readDoc(lan).observations.find((o) => o.id === o1)).toMatchObject({ value: 41 });
    expect(gitIn(lan, 'show', 'HEAD:dataset.json')).toContain('41');
  });

  it('share rewrites an older multi-line dataset.json one record per line, keeping a backup', async () => {
    const b = backendFor(dirs);
    const { dir } = await datasetWithSource(b, 'Cũ');
    await b.close();
    const file = path.join(dir, 'dataset.json');
    const old = `${JSON.stringify(readDoc(dir), null, 2)}\n`;
    writeFileSync(file, old);
    gitIn(dirs.root, 'init', '-q', '--bare', '-b', 'main', path.join(dirs.root, 'old.git'));
    expect((await tally('share', dir, '--remote', path.join(dirs.root, 'old.git'), '--name', 'Lan', '--email', 'l@x')).code).toBe(0);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(old);
    expect(gitIn(dir, 'show', 'HEAD:dataset.json')).toMatch(/\n {4}\{[^\n]*"id":"src-1"[^\n]*\}\n {2}\],\n/);
    expect(readDoc(dir)).toEqual(JSON.parse(old));
  });

  it('bad input names what was wrong', async () => {
    const { lan } = await team();
    expect(await tally('sync', path.join(dirs.root, 'nowhere'))).toMatchObject({ code: 2 });
    expect((await tally('share', lan)).stderr).toMatch(/--remote is required/);
    expect((await tally('clone', path.join(dirs.root, 'team.git'), lan)).stderr).toMatch(/already exists/);
    expect((await tally('share', lan, '--remote', '--upload-pack=evil')).code).toBe(2);
  });
});
