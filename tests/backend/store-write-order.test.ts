import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fsError, injectFaults } from '../../electron/backend/store/fs-edge';
import { backendFor, fails, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();
let clear: (() => void) | null = null;
afterEach(() => clear?.());

const notes = (doc: { observations: { note: string }[] }) => doc.observations.map((o) => o.note);

describe('a failed history.jsonl append (issue 10.2)', () => {
  it('a full disk during an append leaves the log exactly as it was, and the next edit is kept after reopening', async () => {
    const b = backendFor(dirs);
    const { path: dir } = await ok(b, 'datasets-create', { name: 'full disk' });
    await ok(b, 'observations-create', { fields: { note: 'first' } });
    const log = path.join(dir, 'history.jsonl');
    const before = readFileSync(log);
    let fired = 0;
    clear = injectFaults((step, file) => (step === 'append' && file === log && fired++ === 0 ? fsError('ENOSPC', step, file) : null));
    const err = await fails(b, 'observations-create', { fields: { note: 'refused' } }, 'IO_ERROR');
    expect(err.message).toMatch(/ENOSPC.*history\.jsonl is as it was/);
    expect(readFileSync(log)).toEqual(before); // the half line written before the disk filled was cut back
    expect(notes((await ok(b, 'dataset-snapshot')).doc)).toEqual(['first']);
    await ok(b, 'observations-create', { fields: { note: 'second' } });
    await b.close();
    const b2 = backendFor(dirs);
    const snap = await ok(b2, 'datasets-open', { path: dir });
    expect([snap.readOnly, notes(snap.doc)]).toEqual([false, ['first', 'second']]);
    await b2.close();
  });

  it('when the log cannot be cut back either, the dataset turns read-only with a clear message', async () => {
    const b = backendFor(dirs);
    const { path: dir } = await ok(b, 'datasets-create', { name: 'broken disk' });
    const log = path.join(dir, 'history.jsonl');
    clear = injectFaults((step, file) => (file === log && (step === 'append' || step === 'truncate') ? fsError('EIO', step, file) : null));
    const err = await fails(b, 'observations-create', { fields: { note: 'x' } }, 'IO_ERROR');
    expect(err.message).toMatch(/could not be cut back either.*read-only/);
    clear();
    const again = await fails(b, 'observations-create', { fields: { note: 'y' } }, 'READ_ONLY');
    expect(again.message).toMatch(/could not be put back/);
    expect((await ok(b, 'dataset-snapshot')).readOnly).toBe(true);
    await b.close();
  });
});

describe('log first, for every size (issue 10.4)', () => {
  it('a small dataset has the entry in history.jsonl before dataset.json is touched', async () => {
    const b = backendFor(dirs);
    const { path: dir } = await ok(b, 'datasets-create', { name: 'small' });
    const log = path.join(dir, 'history.jsonl');
    const seenAtWrite: boolean[] = [];
    clear = injectFaults((step, file) => {
      if (step === 'open' && path.basename(file).startsWith('.dataset.json.')) {
        seenAtWrite.push(readFileSync(log, 'utf8').includes('"note":"logged first"'));
      }
      return null;
    });
    await ok(b, 'observations-create', { fields: { note: 'logged first' } });
    expect(seenAtWrite).toEqual([true]);
    await b.close();
  });

  it('when dataset.json cannot be rewritten after the entry is logged, the edit stands and the next open replays it', async () => {
    const b = backendFor(dirs);
    const { path: dir } = await ok(b, 'datasets-create', { name: 'small' });
    clear = injectFaults((step, file) => (step === 'rename' && path.basename(file) === 'dataset.json' ? fsError('EIO', step, file) : null));
    const r = await ok(b, 'observations-create', { fields: { note: 'in the log' } });
    expect(r.seq).toBe(1);
    const file = JSON.parse(readFileSync(path.join(dir, 'dataset.json'), 'utf8'));
    expect(file.observations).toEqual([]); // the file lags; the log has it
    // The writer dies here (no close): a new process opens the folder.
    const crashed = path.join(dirs.root, 'crashed');
    const { cpSync } = await import('node:fs');
    cpSync(dir, crashed, { recursive: true, filter: (f) => !f.endsWith('.lock') });
    clear();
    const b2 = backendFor(dirs);
    const snap = await ok(b2, 'datasets-open', { path: crashed });
    expect(notes(snap.doc)).toEqual(['in the log']);
    expect(snap.undo.undoLabel).toMatch(/^Add observation/);
    await ok(b2, 'history-undo');
    expect(notes((await ok(b2, 'dataset-snapshot')).doc)).toEqual([]);
    await b2.close();
    await b.close();
  });
});

describe('a folder Tally cannot write in (issue 10.9)', () => {
  it('opens read-only, saying why; edits are refused; nothing is written', async () => {
    const b0 = backendFor(dirs);
    const { path: dir } = await ok(b0, 'datasets-create', { name: 'notes' });
    await ok(b0, 'observations-create', { fields: { note: 'a' } });
    await b0.close();
    const before = readdirSync(dir).sort();
    // Root ignores permission bits, so the refusal comes from the fs edge as a read-only mount gives it.
    clear = injectFaults((step, file) => (file.startsWith(dir) && (step === 'open' || step === 'rename' || step === 'link') && !file.endsWith('dataset.json') && !file.endsWith('history.jsonl') ? fsError('EROFS', step, file) : null));
    const b = backendFor(dirs);
    const snap = await ok(b, 'datasets-open', { path: dir });
    expect(snap.readOnly).toBe(true);
    expect(snap.warnings[0]).toMatch(/cannot be written \(EROFS\): opened read-only/);
    expect(notes(snap.doc)).toEqual(['a']);
    await fails(b, 'observations-create', { fields: { note: 'b' } }, 'READ_ONLY');
    await ok(b, 'validation-report');
    await b.close();
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

