import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  rootRelsXml,
  SHEET_END_XML,
  SheetRows,
  sheetPath,
  sheetStartXml,
  stylesXml,
  type WorkbookProperties,
  workbookRelsXml,
  workbookXml,
} from '../../../shared/export/spreadsheet-xml';
import type { TableDef, TableRecord } from '../../../shared/export/tables';
import { inChunks, throwIfCancelled, type ProgressCounter } from './chunks';

export interface Sheet {
  table: TableDef;
  records: readonly TableRecord[];
}

export type WorkbookMeta = WorkbookProperties;

/**
 * Fast deflate: sheet XML is repetitive, so level 1 already shrinks it about tenfold, at several times the speed of
 * the default level (the 200k-row export is mostly compression time).
 */
const COMPRESSION_LEVEL = 1;

/** Writes text to a stream entry with back-pressure (the zip reads one entry at a time); stops if the file fails. */
async function put(stream: PassThrough, text: string, failed: Promise<never>): Promise<void> {
  if (!stream.write(text)) await Promise.race([once(stream, 'drain'), failed]);
}

/**
 * Writes a workbook: the SpreadsheetML parts as text, zipped as they are produced by yazl (Node's own zlib, ZIP64
 * when needed), so 200k rows never sit in memory as cell objects. One sheet per table with a bold frozen header row
 * and column widths from the table definitions. Returns the bytes written. On cancel or failure the zip is
 * abandoned and the file closed; the caller removes it.
 */
export async function writeWorkbook(file: string, sheets: readonly Sheet[], meta: WorkbookMeta, opts: { progress: ProgressCounter; signal?: AbortSignal }): Promise<number> {
  const zip = new yazl.ZipFile();
  const out = createWriteStream(file, { flags: 'wx' });
  const written = pipeline(zip.outputStream, out);
  // A write error (full disk) must end the waits on the entry streams too, or they would wait forever.
  const failed = new Promise<never>((_, reject) => void written.catch(reject));
  failed.catch(() => {});
  const text = (name: string, body: string) => zip.addBuffer(Buffer.from(body, 'utf8'), name, { compressionLevel: COMPRESSION_LEVEL });
  try {
    text('[Content_Types].xml', contentTypesXml(sheets.length));
    text('_rels/.rels', rootRelsXml());
    text('docProps/core.xml', corePropertiesXml(meta, new Date().toISOString()));
    text('docProps/app.xml', appPropertiesXml());
    text('xl/workbook.xml', workbookXml(sheets.map((s) => s.table.sheet)));
    text('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.length));
    text('xl/styles.xml', stylesXml());
    for (const [i, { table, records }] of sheets.entries()) {
      const entry = new PassThrough({ highWaterMark: 1 << 20 });
      zip.addReadStream(entry, sheetPath(i), { compressionLevel: COMPRESSION_LEVEL });
      const rows = new SheetRows(table.fields.map((f) => f.name));
      await put(entry, sheetStartXml(table.fields), failed);
      await inChunks(records, (chunk) => put(entry, rows.xml(chunk), failed), opts.progress, opts.signal);
      entry.end(SHEET_END_XML);
      await Promise.race([once(entry, 'end'), failed]);
    }
    throwIfCancelled(opts.signal);
    zip.end();
    await written;
  } catch (err) {
    out.destroy();
    await once(out, 'close').catch(() => {});
    throw err;
  }
  return out.bytesWritten;
}
