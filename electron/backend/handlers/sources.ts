import type { Handlers } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import { readArticleDraft } from '../../../shared/import/read-article';
import type { HistoryChange } from '../../../shared/model/history';
import type { Observation } from '../../../shared/model/observation';
import { currentVersion, Source } from '../../../shared/model/source';
import { reanchorAll } from '../../../shared/text/anchor';
import type { BackendContext } from '../context';
import { hashText } from '../store/source-texts';
import { change, getSource, nowIso, parseInput, plural } from './helpers';

type SourceHandlers = Pick<
  Handlers,
  'sources-parse-file' | 'sources-create' | 'sources-update' | 'sources-add-version' | 'sources-delete' | 'sources-text'
>;

const citing = (observations: readonly Observation[], sourceId: string) => observations.filter((o) => o.sourceId === sourceId);

export function sourceHandlers(ctx: BackendContext): SourceHandlers {
  return {
    'sources-parse-file': async ({ fileName, dataBase64 }) => readArticleDraft(fileName, new Uint8Array(Buffer.from(dataBase64, 'base64'))),

    'sources-create': async ({ meta, text }) => {
      const store = ctx.store();
      return store.mutate(ctx.who(), async () => {
        const id = store.ids.next('sources');
        const version = await store.storeSourceText(id, text);
        const at = nowIso();
        const source = parseInput(Source, { ...meta, id, versions: [version], createdAt: at, updatedAt: at });
        return { action: 'sources-create', label: `Add source "${source.title}"`, changes: [change('sources', id, null, source)], extra: { source } };
      });
    },

    'sources-update': async ({ id, patch }) => {
      const store = ctx.store();
      return store.mutate(ctx.who(), () => {
        const before = getSource(store.doc, id);
        const after = parseInput(Source, { ...before, ...patch, updatedAt: nowIso() });
        const fields = Object.keys(patch).filter((k) => JSON.stringify(before[k as keyof Source]) !== JSON.stringify(after[k as keyof Source]));
        if (fields.length === 0) return { action: 'sources-update', label: '', changes: [] };
        return { action: 'sources-update', label: `Edit ${fields.join(', ')} of source "${before.title}"`, changes: [change('sources', id, before, after)] };
      });
    },

    // A corrected text never replaces the old file: it becomes v<N+1>, and each citing quote is found again in it.
    'sources-add-version': async ({ id, text }) => {
      const store = ctx.store();
      return store.mutate(ctx.who(), async () => {
        const before = getSource(store.doc, id);
        if (hashText(text) === currentVersion(before).hash) {
          return { action: 'sources-add-version', label: '', changes: [], extra: { orphaned: [] as string[] } };
        }
        const version = await store.storeSourceText(id, text, before.versions);
        const at = nowIso();
        const after = parseInput(Source, { ...before, versions: [...before.versions, version], updatedAt: at });
        const changes: HistoryChange[] = [change('sources', id, before, after)];
        const cited = citing(store.doc.observations, id);
        const { items, orphaned } = reanchorAll(cited, text); // lost quotes are kept as they were, and reported
        items.forEach((o, i) => {
          if (o !== cited[i]) changes.push(change('observations', o.id, cited[i], { ...o, updatedAt: at }));
        });
        const label = `New text version of source "${before.title}"${orphaned.length ? ` (${plural(orphaned.length, 'quote')} not found)` : ''}`;
        return { action: 'sources-add-version', label, changes, extra: { orphaned } };
      });
    },

    // With force, citing observations are kept but unsourced: sourceId and quote cleared, the quote kept in the note.
    'sources-delete': async ({ id, force }) => {
      const store = ctx.store();
      return store.mutate(ctx.who(), () => {
        const source = getSource(store.doc, id);
        const cited = citing(store.doc.observations, id);
        if (cited.length && !force) {
          throw new TallyError(
            'SOURCE_CITED',
            `source "${source.title}" is cited by ${plural(cited.length, 'observation')}; delete with force to keep them without a source`,
            { issues: [{ path: 'id', message: String(cited.length) }] },
          );
        }
        const at = nowIso();
        const changes: HistoryChange[] = cited.map((o) => {
          const kept = o.quote ? ` quote: "${o.quote.exact}"` : '';
          const note = `${o.note ? `${o.note}\n` : ''}[source deleted: "${source.title}"${kept}]`;
          return change('observations', o.id, o, { ...o, sourceId: null, quote: null, note, updatedAt: at });
        });
        changes.push(change('sources', id, source, null));
        return { action: 'sources-delete', label: `Delete source "${source.title}"`, changes };
      });
    },

    'sources-text': async ({ id }) => {
      const store = ctx.store();
      const v = currentVersion(getSource(store.doc, id));
      return { id, text: await store.readVersionText(v), hash: v.hash };
    },
  };
}
