import { TableHead, type HeadCell } from '../ui/TableHead';
import type { CatalogueRecord } from './catalogue-match';
import type { Collection } from './RecordForm';

const ACTIONS: HeadCell = { key: 'actions', label: <span className="visually-hidden">Actions</span> };
const USED: HeadCell = { key: 'used', label: 'Observations', className: 'num' };
const HEADS: Record<Collection, HeadCell[]> = {
  entities: ['Name', 'Kind', 'Aliases', USED, ACTIONS],
  indicators: ['Name', 'Unit', 'Definition', 'Aliases', USED, ACTIONS],
};
const TITLE: Record<Collection, string> = { entities: 'Entities', indicators: 'Indicators' };

/** One half of the catalogue as a table, each row with Edit, Merge and Delete named after the record. */
export function RecordTable({
  collection,
  records,
  total,
  usage,
  onEdit,
  onMerge,
  onDelete,
}: {
  collection: Collection;
  records: readonly CatalogueRecord[];
  total: number;
  usage: (c: Collection, name: string) => number;
  onEdit: (r: CatalogueRecord) => void;
  onMerge: (r: CatalogueRecord) => void;
  onDelete: (r: CatalogueRecord) => void;
}) {
  const title = TITLE[collection];
  return (
    <section className="catalogue-section" aria-label={title}>
      <h3>
        {title} <span className="muted small">{records.length === total ? total : `${records.length} of ${total}`}</span>
      </h3>
      {records.length === 0 ? (
        <p className="muted small">{total === 0 ? `No ${title.toLowerCase()} yet.` : 'None match the filter.'}</p>
      ) : (
        <table className="catalogue-table" aria-label={`${title} list`}>
          <TableHead cells={HEADS[collection]} />
          <tbody>
            {records.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                {'kind' in r && <td>{r.kind}</td>}
                {'unit' in r && <td>{r.unit}</td>}
                {'definition' in r && <td className="catalogue-definition">{r.definition}</td>}
                <td className="catalogue-aliases">{r.aliases.join(' · ')}</td>
                <td className="num">{usage(collection, r.name)}</td>
                <td className="catalogue-actions">
                  <button type="button" aria-label={`Edit ${r.name}`} onClick={() => onEdit(r)}>
                    Edit
                  </button>
                  <button type="button" aria-label={`Merge ${r.name} into…`} onClick={() => onMerge(r)} disabled={total < 2}>
                    Merge…
                  </button>
                  <button type="button" aria-label={`Delete ${r.name}`} onClick={() => onDelete(r)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
