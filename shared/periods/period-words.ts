/** Small readers shared by the period cues: Roman quarters, English months and ordinals, checked ISO dates. */

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** "II" or "2" → 2; NaN for anything else. */
export const quarterNumber = (s: string): number => ROMAN[s.toLowerCase()] ?? Number(s);

export const MONTHS_EN: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};
export const MONTH_NAME = Object.keys(MONTHS_EN)
  .sort((a, b) => b.length - a.length)
  .join('|');

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};
/** "six" / "6" → 6 for "first six months"; NaN for anything else. */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
export const ordinalNumber = (s: string): number => ORDINALS[s.toLowerCase()] ?? NaN;
export const countNumber = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);
export const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');

const pad = (n: number) => String(n).padStart(2, '0');

/** A checked ISO date, or null when the day does not exist. Two-digit years are 20xx. */
export function isoDate(year: number, month: number, day: number): string | null {
  const y = year < 100 ? 2000 + year : year;
  if (y < 1800 || y > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  return day > last ? null : `${y}-${pad(month)}-${pad(day)}`;
}

/** A plausible calendar year for a period cue. */
export const isYear = (y: number) => y >= 1900 && y <= 2100;

/** The year of a YYYY-MM-DD publication date. */
export const yearOf = (published: string | undefined): number | undefined =>
  published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? Number(published.slice(0, 4)) : undefined;
