import type { Handlers } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import { readCatalogueFile } from '../../../shared/catalogue/read-catalogue-file';
import { decodeArticleBytes } from '../../../shared/import/decode-text';
import { addAlias, deleteRecord, mergeRecords, saveRecord } from '../catalogue/catalogue-edits';
import { exportCatalogue, importCatalogue } from '../catalogue/catalogue-interchange';
import { listSkips, setSkip } from '../catalogue/reader-skips';
import type { BackendContext } from '../context';
import type { Entity, Indicator } from '../../../shared/model/dataset';
import { getSource } from './helpers';

type CatalogueMethod =
  | 'catalogue-save-entity'
  | 'catalogue-save-indicator'
  | 'catalogue-delete'
  | 'catalogue-merge'
  | 'catalogue-add-alias'
  | 'catalogue-export'
  | 'catalogue-import'
  | 'reader-skips'
  | 'reader-skip';
type CatalogueHandlers = Pick<Handlers, CatalogueMethod>;

/** The catalogue (issue 9): every edit through the store, so it is in history and undone like any other. */
export function catalogueHandlers(ctx: BackendContext): CatalogueHandlers {
  return {
    'catalogue-save-entity': async (input) => {
      const store = ctx.store();
      const { record, ...m } = await store.mutate(ctx.who(), () => saveRecord(store, 'entities', input));
      return { ...m, entity: record as Entity };
    },
    'catalogue-save-indicator': async (input) => {
      const store = ctx.store();
      const { record, ...m } = await store.mutate(ctx.who(), () => saveRecord(store, 'indicators', input));
      return { ...m, indicator: record as Indicator };
    },
    'catalogue-delete': async ({ collection, id }) => {
      const store = ctx.store();
      return store.mutate(ctx.who(), () => deleteRecord(store, collection, id));
    },
    'catalogue-merge': async ({ collection, fromId, intoId }) => {
      const store = ctx.store();
      return store.mutate(ctx.who(), () => mergeRecords(store, collection, fromId, intoId));
    },
    'catalogue-add-alias': async ({ collection, id, alias }) => {
      const store = ctx.store();
      return store.mutate(ctx.who(), () => addAlias(store, collection, id, alias));
    },
    'catalogue-export': async () => exportCatalogue(ctx.store().doc),
    'catalogue-import': async ({ fileName, dataBase64 }) => {
      const store = ctx.store();
      const text = decodeArticleBytes(new Uint8Array(Buffer.from(dataBase64, 'base64')), fileName);
      const file = readCatalogueFile(text, fileName, store.doc);
      const { added, updated, ...m } = await store.mutate(ctx.who(), () => importCatalogue(store, file, fileName));
      return { ...m, added, updated };
    },
    'reader-skips': async ({ sourceId }) => {
      const store = ctx.store();
      getSource(store.doc, sourceId);
      return listSkips(store.dir, sourceId);
    },
    'reader-skip': async ({ skipped, ...skip }) => {
      const store = ctx.store();
      getSource(store.doc, skip.sourceId);
      if (skip.end <= skip.start) throw new TallyError('INVALID_INPUT', `a skipped suggestion must span some text (start ${skip.start}, end ${skip.end})`);
      // Alone with the dataset's changes, so two skips in quick succession cannot overwrite each other.
      return store.exclusive(() => setSkip(store.dir, skip, skipped));
    },
  };
}
