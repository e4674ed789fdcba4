import { MONTHS_EN, MONTH_NAME, isoDate } from '../periods/period-words';

/**
 * A byline or dateline in plain text (issue 9 §3): "Báo Kinh tế – 28/12/2023", "January 8, 2024", "Thứ Hai,
 * 27/05/2024", "Thứ hai - 15/08/2022 21:27 Đã xem: 1048". A date is taken only from a short line that is little
 * more than the date (a publisher's or author's name, a weekday, a time, a label such as "Cập nhật"), never from
 * a sentence of the story, where a date is usually an event's.
 */

const DMY = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/u;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
const MDY = new RegExp(`(?<![\\p{L}])(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');
const DMONY = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})\\.?,?\\s+(\\d{4})(?!\\d)`, 'iu');

/** Words a dateline may hold besides its date; everything else counts towards the "name" budget. */
const DATELINE_WORDS =
  /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|cn|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|ngày|cập\s+nhật|đăng\s+lúc|đăng|xuất\s+bản|published|updated|posted|last\s+updated|on|at|by|theo|gmt|utc|ict|am|pm|sáng|chiều|tối)(?![\p{L}])/giu;
const TIME = /\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*\(?(?:gmt|utc)\s*[+-]\s*\d{1,2}\)?)?/giu;
const MAX_LINE = 120;
/** Words left after the date, weekday, time and labels: a publisher's or author's name, a view counter. */
const MAX_OTHER_WORDS = 8;
const LOOK_LINES = 25;

export interface FoundDate {
  /** YYYY-MM-DD */
  date: string;
  /** The date as written. */
  written: string;
}

/** The date a short line states, when the line is little more than a date; null otherwise. */
export function datelineDate(line: string): FoundDate | null {
  const t = line.trim();
  if (!t || t.length > MAX_LINE) return null;
  const found = readDate(t);
  if (!found) return null;
  const rest = t.replace(found.written, ' ').replace(TIME, ' ').replace(DATELINE_WORDS, ' ');
  const words = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= MAX_OTHER_WORDS ? { date: found.date, written: t } : null;
}

/** A line that is only a date (a weekday, a time at most): the "today" of a site header. */
export function isDateOnly(line: string): boolean {
  const t = line.trim();
  const found = t.length <= 60 ? readDate(t) : null;
  if (!found) return false;
  const rest = t.replace(found.written, ' ').replace(TIME, ' ').replace(DATELINE_WORDS, ' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}

/** The first dateline among the opening lines of `text` from `from` (after the headline). */
export function findDateline(text: string, from = 0): FoundDate | null {
  let at = from;
  for (let n = 0; n < LOOK_LINES && at < text.length; n++) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const hit = datelineDate(text.slice(at, end));
    if (hit) return hit;
    at = end + 1;
  }
  return null;
}

function readDate(s: string): FoundDate | null {
  let m = DMY.exec(s);
  if (m) return made(isoDate(+m[3], +m[2], +m[1]), m[0]);
  m = ISO.exec(s);
  if (m) return made(isoDate(+m[1], +m[2], +m[3]), m[0]);
  m = MDY.exec(s);
  if (m) return made(isoDate(+m[3], MONTHS_EN[m[1].toLowerCase()], +m[2]), m[0]);
  m = DMONY.exec(s);
  if (m) return made(isoDate(+m[3], MONTHS_EN[m[2].toLowerCase()], +m[1]), m[0]);
  return null;
}

const made = (date: string | null, written: string): FoundDate | null => (date ? { date, written } : null);
