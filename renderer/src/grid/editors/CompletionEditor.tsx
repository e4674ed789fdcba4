import { useEffect, useId, useRef, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { GridContext } from '../grid-context';

/** Which completion list a column offers; read from the grid context so the list follows the dataset. */
export type CompletionList = 'entityNames' | 'indicatorNames' | 'unitNames';

/** The value to start from: a typed character replaces the cell (as in a spreadsheet); Backspace/Delete clear it. */
export function startValue(value: unknown, eventKey: string | null | undefined): string {
  if (eventKey === 'Backspace' || eventKey === 'Delete') return '';
  if (eventKey && eventKey.length === 1) return eventKey;
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A text editor with completion from the dataset's names (a native <datalist>), so "Thái" offers "Thái Nguyên"
 * while free text stays allowed for a new name.
 */
export function CompletionEditor(props: CustomCellEditorProps & { list?: CompletionList }) {
  const listId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => startValue(props.value, props.eventKey));
  const options = (props.context as GridContext).lookups?.[props.list ?? 'entityNames'] ?? [];
  useEffect(() => {
    props.onValueChange(text);
    const el = ref.current;
    if (el) {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
    // Only on mount: later changes go through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <>
      <input
        ref={ref}
        className="grid-editor"
        aria-label={`Edit ${props.colDef.headerName ?? ''}`}
        list={listId}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          props.onValueChange(e.target.value);
        }}
      />
      <datalist id={listId}>
        {options.slice(0, 500).map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </>
  );
}

/** A plain text editor that keeps whatever is typed (value, period, stated, note) for validation on commit. */
export function TextEditor(props: CustomCellEditorProps) {
  const ref = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => startValue(props.value, props.eventKey));
  useEffect(() => {
    props.onValueChange(text);
    const el = ref.current;
    if (el) {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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
