import { type Period, datePeriod, firstMonthsPeriod, halfPeriod, monthPeriod, quarterPeriod, rangePeriod, yearPeriod } from './period';

export const PERIOD_CODE_FORMS = '2021, 2024-H1, 2024-Q2, 2024-12, 2024-M01..M05, 2024-08-16 or 2021..2025';

export type PeriodCodeResult = { ok: true; period: Period } | { ok: false; message: string };

const YEAR_MIN = 1800;
const YEAR_MAX = 2200;

function checkYear(y: number): string | null {
  return y < YEAR_MIN || y > YEAR_MAX ? `year ${y} is outside ${YEAR_MIN}–${YEAR_MAX}` : null;
}

/** Reads an interchange period code; the message says what is wrong with it in words a curator understands. */
export function parsePeriodCode(raw: string): PeriodCodeResult {
  const code = raw.trim();
  const bad = (why: string): PeriodCodeResult => ({ ok: false, message: `period "${code}": ${why}` });
  let m: RegExpMatchArray | null;
  if ((m = code.match(/^(\d{4})$/))) {
    const y = Number(m[1]);
    return checkYear(y) ? bad(checkYear(y)!) : { ok: true, period: yearPeriod(y) };
  }
  if ((m = code.match(/^(\d{4})-H(\d)$/))) {
    const y = Number(m[1]);
    const h = Number(m[2]);
    if (h !== 1 && h !== 2) return bad(`half ${h} does not exist (H1 or H2)`);
    return checkYear(y) ? bad(checkYear(y)!) : { ok: true, period: halfPeriod(y, h) };
  }
  if ((m = code.match(/^(\d{4})-Q(\d)$/))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    if (q < 1 || q > 4) return bad(`quarter ${q} does not exist (Q1 to Q4)`);
    return checkYear(y) ? bad(checkYear(y)!) : { ok: true, period: quarterPeriod(y, q) };
  }
  if ((m = code.match(/^(\d{4})-M(\d{2})\.\.M(\d{2})$/))) {
    const y = Number(m[1]);
    const from = Number(m[2]);
    const to = Number(m[3]);
    if (from !== 1) return bad('first-months periods start at M01');
    if (to < 1 || to > 12) return bad(`month ${to} does not exist`);
    return checkYear(y) ? bad(checkYear(y)!) : { ok: true, period: firstMonthsPeriod(y, to) };
  }
  if ((m = code.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12) return bad(`month ${mo} does not exist`);
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d < 1 || d > last) return bad(`day ${d} does not exist in that month`);
    return checkYear(y) ? bad(checkYear(y)!) : { ok: true, period: datePeriod(code) };
  }
  if ((m = code.match(/^(\d{4})\.\.(\d{4})$/))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (checkYear(a) || checkYear(b)) return bad((checkYear(a) ?? checkYear(b))!);
    if (a >= b) return bad('a range of years must run forwards (2021..2025)');
    return { ok: true, period: rangePeriod(a, b) };
  }
  if ((m = code.match(/^(\d{4})-(\d{1,2})$/))) {
    // One month (domain.md, Interchange files): two digits, as 2024-12 or 2024-03.
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return bad(`month ${mo} does not exist`);
    if (m[2].length !== 2) return bad(`write the month with two digits (${m[1]}-${String(mo).padStart(2, '0')})`);
    return checkYear(y) ? bad(checkYear(y)!) : { ok: true, period: monthPeriod(y, mo) };
  }
  return bad(code === '' ? 'a period is required' : `not a period form; write ${PERIOD_CODE_FORMS}`);
}
