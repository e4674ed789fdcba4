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
  /** For ranks such as thứ 8/63: the 63. */
  of?: number;
}
