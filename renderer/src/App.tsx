import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../shared/api/contract';
import type { MenuArgs, MenuCommand } from '../../shared/api/shell';
import { shell } from './api/client';
import { CataloguePanel } from './catalogue/CataloguePanel';
import { ExportDialog } from './export/ExportDialog';
import { GroupsProvider } from './groups/groups-store';
import { ObservationsGrid } from './grid/ObservationsGrid';
import { HistoryPanel } from './history/HistoryPanel';
import { I18nProvider, useT } from './i18n/I18nProvider';
import { ImportArticleDialog } from './import/ImportArticleDialog';
import { ImportObservations } from './interchange/ImportObservations';
import { ReaderPane } from './reader/ReaderPane';
import { ReviewView } from './review/ReviewView';
import { SettingsDialog } from './settings/SettingsDialog';
import { SourcesPanel } from './sources/SourcesPanel';
import { StartScreen } from './start/StartScreen';
import { DatasetProvider, errorText, UiProvider, useDataset, useUi, useUndoRedo, type View } from './state';
import { DatasetNotices } from './status/DatasetNotices';
import { StatusLine } from './status/StatusLine';
import { Toolbar } from './toolbar/Toolbar';
import { DismissibleMessage } from './ui/DismissibleMessage';
import { inTextField } from './ui/in-text-field';
import { SplitPane } from './ui/SplitPane';
import './theme.css';
import './app.css';

type AppInfo = Output<'app-info'>;

function Shell() {
  const t = useT();
  const { doc, run, setSnapshot, notice } = useDataset();
  const { view, dialog, openDialog, setView } = useUi();
  const { undo, redo } = useUndoRedo();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [loading, setLoading] = useState(true);
  // A dataset that failed to open (command line, menu), said on the start screen or above the open dataset.
  const [openError, setOpenError] = useState<string | null>(null);
  const [newDatasetRequest, setNewDatasetRequest] = useState(0);

  // On start: app info for the start screen, and the dataset the backend already has open (--dataset, reload).
  useEffect(() => {
    void (async () => {
      const i = await run('app-info', {});
      if (i.ok) setInfo(i.data);
      // After a reload the backend still has the dataset open; on first load it may name one to open (--dataset).
      const s = await run('dataset-snapshot', {});
      if (!s.ok && i.ok && i.data.openPath) {
        const o = await run('datasets-open', { path: i.data.openPath });
        if (!o.ok) setOpenError(t('app.couldNotOpen', { what: i.data.openPath, error: errorText(o.error) }));
      }
      setLoading(false);
    })();
  }, [run, t]);

  const closeDataset = useCallback(async () => {
    await run('datasets-close', {});
    setSnapshot(null);
    const i = await run('app-info', {});
    if (i.ok) setInfo(i.data);
  }, [run, setSnapshot]);

  /** Opens a dataset from the menu; a failure leaves the current one open and says why. */
  const openFrom = useCallback(
    async (what: string, opening: Promise<{ ok: boolean; error?: Parameters<typeof errorText>[0] }>) => {
      setOpenError(null);
      const r = await opening;
      if (!r.ok && r.error) return setOpenError(t('app.couldNotOpen', { what, error: errorText(r.error) }));
      openDialog(null);
      setView('observations');
    },
    [openDialog, setView, t],
  );

  // Once a dataset is open, a later start screen (after Close) does not take the menu's "New dataset…" focus again.
  const hasDoc = doc !== null;
  useEffect(() => {
    if (hasDoc) setNewDatasetRequest(0);
  }, [hasDoc]);

  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside text fields go to the dataset's history.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!doc || !(e.ctrlKey || e.metaKey) || inTextField(e.target) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        void undo();
      } else if ((k === 'z' && e.shiftKey) || k === 'y') {
        e.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doc, undo, redo]);

  // Native menu commands (Electron); in the browser onMenu never fires.
  useEffect(
    () =>
      shell.onMenu((command: MenuCommand, args: MenuArgs) => {
        switch (command) {
          case 'undo':
            return void undo();
          case 'redo':
            return void redo();
          case 'dataset-open-folder':
            if (args.path) void openFrom(args.path, run('datasets-open', { path: args.path }));
            return;
          case 'dataset-open-sample':
            return void openFrom(t('app.theSampleDataset'), run('datasets-open-sample', {}));
          case 'dataset-new':
            // The start screen asks for the new dataset's name: close the open one (its edits are on disk already).
            openDialog(null);
            setOpenError(null);
            setNewDatasetRequest((n) => n + 1);
            return void closeDataset();
          case 'view-observations':
          case 'view-review':
          case 'view-history':
            return setView(command.slice('view-'.length) as View);
          case 'export':
          case 'import-article':
          case 'import-observations':
          case 'add-source':
          case 'sources':
            if (doc) openDialog(command);
            return;
        }
      }),
    [doc, undo, redo, run, closeDataset, openFrom, openDialog, setView, t],
  );

  if (loading) return <main className="app-loading" aria-busy="true" aria-label={t('app.loading')} />;
  if (!doc)
    return (
      <div className="app">
        <StartScreen info={info} message={openError ?? notice} newDatasetRequest={newDatasetRequest} />
        {dialog === 'settings' && <SettingsDialog onClose={() => openDialog(null)} />}
      </div>
    );

  return (
    <div className="app">
      <Toolbar onCloseDataset={() => void closeDataset()} />
      {openError && (
        <DismissibleMessage role="alert" className="app-alert" onDismiss={() => setOpenError(null)}>
          {openError}
        </DismissibleMessage>
      )}
      <DatasetNotices />
      <main className="app__main">
        {view === 'observations' && <SplitPane left={<ObservationsGrid />} right={<ReaderPane />} storageKey="tally.split.grid" />}
        {view === 'review' && <ReviewView />}
        {view === 'history' && <HistoryPanel />}
      </main>
      <StatusLine />
      {(dialog === 'sources' || dialog === 'add-source') && <SourcesPanel startAdding={dialog === 'add-source'} onClose={() => openDialog(null)} />}
      {dialog === 'settings' && <SettingsDialog onClose={() => openDialog(null)} />}
      {dialog === 'catalogue' && <CataloguePanel onClose={() => openDialog(null)} />}
      {dialog === 'export' && <ExportDialog onClose={() => openDialog(null)} />}
      {dialog === 'import-article' && <ImportArticleDialog onClose={() => openDialog(null)} />}
      <ImportObservations />
    </div>
  );
}

/** The renderer root: state providers around the shell. main.tsx renders <App />. */
export function App() {
  return (
    <I18nProvider>
      <DatasetProvider>
        <GroupsProvider>
          <UiProvider>
            <Shell />
          </UiProvider>
        </GroupsProvider>
      </DatasetProvider>
    </I18nProvider>
  );
}

export default App;
