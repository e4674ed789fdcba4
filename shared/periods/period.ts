/** Kinds of period (domain.md, Periods); groups match on kind, start and end. */
export const PERIOD_KINDS = ['year', 'half', 'quarter', 'month', 'months', 'date', 'range'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A period with inclusive ISO start and end dates, and its interchange code. */
export interface Period {
  kind: PeriodKind;
  start: string;
  end: string;
  code: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthEnd = (year: number, month: number) => `${year}-${pad(month)}-${pad(lastDay(year, month))}`;

export const yearPeriod = (y: number): Period => ({ kind: 'year', start: `${y}-01-01`, end: `${y}-12-31`, code: String(y) });
export const halfPeriod = (y: number, h: 1 | 2): Period => ({
  kind: 'half',
  start: `${y}-${h === 1 ? '01' : '07'}-01`,
  end: monthEnd(y, h * 6),
  code: `${y}-H${h}`,
});
export const quarterPeriod = (y: number, q: number): Period => ({
  kind: 'quarter',
  start: `${y}-${pad((q - 1) * 3 + 1)}-01`,
  end: monthEnd(y, q * 3),
  code: `${y}-Q${q}`,
});
/** A single month (tháng 12/2024, in December 2024 alone): code 2024-12. */
export const monthPeriod = (y: number, m: number): Period => ({
  kind: 'month',
  start: `${y}-${pad(m)}-01`,
  end: monthEnd(y, m),
  code: `${y}-${pad(m)}`,
});
/** The first n months of a year (6 tháng đầu năm 2024). */
export const firstMonthsPeriod = (y: number, n: number): Period => ({
  kind: 'months',
  start: `${y}-01-01`,
  end: monthEnd(y, n),
  code: `${y}-M01..M${pad(n)}`,
});
/** "As of" a date: start and end are that day. */
export const datePeriod = (iso: string): Period => ({ kind: 'date', start: iso, end: iso, code: iso });
export const rangePeriod = (from: number, to: number): Period => ({
  kind: 'range',
  start: `${from}-01-01`,
  end: `${to}-12-31`,
  code: `${from}..${to}`,
});
