import type { Entity, Indicator } from '../model/dataset';
import { foldDiacritics } from '../text/fold';
import { TERM_WORD, termKey, termWords } from './catalogue-term';
import { findGrowthIndicator } from './growth-indicator';

/** What the index needs of a catalogue: the dataset's records or a catalogue file's entries. */
export interface CatalogueLike {
  entities: readonly Pick<Entity, 'name' | 'aliases'>[];
  indicators: readonly (Pick<Indicator, 'name' | 'aliases'> & { unit?: string })[];
}

export type CatalogueKind = 'entity' | 'indicator';

/** A name or alias of a catalogue record standing in a text: text[start, end). */
export interface CatalogueMatch {
  start: number;
  end: number;
  kind: CatalogueKind;
  /** The record's name (what an observation stores). */
  name: string;
  /** An indicator's canonical unit ('' when not fixed); always '' for an entity. */
  unit: string;
}

export interface CatalogueIndex {
  readonly size: number;
  /**
   * Every occurrence of a name or alias in text[from, to), in text order, not overlapping: whole words only,
   * case and diacritics folded, the longest one winning where several start at the same word.
   */
  find(text: string, from?: number, to?: number): CatalogueMatch[];
  /** The indicator that is the percent change of indicator `name` ("Export value" → "Export growth"), or null. */
  growthOf(name: string): string | null;
}

interface Term {
  /** Folded words after the first. */
  rest: string[];
  kind: CatalogueKind;
  name: string;
  unit: string;
}

/** Between the words of one term: spaces, hyphens, slashes; never a clause or line break ("GRDP/người", "Bà Rịa - Vũng Tàu"). */
const BREAKS = /[.,;:!?()[\]{}"“”«»|•\n\r\t]/;
const WORD_CACHE_LIMIT = 100_000;

/**
 * An index of a catalogue's names and aliases by their first folded word, so a text is read once, word by word,
 * with one map lookup per word whatever the catalogue's size.
 */
export function buildCatalogueIndex(catalogue: CatalogueLike): CatalogueIndex {
  const byFirst = new Map<string, Term[]>();
  const add = (term: string, kind: CatalogueKind, name: string, unit: string) => {
    const words = termWords(term);
    if (words.length === 0) return;
    const list = byFirst.get(words[0]) ?? [];
    if (list.some((t) => t.kind === kind && t.rest.join(' ') === words.slice(1).join(' '))) return;
    list.push({ rest: words.slice(1), kind, name, unit });
    byFirst.set(words[0], list);
  };
  for (const e of catalogue.entities) for (const t of [e.name, ...e.aliases]) add(t, 'entity', e.name, '');
  for (const i of catalogue.indicators) for (const t of [i.name, ...i.aliases]) add(t, 'indicator', i.name, i.unit ?? '');
  const indicatorByKey = new Map(catalogue.indicators.map((i) => [termKey(i.name), i.name]));
  // Longest first: "kim ngạch xuất khẩu" before "kim ngạch".
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);

  const folded = new Map<string, string>();
  const fold = (w: string) => {
    let f = folded.get(w);
    if (f === undefined) {
      if (folded.size >= WORD_CACHE_LIMIT) folded.clear();
      f = foldDiacritics(w);
      folded.set(w, f);
    }
    return f;
  };

  return {
    size: byFirst.size,
    growthOf: (name) => findGrowthIndicator(name, indicatorByKey),
    find(text, from = 0, to = text.length) {
      const out: CatalogueMatch[] = [];
      if (byFirst.size === 0 || from >= to) return out;
      const re = new RegExp(TERM_WORD.source, 'gu');
      re.lastIndex = from;
      // Words are read one ahead only when a term of several words starts here.
      for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
        const list = byFirst.get(fold(m[0]));
        if (!list) continue;
        const start = m.index;
        const firstEnd = start + m[0].length;
        let ahead: { start: number; end: number; word: string }[] | null = null;
        for (const term of list) {
          if (term.rest.length === 0) {
            out.push({ start, end: firstEnd, kind: term.kind, name: term.name, unit: term.unit });
            break;
          }
          ahead ??= wordsAfter(text, firstEnd, to, list[0].rest.length, fold);
          if (ahead.length < term.rest.length) continue;
          if (!term.rest.every((w, k) => ahead?.[k].word === w)) continue;
          const end = ahead[term.rest.length - 1].end;
          out.push({ start, end, kind: term.kind, name: term.name, unit: term.unit });
          re.lastIndex = end;
          break;
        }
      }
      return out;
    },
  };
}

/** Up to `n` folded words after `at` that continue the same phrase (no clause break between them). */
function wordsAfter(text: string, at: number, to: number, n: number, fold: (w: string) => string) {
  const re = new RegExp(TERM_WORD.source, 'gu');
  re.lastIndex = at;
  const out: { start: number; end: number; word: string }[] = [];
  let prev = at;
  for (let m = re.exec(text); m && out.length < n && m.index + m[0].length <= to; m = re.exec(text)) {
    if (BREAKS.test(text.slice(prev, m.index))) break;
    out.push({ start: m.index, end: m.index + m[0].length, word: fold(m[0]) });
    prev = m.index + m[0].length;
  }
  return out;
}
