import type { ReactNode } from 'react';

/** A header cell: its text, or the text with a class (e.g. 'num' for a right-aligned number column). */
export type HeadCell = string | { label: ReactNode; key: string; className?: string };

/** A table's header row, every cell a column header (scope="col") so screen readers name each data cell. */
export function TableHead({ cells }: { cells: readonly HeadCell[] }) {
  return (
    <thead>
      <tr>
        {cells.map((c) =>
          typeof c === 'string' ? (
            <th key={c} scope="col">
              {c}
            </th>
          ) : (
            <th key={c.key} scope="col" className={c.className}>
              {c.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
