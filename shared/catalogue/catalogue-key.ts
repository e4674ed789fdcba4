import { foldDiacritics } from '../text/fold';

/**
 * How the catalogue compares names and aliases: case, Vietnamese diacritics and spacing aside, so that
 * "thai nguyen", "Thái  Nguyên" and "THÁI NGUYÊN" are one name.
 */
export const catalogueKey = (s: string): string => foldDiacritics(s).replace(/\s+/g, ' ').trim();
