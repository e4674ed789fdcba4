import type { Qualifier } from '../model/vocab';

/** One figure read from text: the normalised number and how precisely it was written. */
export interface ParsedFigure {
  /** The figure's words as matched, qualifier cue included (e.g. "gần 29 tỷ USD"). */
  text: string;
  value: number;
  /** USD, VND, %, VND/person, project, count, rank, … */
  unit: string;
  qualifier: Qualifier;
  /** h: half a unit of the last digit written, times the scale (28,8 tỷ → 0.05e9). */
  halfUnit: number;
  /** For ranks such as thứ 8/63: the 63; for shares such as 118/126 xã: the 126 (value 118). */
  of?: number;
  /**
   * For ranges such as "từ 10 đến 15%": both ends. `value` is then the midpoint and `halfUnit` half the width
   * plus the precision of the ends, so that the figure's interval covers the whole range.
   */
  range?: [number, number];
}
