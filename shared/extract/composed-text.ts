import { COMBINING_MARK, MARKED_CLUSTER } from '../text/combining-marks';

/**
 * Text in composed form (NFC) with a map back to the text as given. Articles may arrive with decomposed
 * diacritics (NFD, common from macOS and some CMSs); readers work on NFC, offsets go back into the input.
 */
export interface ComposedText {
  text: string;
  /** Offset in the input for an offset in `text` (cluster boundaries map exactly; ends map to cluster ends). */
  toInput(offset: number): number;
}


/** Composes each base letter with its marks; the common case (already composed) costs one regex test. */
export function composeText(input: string): ComposedText {
  if (!COMBINING_MARK.test(input)) return { text: input, toInput: (o) => o };
  const parts: string[] = [];
  // starts[i] = input offset of the cluster that produced output char i; one extra entry for the end.
  const starts: number[] = [];
  let last = 0;
  let outLen = 0;
  const copy = (from: number, to: number) => {
    parts.push(input.slice(from, to));
    for (let i = from; i < to; i++) starts.push(i);
    outLen += to - from;
  };
  MARKED_CLUSTER.lastIndex = 0;
  for (let m = MARKED_CLUSTER.exec(input); m; m = MARKED_CLUSTER.exec(input)) {
    copy(last, m.index);
    const composed = m[0].normalize('NFC');
    parts.push(composed);
    for (let i = 0; i < composed.length; i++) starts.push(m.index);
    outLen += composed.length;
    last = m.index + m[0].length;
  }
  copy(last, input.length);
  starts.push(input.length);
  const text = parts.join('');
  const map = Int32Array.from(starts);
  return {
    text,
    // An offset inside a composed cluster (never produced by the readers) maps to its cluster's start.
    toInput: (o) => map[Math.max(0, Math.min(o, outLen))],
  };
}
