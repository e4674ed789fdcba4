// Combining (non-spacing) marks: what a decomposed (NFD) text puts after a letter ("ệ" as e + U+0323 + U+0302).
// Written as a Unicode property rather than a list of ranges, so one definition serves extraction and matching.

export const COMBINING_MARK = /\p{Mn}/u;
export const COMBINING_MARKS = /\p{Mn}/gu;
/** A base character followed by its combining marks. */
export const MARKED_CLUSTER = /\P{Mn}\p{Mn}+/gu;
