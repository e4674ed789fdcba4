import type { GroupStatus } from '../model/vocab';
import { belowAfterTidy, boundDecimals, type Interval } from './interval';

export interface StatusResult {
  status: GroupStatus;
  /** (max − min) / max |value| over the group's values; 0 when there are fewer than two or max |value| is 0. */
  spread: number;
}

/**
 * Equal as normalised numbers, to 12 significant digits: 28.8 * 1e9 and 28800000000 differ by a floating-point hair
 * but not as figures. The costly rounding runs only when the raw numbers are that close.
 */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  if (Math.abs(a - b) > 1e-10 * Math.max(Math.abs(a), Math.abs(b))) return false;
  return a.toPrecision(12) === b.toPrecision(12);
}

/**
 * A group's status (domain.md, Cross-checking), fed one observation at a time so the index can judge a group
 * without building arrays. Only observations with a value are fed: a draft row without one says nothing yet.
 * Precedence: fewer than two values → single; units differ → incomparable (intervals in USD and VND cannot meet or
 * miss); all values equal → agree (whatever the qualifiers: v lies in every qualifier's interval, so equal values
 * always meet); else compatible when some value lies in every interval (greatest low < least high, half-open, so
 * touching is not meeting), conflict when none does.
 */
export class StatusAccumulator {
  count = 0;
  private unit: string | number = '';
  private sameUnit = true;
  private first = 0;
  private allSame = true;
  private min = Infinity;
  private max = -Infinity;
  private maxAbs = 0;
  private maxLow = -Infinity;
  private minHigh = Infinity;
  private minHalfUnit = Infinity;
  /** The tidying grid of minHalfUnit (1 while there is none), kept here because `apart` is asked after every add. */
  private grid = 1;

  reset(): void {
    this.count = 0;
    this.unit = '';
    this.sameUnit = true;
    this.first = 0;
    this.allSame = true;
    this.min = Infinity;
    this.max = -Infinity;
    this.maxAbs = 0;
    this.maxLow = -Infinity;
    this.minHigh = Infinity;
    this.minHalfUnit = Infinity;
    this.grid = 1;
  }

  /**
   * Bounds may be raw (untidied) when the half-unit is given: the extremes are tidied at the decimals of the
   * smallest half-unit (interval.ts). Without it (0), bounds are taken as already tidied. A unit is its words or a
   * code standing for them (one kind per group): only equality matters.
   */
  add(value: number, unit: string | number, low: number, high: number, halfUnit = 0): void {
    if (this.count === 0) {
      this.unit = unit;
      this.first = value;
    } else {
      if (unit !== this.unit) this.sameUnit = false;
      if (this.allSame && !sameValue(value, this.first)) this.allSame = false;
    }
    this.count++;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    const abs = Math.abs(value);
    if (abs > this.maxAbs) this.maxAbs = abs;
    if (low > this.maxLow) this.maxLow = low;
    if (high < this.minHigh) this.minHigh = high;
    if (halfUnit > 0 && halfUnit < this.minHalfUnit) {
      this.minHalfUnit = halfUnit;
      this.grid = 10 ** -boundDecimals(halfUnit);
    }
  }

  get status(): GroupStatus {
    if (this.count < 2) return 'single';
    if (!this.sameUnit) return 'incomparable';
    if (this.allSame) return 'agree';
    if (this.minHalfUnit === Infinity) return this.maxLow < this.minHigh ? 'compatible' : 'conflict';
    return belowAfterTidy(this.maxLow, this.minHigh, this.minHalfUnit) ? 'compatible' : 'conflict';
  }

  /**
   * The intervals so far miss each other by more than the tidying grid, so no further figure can make them meet:
   * adding one only raises the greatest low, lowers the least high and makes the grid finer. A caller may stop
   * feeding there when it has already ruled out single, incomparable and agree.
   */
  get apart(): boolean {
    return this.minHigh - this.maxLow < -this.grid;
  }

  /** Computed for every status; for incomparable groups it compares numbers in different units and means little. */
  get spread(): number {
    if (this.count < 2 || this.maxAbs === 0 || this.allSame) return 0;
    return (this.max - this.min) / this.maxAbs;
  }
}

export interface StatusInput {
  value: number | null;
  unit: string;
  /** null only for a draft without a value. */
  interval: Interval | null;
}

/**
 * The status and spread of one group. Drafts without a value are left out. Deprecated observations count: the
 * status says what the sources claim; deprecating one is part of a resolution, which settles the group instead.
 * Units compare as written after trimming (the parser normalises them; "usd" against "USD" is for a curator to fix).
 */
export function groupStatus(observations: readonly StatusInput[]): StatusResult {
  const acc = new StatusAccumulator();
  for (const o of observations) {
    if (o.value === null || o.interval === null) continue;
    acc.add(o.value, o.unit.trim(), o.interval.low, o.interval.high);
  }
  return { status: acc.status, spread: acc.spread };
}
