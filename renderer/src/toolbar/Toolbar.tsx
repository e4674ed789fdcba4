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
      {/* Short visible labels keep the bar on one line; each accessible name (aria-label) says the whole command. */}
      <div className="toolbar__group" role="group" aria-label="Sources">
        <button type="button" onClick={() => openDialog('sources')} title="List, edit and delete the dataset's sources">
          Sources
        </button>
        <button type="button" onClick={() => openDialog('add-source')} title="Add a source by pasting its text">
          Add source
        </button>
        <button type="button" onClick={() => openDialog('catalogue')} title="Entities and indicators, with their aliases">
          Catalogue
        </button>
      </div>
      <div className="toolbar__group" role="group" aria-label="Import and export">
        <button type="button" onClick={() => openDialog('import-article')} title="Import an article (.txt, .md, .html or pasted text)">
          Import article…
        </button>
        <button
          type="button"
          onClick={() => openDialog('import-observations')}
          aria-label="Import observations (CSV/JSON)…"
          title="Import observations from a CSV or JSON file in the interchange columns"
        >
          Import observations…
        </button>
        <button type="button" onClick={() => openDialog('export')} title="Check the dataset and export it (CSV, XLSX, JSON, Data Package)">
          Export…
        </button>
      </div>
      <span className="toolbar__sep" />
      {[
        { name: 'Undo', icon: '↶', keys: 'Ctrl+Z', run: undo, can: state.canUndo, what: state.undoLabel },
        { name: 'Redo', icon: '↷', keys: 'Ctrl+Shift+Z', run: redo, can: state.canRedo, what: state.redoLabel },
      ].map((c) => (
        <button
          key={c.name}
          type="button"
          className="toolbar__icon"
          onClick={() => void c.run()}
          disabled={!c.can}
          aria-label={c.name}
          title={c.what ? `${c.name}: ${c.what} (${c.keys})` : `${c.name} (${c.keys})`}
        >
          {c.icon}
        </button>
      ))}
    </header>
  );
}
