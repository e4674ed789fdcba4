import type { TableRecord } from '../../../shared/export/tables';
import { jsonRecordText } from '../../../shared/interchange/json';
import { inChunks, type ProgressCounter } from './chunks';
import { StreamFile } from './stream-file';

export interface JsonWriteOptions {
  progress: ProgressCounter;
  signal?: AbortSignal;
  /**
   * Without a header the file is a bare array of rows (the interchange form, importable). With one, the file is an
   * object: the header's fields first (e.g. draft: true), then `rows`.
   */
  header?: Record<string, unknown>;
}

/** Writes records as JSON, one row per line, keys in `columns` order. Returns the bytes written. */
export async function writeJsonRows(file: string, columns: readonly string[], records: readonly TableRecord[], opts: JsonWriteOptions): Promise<number> {
  const out = new StreamFile(file);
  try {
    if (opts.header) {
      const head = JSON.stringify(opts.header, null, 2);
      await out.write(`${head.slice(0, -2)},\n  "rows": [`);
    } else await out.write('[');
    let first = true;
    await inChunks(
      records,
      (chunk) => {
        const text = chunk.map((r) => `\n${jsonRecordText(r, columns)}`).join(',');
        const piece = (first ? '' : ',') + text;
        first = false;
        return out.write(piece);
      },
      opts.progress,
      opts.signal,
    );
    await out.write(opts.header ? `${records.length ? '\n' : ''}]\n}\n` : `${records.length ? '\n' : ''}]\n`);
    await out.close();
    return out.bytes;
  } catch (err) {
    await out.destroy();
    throw err;
  }
}
