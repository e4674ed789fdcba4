import type { Language } from '../model/vocab';
import { CURRENCY_ONLY_SCALES, ATTACHED_SCALES, SCALE_AFTER, SCALE_ATTACHED, SCALE_WORDS } from './scale-words';
import { DONG_COMPOUND, PER_AFTER, PER_UNITS, UNIT_AFTER, UNIT_WORDS, type UnitKind } from './units';
import { wordKey } from './word-regex';

/** What follows the digits of a figure: scale, unit (with its per-part), or the sign that it is a name. */
export interface Tail {
  end: number;
  scaleExp: number;
  /** The unit with its per-part ("VND/person"); undefined when no unit word follows. */
  unit?: string;
  kind?: UnitKind;
  /** The per-part alone ("/person"), for a currency written before the digits ("$5/person"). */
  per?: string;
  /** English ordinal ("5th"): a rank. */
  rank?: boolean;
  of?: number;
  /** Letters glued to the digits that are no unit ("3G", "1B", "21h30"): a name, not a figure. */
  name?: boolean;
}

const LETTER = /\p{L}/u;
/**
 * "8th" is a rank; "the 10th consecutive year", "the 5th time" and names ("the 2nd Ring Road", "14th National Party
 * Congress") are not figures.
 */
const ORDINAL = /(?:st|nd|rd|th)(?![\p{L}\p{N}])(?!\s+(?:consecutive|straight|successive|time|anniversary|edition|session|congress|plenum|plenary|meeting|annual)(?![\p{L}]))(?!\s+\p{Lu})/uy;
const ORDINAL_OF = /\s+(?:of|out of)\s+(\d+)(?![\d])/iy;
const TIMES_ATTACHED = /x(?![\p{L}\p{N}])/iuy;
/**
 * English puts modifiers before the counted noun: "2,100 new units", "3 million foreign visitors", "2,400 valid FDI
 * projects". They belong to the indicator, not the unit (domain.md, Units): up to three are skipped on the way to
 * the noun — listed adjectives, or a short upper-case acronym (FDI, ODA, SME).
 */
const EN_MODIFIER = new RegExp(
  '\\s+(?:new|newly|more|additional|other|foreign|foreign-invested|domestic|local|international|inbound|outbound|' +
    'overseas|registered|licensed|newly-registered|newly-licensed|valid|active|operating|existing|full-time|part-time|' +
    'young|poor|small|large|medium-sized|small-and-medium|private|state-owned|[A-Z]{2,5}s?)(?=\\s)',
  'uy',
);
const MAX_MODIFIERS = 3;

/** Reads scale, unit and per-unit after position `pos` (the end of the digits). */
export function readTail(text: string, pos: number, lang: Language, currency: string | undefined): Tail {
  const tail: Tail = { end: pos, scaleExp: 0 };
  let p = pos;

  if (LETTER.test(text[p] ?? '')) {
    SCALE_ATTACHED.lastIndex = p;
    const s = SCALE_ATTACHED.exec(text);
    const key = s ? s[1].toLowerCase() : '';
    if (s && (!CURRENCY_ONLY_SCALES.has(key) || currency)) {
      tail.scaleExp = ATTACHED_SCALES[key];
      p = SCALE_ATTACHED.lastIndex;
    } else {
      const unitRe = UNIT_AFTER[lang];
      unitRe.lastIndex = p;
      const u = unitRe.exec(text);
      const word = u ? UNIT_WORDS[lang][wordKey(u[1])] : undefined;
      if (word && word.kind !== 'count' && word.kind !== 'times') {
        tail.unit = word.unit;
        tail.kind = word.kind;
        p = unitRe.lastIndex;
      } else if (lang === 'en' && ((ORDINAL.lastIndex = p), ORDINAL.test(text))) {
        tail.rank = true;
        tail.end = ORDINAL.lastIndex;
        ORDINAL_OF.lastIndex = tail.end;
        const o = ORDINAL_OF.exec(text);
        if (o) {
          tail.of = Number(o[1]);
          tail.end = ORDINAL_OF.lastIndex;
        }
        return tail;
      } else if (((TIMES_ATTACHED.lastIndex = p), TIMES_ATTACHED.test(text))) {
        tail.unit = 'times';
        tail.kind = 'times';
        tail.end = TIMES_ATTACHED.lastIndex;
        return tail;
      } else {
        tail.name = true;
        return tail;
      }
    }
  }

  if (tail.scaleExp === 0 && !tail.unit) {
    const scaleRe = SCALE_AFTER[lang];
    scaleRe.lastIndex = p;
    const s = scaleRe.exec(text);
    if (s) {
      tail.scaleExp = SCALE_WORDS[lang][wordKey(s[1])];
      p = scaleRe.lastIndex;
    }
  }

  if (!tail.unit) {
    const unitRe = UNIT_AFTER[lang];
    unitRe.lastIndex = p;
    const u = unitRe.exec(text);
    const word = u ? UNIT_WORDS[lang][wordKey(u[1])] : undefined;
    // A currency written before the digits is the unit; only a repeated currency code may follow it.
    if (word && (!currency || word.kind === 'currency')) {
      const end = unitRe.lastIndex;
      DONG_COMPOUND.lastIndex = end;
      const compound = wordKey(u![1]) === 'đồng' && DONG_COMPOUND.test(text);
      if (!compound) {
        tail.unit = word.unit;
        tail.kind = word.kind;
        p = end;
      }
    }
  }

  if (!tail.unit && !currency && lang === 'en') {
    let q = p;
    for (let i = 0; i < MAX_MODIFIERS; i++) {
      EN_MODIFIER.lastIndex = q;
      if (!EN_MODIFIER.test(text)) break;
      q = EN_MODIFIER.lastIndex;
    }
    if (q > p) {
      const unitRe = UNIT_AFTER.en;
      unitRe.lastIndex = q;
      const u = unitRe.exec(text);
      const word = u ? UNIT_WORDS.en[wordKey(u[1])] : undefined;
      if (word?.kind === 'count') {
        tail.unit = word.unit;
        tail.kind = word.kind;
        p = unitRe.lastIndex;
      }
    }
  }

  if (tail.kind === 'currency' || tail.kind === 'measure' || tail.kind === 'count' || (currency && !tail.kind)) {
    // "triệu đồng/người/năm", "25 triệu khách/năm": at most two per-parts.
    for (let i = 0; i < 2; i++) {
      PER_AFTER.lastIndex = p;
      const m = PER_AFTER.exec(text);
      if (!m) break;
      const per = PER_UNITS[wordKey(m[1])];
      tail.per = (tail.per ?? '') + per;
      p = PER_AFTER.lastIndex;
    }
    if (tail.per && tail.unit) tail.unit += tail.per;
  }
  tail.end = p;
  return tail;
}
