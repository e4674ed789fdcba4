import type { GroupKey } from '../model/resolution';

/** A group in words, as reviewers read it: "Thái Nguyên · Export value · 2021". */
export const groupLabel = (k: GroupKey) => `${k.entity} · ${k.indicator} · ${k.period}`;

/** An observation in words: its id, and what it is about when known. */
export function observationLabel(o: { id: string; entity: string; indicator: string; period: string }): string {
  const about = [o.entity, o.indicator, o.period].filter((s) => s.trim() !== '');
  return about.length ? `${o.id} (${about.join(' · ')})` : o.id;
}

/** A quote shortened for a one-line message. */
export function shortQuote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export { plural } from '../text/plural';
