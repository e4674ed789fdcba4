import type { InterchangePreview } from '../../../shared/api/contract';
import type { Observation } from '../../../shared/model';
import { useDataset } from '../state';
import { TableHead } from '../ui/TableHead';

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 10 });
const ERROR_COLUMNS = ['Row', 'Column', 'Message'];
const SAMPLE_COLUMNS = ['Entity', 'Indicator', 'Period', 'Stated', 'Value', 'Unit', 'Qualifier', 'Source'];

/** The per-row error report: row (1 = the first data row; 0 = the file as a whole), column and message. */
export function ErrorTable({ errors }: { errors: InterchangePreview['errors'] }) {
  return (
    <div className="interchange-scroll interchange-scroll--errors">
      <table className="interchange-table" aria-label="Rows with errors">
        <TableHead cells={ERROR_COLUMNS} />
        <tbody>
          {errors.map((e, i) => (
            <tr key={i}>
              <td className="num">{e.row > 0 ? e.row : '—'}</td>
              <td>{e.column || '—'}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The first rows as they will be imported, in the columns a curator checks first. */
export function SampleTable({ rows }: { rows: Observation[] }) {
  const { lookups } = useDataset();
  return (
    <div className="interchange-scroll">
      <table className="interchange-table" aria-label="Preview of the first rows">
        <TableHead cells={SAMPLE_COLUMNS} />
        <tbody>
          {rows.map((o) => (
            <tr key={o.id}>
              <td>{o.entity}</td>
              <td>{o.indicator}</td>
              <td>{o.period}</td>
              <td>{o.stated}</td>
              <td className="num">{o.value === null ? '' : NUMBER.format(o.value)}</td>
              <td>{o.unit}</td>
              <td>{o.qualifier}</td>
              <td>{o.sourceId ? (lookups?.sourcesById.get(o.sourceId)?.title ?? `${o.sourceId} (new source)`) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
