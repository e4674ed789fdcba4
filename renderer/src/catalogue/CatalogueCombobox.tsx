import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { completeFromCatalogue, type CatalogueRecord } from './catalogue-match';

const MAX_SHOWN = 8;

/**
 * A text field completing from catalogue names and aliases (an alias completes to its record's name), ignoring
 * diacritics; free text stays allowed. Arrow keys move in the list, Enter takes the highlighted name (and only
 * then stops there: with nothing highlighted Enter reaches the form).
 */
export function CatalogueCombobox({
  label,
  value,
  onChange,
  records,
  autoFocus,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  records: readonly CatalogueRecord[];
  autoFocus?: boolean;
}) {
  const listId = useId();
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const options = useMemo(() => (open ? completeFromCatalogue(records, [], value, MAX_SHOWN) : []), [records, value, open]);
  const take = (v: string) => {
    onChange(v);
    setActive(-1);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (options.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((at) => (e.key === 'ArrowDown' ? Math.min(at + 1, options.length - 1) : Math.max(at - 1, -1)));
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      take(options[active].value);
    } else if (e.key === 'Escape' && open) {
      // The first Escape closes the list; the next reaches the form.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };
  const expanded = options.length > 0;
  return (
    <label className="catalogue-combobox">
      {label}
      <input
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        autoFocus={autoFocus}
        onChange={(e) => {
          onChange(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={listId} role="listbox" aria-label={`${label} suggestions`} className="completion-list completion-list--inline">
          {options.map((o, i) => (
            <li
              key={`${o.value}\u0000${o.alias ?? ''}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => take(o.value)}
            >
              {o.value}
              {o.alias && <span className="completion-alias"> ← {o.alias}</span>}
            </li>
          ))}
        </ul>
      )}
    </label>
  );
}
