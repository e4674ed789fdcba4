/** Regex source matching any of `words` (longest first), spaces in a word matching any run of spaces. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** The key a table is indexed by: lower case, runs of spaces as one space. */
export const wordKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

/** Not followed by a letter or digit: the end of a word in any script. */
export const WORD_END = '(?![\\p{L}\\p{N}])';
