import { useT } from '../i18n/I18nProvider';
import { useDataset, useUi, useUndoRedo, type View } from '../state';
import './toolbar.css';

const VIEWS = [
  { id: 'observations', label: 'toolbar.observations' },
  { id: 'review', label: 'toolbar.review' },
  { id: 'history', label: 'toolbar.history' },
] as const satisfies ReadonlyArray<{ id: View; label: string }>;

/** Dataset name, the view switch and the main commands; every button has an accessible name. */
export function Toolbar({ onCloseDataset }: { onCloseDataset: () => void }) {
  const t = useT();
  const { doc } = useDataset();
  const { view, setView, openDialog } = useUi();
  const { undo, redo, state } = useUndoRedo();
  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.main')}>
      <button type="button" className="toolbar__home" onClick={onCloseDataset} aria-label={t('toolbar.closeDataset')} title={t('toolbar.closeDataset')}>
        ⌂
      </button>
      <h1 className="toolbar__name" title={doc?.meta.title || doc?.meta.name}>
        {doc?.meta.name}
      </h1>
      <nav className="segmented" aria-label={t('toolbar.view')}>
        {VIEWS.map((v) => (
          <button key={v.id} type="button" aria-pressed={view === v.id} onClick={() => setView(v.id)}>
            {t(v.label)}
          </button>
        ))}
      </nav>
      <span className="toolbar__spacer" />
      {/* Short visible labels keep the bar on one line; each accessible name (aria-label) says the whole command. */}
      <div className="toolbar__group" role="group" aria-label={t('toolbar.sourcesGroup')}>
        <button type="button" onClick={() => openDialog('sources')} title={t('toolbar.sourcesTitle')}>
          {t('toolbar.sources')}
        </button>
        <button type="button" onClick={() => openDialog('add-source')} title={t('toolbar.addSourceTitle')}>
          {t('toolbar.addSource')}
        </button>
        <button type="button" onClick={() => openDialog('catalogue')} title={t('toolbar.catalogueTitle')}>
          {t('toolbar.catalogue')}
        </button>
      </div>
      <div className="toolbar__group" role="group" aria-label={t('toolbar.importExport')}>
        <button type="button" onClick={() => openDialog('import-article')} title={t('toolbar.importArticleTitle')}>
          {t('toolbar.importArticle')}
        </button>
        <button
          type="button"
          onClick={() => openDialog('import-observations')}
          aria-label={t('toolbar.importObservationsName')}
          title={t('toolbar.importObservationsTitle')}
        >
          {t('toolbar.importObservations')}
        </button>
        <button type="button" onClick={() => openDialog('export')} title={t('toolbar.exportTitle')}>
          {t('toolbar.export')}
        </button>
      </div>
      <span className="toolbar__sep" />
      {[
        { name: t('toolbar.undo'), icon: '↶', keys: 'Ctrl+Z', run: undo, can: state.canUndo, what: state.undoLabel },
        { name: t('toolbar.redo'), icon: '↷', keys: 'Ctrl+Shift+Z', run: redo, can: state.canRedo, what: state.redoLabel },
      ].map((c) => (
        <button
          key={c.icon}
          type="button"
          className="toolbar__icon"
          onClick={() => void c.run()}
          disabled={!c.can}
          aria-label={c.name}
          title={c.what ? t('toolbar.commandWhatKeys', { name: c.name, what: c.what, keys: c.keys }) : t('toolbar.commandKeys', { name: c.name, keys: c.keys })}
        >
          {c.icon}
        </button>
      ))}
      <button type="button" className="toolbar__icon" onClick={() => openDialog('settings')} aria-label={t('toolbar.settings')} title={t('toolbar.settings')}>
        ⚙
      </button>
    </header>
  );
}
