import { normaliseName } from '../crosscheck/group-key';
import type { Observation } from '../model/observation';
import { validateObservation } from '../model/validate-observation';
import type { Source, SourceMeta } from '../model/source';
import { guessLanguage } from '../import/guess-language';
import { locateAnchor, makeAnchor } from '../text/anchor';
import type { InterchangeError } from './columns';
import type { ParsedRow, SourceRef } from './from-row';

/**
 * A source the import must create. Its text is EMPTY: an interchange file carries only quotes, never the article,
 * and inventing a text from the quotes would make citations look checked when nothing was checked. So the source
 * keeps its id and metadata, its observations keep their quotes and offsets verbatim, and each citation counts as
 * orphaned until the curator adds the article's text as a new version (sources-add-version), which re-anchors them.
 * The data model allows this (a version may have length 0); only the sources-create method demands text.
 */
export interface NewSource {
  id: string;
  meta: SourceMeta;
}

export interface ImportPlan {
  sources: NewSource[];
  observations: Observation[];
  /** Rows that cannot be imported into this dataset (on top of the file's own errors). */
  errors: InterchangeError[];
}

export interface ImportContext {
  sources: readonly Source[];
  observationIds: ReadonlySet<string>;
  /** The current text of a dataset source, to fill in quote context; undefined when not at hand. */
  sourceText: (sourceId: string) => string | undefined;
  newId: (prefix: 'obs' | 'src') => string;
}

const COLUMN_OF: Record<string, string> = { sourceId: 'source_id', quote: 'quote', period: 'period', value: 'value', unit: 'unit' };

/**
 * Decides what importing rows into a dataset does. Sources are matched by source_id when the dataset has it, else
 * by URL, else (rows without source_id only) by title; a source named by id but unknown, or by title only, is created (keeping the file's id when
 * it gives one, so a round trip into an empty dataset keeps source ids). Observation ids must be new to the dataset;
 * rows without an id get a fresh one. Quote context comes from the source's text when the quote sits at its offsets.
 */
export function planImport(rows: readonly ParsedRow[], ctx: ImportContext): ImportPlan {
  const errors: InterchangeError[] = [];
  const sources: NewSource[] = [];
  const byId = new Map<string, { id: string; text?: string }>(ctx.sources.map((s) => [s.id, { id: s.id }]));
  const byUrl = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const s of ctx.sources) {
    if (s.url) byUrl.set(s.url, s.id);
    byTitle.set(normaliseName(s.title).toLowerCase(), s.id);
  }
  const dataset = new Set(ctx.sources.map((s) => s.id));
  const observations: Observation[] = [];

  for (const r of rows) {
    const obs = { ...r.observation };
    if (r.idGiven && ctx.observationIds.has(obs.id)) {
      errors.push({ row: r.row, column: 'id', message: `id "${obs.id}" is already in this dataset` });
      continue;
    }
    if (!r.idGiven) obs.id = ctx.newId('obs');
    if (r.source) {
      const sourceId = matchSource(r.source, r);
      if (!sourceId) continue;
      obs.sourceId = sourceId;
    }
    // A quote without offsets is found by its text in the source's text; where it cannot be (no text yet, or not
    // there) it stays unanchored, never refused: adding the article's text later re-anchors it.
    const text = obs.sourceId && dataset.has(obs.sourceId) ? ctx.sourceText(obs.sourceId) : undefined;
    let unanchored = false;
    if (obs.quote && !r.quoteOffsetsGiven) {
      const span = text ? locateAnchor(obs.quote, text) : null;
      if (span) obs.quote = makeAnchor(text as string, span.start, span.end);
      else unanchored = true;
    }
    // The store's own checks, so the preview reports what the import would refuse (value without unit, a quote
    // not at its offsets in a known text). A created source has no text yet, so its quotes are not checked here.
    const issues = validateObservation(obs, {
      sourceExists: (id) => byId.has(id),
      sourceText: (id) => (dataset.has(id) && !unanchored ? ctx.sourceText(id) : undefined),
    });
    if (issues.length) {
      for (const i of issues) errors.push({ row: r.row, column: COLUMN_OF[i.path] ?? i.path, message: i.message });
      continue;
    }
    if (obs.quote && r.quoteOffsetsGiven && text) {
      const q = obs.quote;
      if (q.end > q.start && text.slice(q.start, q.end) === q.exact) {
        obs.quote = { ...q, ...makeAnchor(text, q.start, q.end) };
      }
    }
    observations.push(obs);
  }
  // A source created for rows that all failed would be an empty shell: keep only the cited ones.
  const cited = new Set(observations.map((o) => o.sourceId));
  return { sources: sources.filter((s) => cited.has(s.id)), observations, errors };

  function matchSource(ref: SourceRef, r: ParsedRow): string | null {
    if (ref.id && byId.has(ref.id)) return ref.id;
    // A URL names an article well enough to match across datasets; a bare title only when the row gives no id.
    const found = (ref.url && byUrl.get(ref.url)) || (!ref.id && ref.title && byTitle.get(normaliseName(ref.title).toLowerCase()));
    if (found) return found;
    if (!ref.title) {
      errors.push({
        row: r.row,
        column: ref.id ? 'source_id' : 'source_title',
        message: ref.id
          ? `source "${ref.id}" is not in this dataset; give its source_title to create it`
          : 'no source in this dataset has this URL; give a source_title to create it',
      });
      return null;
    }
    const id = ref.id ?? ctx.newId('src');
    const o = r.observation;
    sources.push({
      id,
      meta: {
        title: ref.title,
        publisher: '',
        author: '',
        url: ref.url,
        published: ref.published,
        language: guessLanguage([ref.title, o.stated, o.quote?.exact ?? ''].join('\n')),
      },
    });
    byId.set(id, { id });
    if (ref.url) byUrl.set(ref.url, id);
    byTitle.set(normaliseName(ref.title).toLowerCase(), id);
    return id;
  }
}
