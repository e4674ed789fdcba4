import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CustomCellEditorProps } from 'ag-grid-react';
import { foldDiacritics } from '../../../../shared/text/fold';
import { completeFromCatalogue, type Completion } from '../../catalogue/catalogue-match';
import type { GridContext } from '../grid-context';

/** Which completion list a column offers; read from the grid context so the list follows the dataset. */
export type CompletionList = 'entityNames' | 'indicatorNames' | 'unitNames';
/** The catalogue half whose names and aliases complete the column (entity and indicator). */
export type CatalogueList = 'entities' | 'indicators';

const MAX_SHOWN = 12;

/** The value to start from: a typed character replaces the cell (as in a spreadsheet); Backspace/Delete clear it. */
export function startValue(value: unknown, eventKey: string | null | undefined): string {
  if (eventKey === 'Backspace' || eventKey === 'Delete') return '';
  if (eventKey && eventKey.length === 1) return eventKey;
  return value === null || value === undefined ? '' : String(value);
}

/** Names that contain what was typed, ignoring case and diacritics ("thai" offers "Thái Nguyên"); prefix matches first. */
export function matchNames(names: readonly string[], typed: string): string[] {
  const q = foldDiacritics(typed.trim());
  if (!q) return names.slice(0, MAX_SHOWN);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const n of names) {
    const f = foldDiacritics(n);
    if (f === q && n === typed.trim()) continue; // already exactly that
    if (f.startsWith(q)) starts.push(n);
    else if (f.includes(q)) contains.push(n);
    if (starts.length >= MAX_SHOWN) break;
  }
  return [...starts, ...contains].slice(0, MAX_SHOWN);
}

function useStartFocus(ref: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const el = ref.current;
    if (el) {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
  }, [ref]);
}

/**
 * A text editor with completion from the dataset's names: a listbox under the cell filtered as you type,
 * diacritic-insensitive; Arrow keys move in it, Enter or Tab take the highlighted name, free text stays allowed.
 */
/** One empty list, so a grid without lookups yet does not change the completions' inputs on every render. */
const NO_NAMES: readonly string[] = [];

export function CompletionEditor(props: CustomCellEditorProps & { list?: CompletionList; catalogue?: CatalogueList }) {
  const listId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => startValue(props.value, props.eventKey));
  const [active, setActive] = useState(-1);
  const [rect, setRect] = useState<DOMRect | null>(null);
  const context = props.context as GridContext;
  const names = context.lookups?.[props.list ?? 'entityNames'] ?? NO_NAMES;
  const records = props.catalogue ? context.catalogue?.[props.catalogue] : undefined;
  // Catalogue names and aliases first (an alias completes to its record's name), then other names in use.
  const options: Completion[] = useMemo(
    () => (records ? completeFromCatalogue(records, names, text, MAX_SHOWN) : matchNames(names, text).map((value) => ({ value }))),
    [records, names, text],
  );
  const state = useRef({ options, active });
  state.current = { options, active };

  const change = (v: string) => {
    setText(v);
    setActive(-1);
    props.onValueChange(v);
  };

  useEffect(() => props.onValueChange(text), []); // eslint-disable-line react-hooks/exhaustive-deps
  useStartFocus(ref);
  useLayoutEffect(() => setRect(ref.current?.getBoundingClientRect() ?? null), []);

  // A native listener on the input runs before the grid's own (on the cell) and keeps list keys from it.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      const { options: opts, active: at } = state.current;
      if (opts.length === 0) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.stopPropagation();
        e.preventDefault();
        // Up from the first name goes back to the typed text (-1).
        setActive(e.key === 'ArrowDown' ? Math.min(at + 1, opts.length - 1) : Math.max(at - 1, -1));
      } else if ((e.key === 'Enter' || e.key === 'Tab') && at >= 0) {
        // Take the highlighted name, then let the grid commit as usual.
        setText(opts[at].value);
        props.onValueChange(opts[at].value);
        el.value = opts[at].value;
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const open = options.length > 0 && rect !== null;
  return (
    <>
      <input
        ref={ref}
        className="grid-editor"
        role="combobox"
        aria-label={`Edit ${props.colDef.headerName ?? ''}`}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(e) => change(e.target.value)}
      />
      {open &&
        createPortal(
          <ul
            id={listId}
            role="listbox"
            aria-label={`${props.colDef.headerName ?? ''} suggestions`}
            className="completion-list"
            style={{ left: rect.left, top: rect.bottom + 2, minWidth: Math.max(rect.width, 200) }}
          >
            {options.map((o, i) => (
              <li
                key={`${o.value}\u0000${o.alias ?? ''}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : undefined}
                // Keep focus in the editor so the grid does not stop editing before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  change(o.value);
                  props.onValueChange(o.value);
                  setTimeout(() => props.api.stopEditing(), 0);
                }}
              >
                {o.value}
                {o.alias && <span className="completion-alias"> ← {o.alias}</span>}
              </li>
            ))}
          </ul>,
          document.body,
        )}
    </>
  );
}

/** A plain text editor that keeps whatever is typed (value, period, stated, note) for validation on commit. */
export function TextEditor(props: CustomCellEditorProps) {
  const ref = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => startValue(props.value, props.eventKey));
  useEffect(() => props.onValueChange(text), []); // eslint-disable-line react-hooks/exhaustive-deps
  useStartFocus(ref);
  return (
    <input
      ref={ref}
      className="grid-editor"
      aria-label={`Edit ${props.colDef.headerName ?? ''}`}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        props.onValueChange(e.target.value);
      }}
    />
  );
}
