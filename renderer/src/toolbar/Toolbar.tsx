import { useDataset, useUi, useUndoRedo, type View } from '../state';
import './toolbar.css';

const VIEWS: Array<{ id: View; label: string }> = [
  { id: 'observations', label: 'Observations' },
  { id: 'review', label: 'Review' },
  { id: 'history', label: 'History' },
];

/** Dataset name, the view switch and the main commands; every button has an accessible name. */
export function Toolbar({ onCloseDataset }: { onCloseDataset: () => void }) {
  const { doc } = useDataset();
  const { view, setView, openDialog } = useUi();
  const { undo, redo, state } = useUndoRedo();
  return (
    <header className="toolbar" role="toolbar" aria-label="Main">
      <button type="button" className="toolbar__home" onClick={onCloseDataset} aria-label="Close dataset" title="Close dataset">
        ⌂
      </button>
      <h1 className="toolbar__name" title={doc?.meta.title || doc?.meta.name}>
        {doc?.meta.name}
      </h1>
      <nav className="segmented" aria-label="View">
        {VIEWS.map((v) => (
          <button key={v.id} type="button" aria-pressed={view === v.id} onClick={() => setView(v.id)}>
            {v.label}
          </button>
        ))}
      </nav>
      <span className="toolbar__spacer" />
      <button type="button" onClick={() => openDialog('sources')}>
        Sources
      </button>
      <button type="button" onClick={() => openDialog('add-source')}>
        Add source
      </button>
      <button type="button" onClick={() => openDialog('import-article')}>
        Import article…
      </button>
      <button type="button" onClick={() => openDialog('import-observations')}>
        Import observations (CSV/JSON)…
      </button>
      <button type="button" onClick={() => openDialog('export')}>
        Export…
      </button>
      <span className="toolbar__sep" />
      <button
        type="button"
        onClick={() => void undo()}
        disabled={!state.canUndo}
        aria-label="Undo"
        title={state.undoLabel ? `Undo: ${state.undoLabel} (Ctrl+Z)` : 'Undo (Ctrl+Z)'}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        onClick={() => void redo()}
        disabled={!state.canRedo}
        aria-label="Redo"
        title={state.redoLabel ? `Redo: ${state.redoLabel} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'}
      >
        ↷ Redo
      </button>
    </header>
  );
}
