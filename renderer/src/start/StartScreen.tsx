import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Output } from '../../../shared/api/contract';
import { useT } from '../i18n/I18nProvider';
import { errorText, useDataset, useUi } from '../state';
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
  const t = useT();
  return (
    <ul className="dataset-list" aria-label={label}>
      {items.map((d) => (
        <li key={d.path}>
          <span className="dataset-list__name">{d.name}</span>
          <span className="muted small dataset-list__path" title={d.title}>
            {d.detail}
          </span>
          <button type="button" disabled={busy} onClick={() => onOpen(d.path)} aria-label={t('start.openNamed', { name: d.name })}>
            {t('start.open')}
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
  const t = useT();
  const { run } = useDataset();
  const { openDialog } = useUi();
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
    if (!name.trim()) return setError(t('start.needsName'));
    void attempt(run('datasets-create', { name: name.trim() }));
  };
  const openFolder = (e: FormEvent) => {
    e.preventDefault();
    if (!folder.trim()) return setError(t('start.needsFolder'));
    void attempt(run('datasets-open', { path: folder.trim() }), folder.trim());
  };
  const open = (path: string) => void attempt(run('datasets-open', { path }), path);

  const recent = info?.settings.recent ?? [];
  const recentPaths = new Set(recent.map((r) => r.path));
  const others = (datasets ?? []).filter((d) => !recentPaths.has(d.path));

  return (
    <main className="start-screen" aria-label={t('start.region')}>
      <div className="start-screen__card">
        <h1>Tally</h1>
        <button type="button" className="start-screen__settings" onClick={() => openDialog('settings')}>
          {t('toolbar.settings')}
        </button>
        <p className="muted">{t('start.tagline')}</p>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        {recoverable && (
          <button type="button" disabled={busy} onClick={() => void attempt(run('datasets-recover', { path: recoverable }))}>
            {t('start.recover')}
          </button>
        )}
        {info?.sampleAvailable && (
          <section className="start-screen__section">
            <h2>{t('start.getStarted')}</h2>
            <button type="button" className="primary" disabled={busy} onClick={() => void attempt(run('datasets-open-sample', {}))}>
              {t('start.openSample')}
            </button>
            <p className="muted small">{t('start.sampleAbout')}</p>
          </section>
        )}
        <section className="start-screen__section">
          <h2>{t('start.newDataset')}</h2>
          <form onSubmit={createDataset} className="inline-form">
            <label>
              {t('start.name')}
              <input ref={nameRef} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('start.namePlaceholder')} />
            </label>
            <button type="submit" disabled={busy}>
              {t('start.create')}
            </button>
          </form>
        </section>
        {recent.length > 0 && (
          <section className="start-screen__section">
            <h2>{t('start.recent')}</h2>
            <DatasetList label={t('start.recentDatasets')} busy={busy} onOpen={open} items={recent.map((r) => ({ path: r.path, name: r.name, detail: r.path, title: r.path }))} />
          </section>
        )}
        {others.length > 0 && (
          <section className="start-screen__section">
            <h2>{t('start.datasets')}</h2>
            <DatasetList
              label={t('start.datasets')}
              busy={busy}
              onOpen={open}
              items={others.map((d) => ({ path: d.path, name: d.name, detail: t('start.counts', { observations: t('start.observationCount', { count: d.observations }), sources: t('start.sourceCount', { count: d.sources }) }) }))}
            />
          </section>
        )}
        <section className="start-screen__section">
          <h2>{t('start.openFolderHeading')}</h2>
          <form onSubmit={openFolder} className="inline-form">
            <label>
              {t('start.datasetFolder')}
              <input value={folder} onChange={(e) => setFolder(e.target.value)} placeholder={info?.datasetsDir ?? t('start.folderPlaceholder')} />
            </label>
            <button type="submit" disabled={busy}>
              {t('start.openFolder')}
            </button>
          </form>
        </section>
      </div>
    </main>
  );
}
