import type { GroupStatus, Language } from '../model/vocab';
import { commonScale } from '../numbers/format-scale';
import { writeInterval, writeValue, type FigureWriting } from './explain-interval';
import type { Interval } from './interval';
import { guessLanguage } from './language-guess';

/** One member of a group, as the explanation needs it. */
export interface ExplainFigure {
  /** 1-based number of the figure in its group (the key that chooses it in Review). */
  n: number;
  stated: string;
  value: number | null;
  unit: string;
  /** The interval the engine gave it (observation-interval.ts); null for a draft without a value. */
  interval: Interval | null;
  /** Its source's language; null when there is none (the words are then read for it). */
  language: Language | null;
}

export interface ExplainOptions {
  /** Language of the sentence's words (the UI's); numbers are always written in the figures' language. */
  words: Language;
  /** Language of the figures' numbers when neither their sources nor their words say (the dataset's). */
  fallback?: Language;
  /** At most this many figures are listed in `text` (a tooltip stays short in a large group); all by default. */
  listed?: number;
}

export interface ExplainedFigure {
  n: number;
  stated: string;
  unit: string;
  /** The value as its reader writes it ("28,8 tỷ USD"), or null for a draft without one. */
  value: string | null;
  /** "28,75 – 30,29 tỷ USD", "under 30 tỷ USD"; null for a draft without a value. */
  interval: string | null;
}

/** Why a group has its status, in parts (for layout) and as one text (for a tooltip or a screen reader). */
export interface StatusExplanation {
  status: GroupStatus;
  words: Language;
  /** The language the numbers are written in. */
  numbers: Language;
  figures: ExplainedFigure[];
  /** The reason alone: "do not overlap: 2,155–2,165 % vs 2,165–2,175 %". */
  reason: string;
  /** The figures (by n) whose intervals miss each other, for a conflict; else empty. */
  apart: number[];
  /** The units in the group, in order of first appearance. */
  units: string[];
  /** How the first unit's numbers are written (language, scale, unit), e.g. for a chart's axis; null without values. */
  writing: FigureWriting | null;
  /** Status and reason in one sentence: "Conflict: figures 1 and 2 do not overlap: …". */
  summary: string;
  /** The summary and every figure's interval, in sentences. */
  text: string;
}

interface Words {
  label: Record<GroupStatus, string>;
  single: (value: string, interval: string) => string;
  agree: (value: string) => string;
  compatible: (overlap: string) => string;
  conflict: (a: string, b: string) => string;
  incomparable: (units: string[]) => string;
  lead: (status: GroupStatus, count: number, apart: number[]) => string;
  noValue: string;
  noFigure: string;
  more: (n: number) => string;
}

const WORDS: Record<Language, Words> = {
  en: {
    label: { single: 'Single', agree: 'Agree', compatible: 'Compatible', conflict: 'Conflict', incomparable: 'Incomparable' },
    single: (v, i) => `one figure, nothing to compare: ${v} (${i})`,
    agree: (v) => `same value: ${v}`,
    compatible: (o) => `overlap on ${o}`,
    conflict: (a, b) => `do not overlap: ${a} vs ${b}`,
    incomparable: (u) => `units differ: ${u.join(' vs ')} — fix the unit or the indicator`,
    lead: (s, count, apart) =>
      s === 'conflict'
        ? `figures ${apart.join(' and ')} `
        : s === 'compatible'
          ? `the ${count} figures differ but `
          : s === 'agree'
            ? `the ${count} figures state the `
            : '',
    noValue: 'no value yet',
    noFigure: '(no figure as written)',
    more: (n) => `and ${n} more`,
  },
  vi: {
    label: { single: 'Một số liệu', agree: 'Khớp', compatible: 'Tương thích', conflict: 'Mâu thuẫn', incomparable: 'Không so được' },
    single: (v, i) => `chỉ một số liệu, không có gì để so: ${v} (${i})`,
    agree: (v) => `cùng giá trị: ${v}`,
    compatible: (o) => `giao nhau ở ${o}`,
    conflict: (a, b) => `không giao nhau: ${a} và ${b}`,
    incomparable: (u) => `đơn vị khác nhau: ${u.join(' và ')} — sửa đơn vị hoặc chỉ tiêu`,
    lead: (s, count, apart) =>
      s === 'conflict' ? `số liệu ${apart.join(' và ')} ` : s === 'compatible' ? `${count} số liệu khác nhau nhưng ` : s === 'agree' ? `${count} số liệu ` : '',
    noValue: 'chưa có giá trị',
    noFigure: '(không có chữ gốc)',
    more: (n) => `và ${n} số liệu khác`,
  },
};

/** The language most of the figures are written in (ties: the first figure's), else the fallback. */
function numbersLanguage(figures: readonly ExplainFigure[], fallback: Language): Language {
  const count = { vi: 0, en: 0 };
  let first: Language | null = null;
  for (const f of figures) {
    const lang = f.language ?? (f.stated.trim() ? guessLanguage(f.stated) : null);
    if (!lang) continue;
    first ??= lang;
    count[lang]++;
  }
  if (!first) return fallback;
  return count.vi === count.en ? first : count.vi > count.en ? 'vi' : 'en';
}

/** The first figure with the greatest low and the first with the least high: the two that miss in a conflict. */
function extremes(valued: readonly ExplainFigure[]): { lowest: ExplainFigure; highest: ExplainFigure } {
  let highest = valued[0];
  let lowest = valued[0];
  for (const f of valued) {
    if (f.interval!.low > highest.interval!.low) highest = f;
    if (f.interval!.high < lowest.interval!.high) lowest = f;
  }
  return { lowest, highest };
}

/**
 * Why a group has the status the engine gave it (domain.md, Cross-checking), in words a reader of the figures'
 * language can check by hand: each figure's interval in its unit and scale, and what the intervals do to each other.
 */
export function explainStatus(status: GroupStatus, figures: readonly ExplainFigure[], options: ExplainOptions): StatusExplanation {
  const w = WORDS[options.words];
  const numbers = numbersLanguage(figures, options.fallback ?? 'vi');
  const units: string[] = [];
  for (const f of figures) if (f.value !== null && !units.includes(f.unit)) units.push(f.unit);
  // One writing per unit: figures of one unit share a scale so their ranges read side by side.
  const writings = new Map<string, FigureWriting>();
  for (const unit of units) {
    const same = figures.filter((f) => f.value !== null && f.unit === unit).map((f) => ({ ...f, language: f.language ?? numbers }));
    writings.set(unit, { numbers, scale: commonScale(same, unit), unit });
  }
  const writingOf = (f: ExplainFigure) => writings.get(f.unit) ?? { numbers, scale: 0, unit: f.unit };
  const intervalText = (f: ExplainFigure, dash?: string) => (f.interval ? writeInterval(f.interval, writingOf(f), options.words, dash) : null);

  const explained: ExplainedFigure[] = figures.map((f) => ({
    n: f.n,
    stated: f.stated,
    unit: f.unit,
    value: f.value === null ? null : writeValue(f.value, writingOf(f)),
    interval: intervalText(f),
  }));

  const valued = figures.filter((f) => f.value !== null && f.interval !== null);
  let reason = '';
  let apart: number[] = [];
  if (valued.length > 0) {
    const first = valued[0];
    switch (status) {
      case 'single':
        reason = w.single(writeValue(first.value!, writingOf(first)), intervalText(first, '–')!);
        break;
      case 'agree':
        reason = w.agree(writeValue(first.value!, writingOf(first)));
        break;
      case 'incomparable':
        reason = w.incomparable(units.map((u) => u || '(none)'));
        break;
      case 'compatible': {
        const { lowest, highest } = extremes(valued);
        const overlap = { low: highest.interval!.low, high: lowest.interval!.high };
        reason = w.compatible(writeInterval(overlap, writingOf(first), options.words, '–'));
        break;
      }
      case 'conflict': {
        const { lowest, highest } = extremes(valued);
        const [a, b] = lowest === highest ? [valued[0], valued[1] ?? valued[0]] : [lowest, highest];
        apart = [a.n, b.n];
        reason = w.conflict(intervalText(a, '–')!, intervalText(b, '–')!);
        break;
      }
    }
  } else {
    reason = w.noValue;
  }

  const listed = Math.max(0, options.listed ?? explained.length);
  const lines = explained.slice(0, listed).map((f) => `${f.n}. “${f.stated || w.noFigure}”: ${f.interval ?? w.noValue}`);
  if (explained.length > listed) lines.push(w.more(explained.length - listed));
  const summary = `${w.label[status]}: ${w.lead(status, valued.length, apart)}${reason}.`;
  const text = `${summary} ${lines.join('; ')}.`;
  const writing = units.length > 0 ? writings.get(units[0])! : null;
  return { status, words: options.words, numbers, figures: explained, reason, apart, units, writing, summary, text };
}
