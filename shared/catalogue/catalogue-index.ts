import type { Entity, Indicator } from '../model/dataset';
import { termKey, termWords } from './catalogue-term';
import { FOLDED_WORD, foldSameLength, hasMarks, withoutMarks } from './folded-words';
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

/** The characters of a folded word, for word boundaries around the first words' alternation. */
const WORD_CLASS = FOLDED_WORD.source.slice(1, FOLDED_WORD.source.lastIndexOf(']'));
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Between the words of one term: spaces, hyphens, slashes; never a clause or line break ("GRDP/người", "Bà Rịa - Vũng Tàu"). */
const BREAK_CODES = new Set([...'.,;:!?()[]{}"“”«»|•\n\r\t'].map((c) => c.charCodeAt(0)));
/** Reads the words after a first word; one object, reset by each call (find is not re-entrant inside itself). */
const AHEAD = new RegExp(FOLDED_WORD.source, 'g');

/**
 * An index of a catalogue's names and aliases by their first folded word. A text is folded once and its first-word
 * occurrences found by one regex; only there are the following words read, whatever the catalogue's size.
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
  // The first words as one alternation: the regex engine skips the text between them, far faster than word by word.
  const firstWords = new RegExp(
    `(?<![${WORD_CLASS}])(?:${[...byFirst.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})(?![${WORD_CLASS}])`,
    'g',
  );
  const indicatorByKey = new Map(catalogue.indicators.map((i) => [termKey(i.name), i.name]));
  // Longest first: "kim ngạch xuất khẩu" before "kim ngạch".
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);

  return {
    size: byFirst.size,
    growthOf: (name) => findGrowthIndicator(name, indicatorByKey),
    find(text, from = 0, to = text.length) {
      const out: CatalogueMatch[] = [];
      if (byFirst.size === 0 || from >= to) return out;
      const folded = foldSameLength(text, from, to);
      const marks = hasMarks(folded);
      // A decomposed (NFD) text keeps marks inside its folded words: read it word by word instead.
      const re = marks ? new RegExp(FOLDED_WORD.source, 'g') : firstWords;
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        const list = byFirst.get(marks ? withoutMarks(m[0]) : m[0]);
        if (!list) continue;
        const start = m.index;
        // Words are read ahead only when a term of several words starts here.
        let ahead: Word[] | null = null;
        for (const term of list) {
          let end = start + m[0].length;
          if (term.rest.length > 0) {
            ahead ??= wordsAfter(folded, end, list[0].rest.length, marks);
            if (ahead.length < term.rest.length || !term.rest.every((x, k) => ahead?.[k].word === x)) continue;
            end = ahead[term.rest.length - 1].end;
            re.lastIndex = end;
          }
          out.push({ start: from + start, end: from + end, kind: term.kind, name: term.name, unit: term.unit });
          break;
        }
      }
      return out;
    },
  };
}

interface Word {
  end: number;
  word: string;
}

/** Up to `n` words after `at` that continue the same phrase (no clause break between them). */
function wordsAfter(folded: string, at: number, n: number, marks: boolean): Word[] {
  const out: Word[] = [];
  AHEAD.lastIndex = at;
  let prev = at;
  for (let m = AHEAD.exec(folded); m && out.length < n; m = AHEAD.exec(folded)) {
    for (let i = prev; i < m.index; i++) if (BREAK_CODES.has(folded.charCodeAt(i))) return out;
    prev = m.index + m[0].length;
    out.push({ end: prev, word: marks ? withoutMarks(m[0]) : m[0] });
  }
  return out;
}
