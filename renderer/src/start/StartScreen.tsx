import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Output } from '../../../shared/api/contract';
import { errorText, useDataset } from '../state';
import './start-screen.css';

type AppInfo = Output<'app-info'>;
type Listing = Output<'datasets-list'>[number];

interface DatasetListItem {
  path: string;
  name: string;
  /** The line under the name: the folder, or what the dataset holds. */
  detail: ReactNode;
  /** The full text of the detail, when it may be cut short. */
  title?: string;
}

/** A list of datasets, each with an Open button named after it. */
function DatasetList({ label, items, busy, onOpen }: { label: string; items: DatasetListItem[]; busy: boolean; onOpen: (path: string) => void }) {
  return (
    <ul className="dataset-list" aria-label={label}>
      {items.map((d) => (
        <li key={d.path}>
          <span className="dataset-list__name">{d.name}</span>
          <span className="muted small dataset-list__path" title={d.title}>
            {d.detail}
          </span>
          <button type="button" disabled={busy} onClick={() => onOpen(d.path)} aria-label={`Open ${d.name}`}>
            Open
          </button>
        </li>
      ))}
    </ul>
  );
}

interface StartScreenProps {
  info: AppInfo | null;
  /** A message from elsewhere (a dataset that failed to open from the command line or the menu). */
  message?: string | null;
  /** Bumped by the menu's "New dataset…": the name field takes the focus. */
  newDatasetRequest?: number;
}

/** Shown when no dataset is open: the sample (on first start), a new dataset, recent and known datasets, a folder. */
export function StartScreen({ info, message = null, newDatasetRequest = 0 }: StartScreenProps) {
  const { run } = useDataset();
  const [datasets, setDatasets] = useState<Listing[] | null>(null);
  const [name, setName] = useState('');
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | null>(message);
  const [busy, setBusy] = useState(false);
  // The folder whose dataset.json failed to read but can be rebuilt from its history (the open error said so).
  const [recoverable, setRecoverable] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (message) setError(message);
  }, [message]);
  useEffect(() => {
    if (newDatasetRequest > 0) nameRef.current?.focus();
  }, [newDatasetRequest]);

  useEffect(() => {
    void run('datasets-list', {}).then((r) => setDatasets(r.ok ? r.data : []));
  }, [run]);

  const attempt = async (p: Promise<{ ok: boolean; error?: Parameters<typeof errorText>[0] }>, folderPath?: string) => {
    setBusy(true);
    setError(null);
    setRecoverable(null);
    const r = await p;
    setBusy(false);
    if (!r.ok && r.error) {
      setError(errorText(r.error));
      if (r.error.recoverable && folderPath) setRecoverable(folderPath);
    }
  };
  const createDataset = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError('A new dataset needs a name.');
    void attempt(run('datasets-create', { name: name.trim() }));
  };
  const openFolder = (e: FormEvent) => {
    e.preventDefault();
    if (!folder.trim()) return setError('Type the path of a dataset folder to open.');
    void attempt(run('datasets-open', { path: folder.trim() }), folder.trim());
  };
  const open = (path: string) => void attempt(run('datasets-open', { path }), path);

  const recent = info?.settings.recent ?? [];
  const recentPaths = new Set(recent.map((r) => r.path));
  const others = (datasets ?? []).filter((d) => !recentPaths.has(d.path));

  return (
    <main className="start-screen" aria-label="Start">
      <div className="start-screen__card">
        <h1>Tally</h1>
        <p className="muted">Curate cited figures from news articles, cross-check them and export validated datasets.</p>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        {recoverable && (
          <button type="button" disabled={busy} onClick={() => void attempt(run('datasets-recover', { path: recoverable }))}>
            Recover from history
          </button>
        )}
        {info?.sampleAvailable && (
          <section className="start-screen__section">
            <h2>Get started</h2>
            <button type="button" className="primary" disabled={busy} onClick={() => void attempt(run('datasets-open-sample', {}))}>
              Open sample dataset
            </button>
            <p className="muted small">Three Vietnamese news articles about Thái Nguyên with observations to explore.</p>
          </section>
        )}
        <section className="start-screen__section">
          <h2>New dataset…</h2>
          <form onSubmit={createDataset} className="inline-form">
            <label>
              Name
              <input ref={nameRef} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Provincial economy 2024" />
            </label>
            <button type="submit" disabled={busy}>
              Create dataset
            </button>
          </form>
        </section>
        {recent.length > 0 && (
          <section className="start-screen__section">
            <h2>Recent</h2>
            <DatasetList label="Recent datasets" busy={busy} onOpen={open} items={recent.map((r) => ({ path: r.path, name: r.name, detail: r.path, title: r.path }))} />
          </section>
        )}
        {others.length > 0 && (
          <section className="start-screen__section">
            <h2>Datasets</h2>
            <DatasetList
              label="Datasets"
              busy={busy}
              onOpen={open}
              items={others.map((d) => ({ path: d.path, name: d.name, detail: `${d.observations} observations · ${d.sources} sources` }))}
            />
          </section>
        )}
        <section className="start-screen__section">
          <h2>Open folder…</h2>
          <form onSubmit={openFolder} className="inline-form">
            <label>
              Dataset folder
              <input value={folder} onChange={(e) => setFolder(e.target.value)} placeholder={info?.datasetsDir ?? '/path/to/dataset'} />
            </label>
            <button type="submit" disabled={busy}>
              Open folder
            </button>
          </form>
        </section>
      </div>
    </main>
  );
}
