/** "1 source", "3 sources": a count with its noun (English nouns that take an s). */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
