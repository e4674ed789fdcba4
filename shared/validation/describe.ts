import type { GroupKey } from '../model/resolution';
import { rowLabel } from './not-grouped';

/** A group in words, as reviewers read it: "Thái Nguyên · Export value · 2021". */
export const groupLabel = (k: GroupKey) => `${k.entity} · ${k.indicator} · ${k.period}`;

/**
 * An observation in words, as the grid shows it (entity · indicator · period · "stated"). Its id appears nowhere on
 * screen, so messages never name it: the problem's location carries it as the link target.
 */
export const observationLabel = rowLabel;

/** A quote shortened for a one-line message. */
export function shortQuote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export { plural } from '../text/plural';
