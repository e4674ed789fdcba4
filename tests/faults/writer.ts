// Child process of the fault suite: opens a dataset through the real backend and edits it until killed, printing
// "acked <i>" once edit i is reported saved. Mode "small" rewrites dataset.json on every edit; "journal" defers every
// rewrite (the journal threshold lowered to 0), as a large dataset does. Edit i: every fifth creates an observation
// noted "c <pid> <i>", every seventh adds a source text version "text <pid> <i>", the others note "e <pid> <i>" on
// one of the first ten observations.
import { createBackend } from '../../electron/backend/create-backend';

const [mode, dir, configDir] = process.argv.slice(2);

async function main() {
  const store = mode === 'journal' ? { deferWritesAboveBytes: 0, flushIdleMs: 20, flushMaxDelayMs: 80 } : { deferWritesAboveBytes: Number.MAX_SAFE_INTEGER };
  const b = createBackend({ datasetsDir: dir, configDir, sampleDir: dir, mode: 'web', version: 'test', store });
  const opened = await b.dispatch('datasets-open', { path: dir });
  if (!opened.ok) {
    process.stdout.write(`error ${opened.error.code} ${opened.error.message}\n`);
    process.exit(3);
  }
  process.stdout.write('ready\n');
  if (mode === 'hold') return void setInterval(() => {}, 1 << 30);
  const doc = (opened.data as { doc: { observations: { id: string }[]; sources: { id: string }[] } }).doc;
  const ids = doc.observations.slice(0, 10).map((o) => o.id);
  const sourceId = doc.sources[0].id;
  for (let i = 0; ; i++) {
    const r =
      i % 5 === 4
        ? await b.dispatch('observations-create', { fields: { entity: 'Thái Nguyên', note: `c ${process.pid} ${i}` } })
        : i % 7 === 6
          ? await b.dispatch('sources-add-version', { id: sourceId, text: `text ${process.pid} ${i}` })
          : await b.dispatch('observations-update', { id: ids[i % ids.length], patch: { note: `e ${process.pid} ${i} ${'đ'.repeat(i % 40)}` } });
    if (!r.ok) {
      process.stdout.write(`error ${r.error.code} ${r.error.message}\n`);
      process.exit(4);
    }
    process.stdout.write(`acked ${i}\n`);
  }
}

main().catch((err) => {
  process.stdout.write(`error ${String(err)}\n`);
  process.exit(5);
});
