/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with =, +, -, @, tab or CR as
 * a formula. Every text cell Tally writes to CSV that starts so gets a leading apostrophe, which spreadsheets show as
 * text. Text that already starts with apostrophes before such a character gets one more, so reading it back
 * (restoreFormulaText) removes exactly one and the round trip is lossless.
 */
const GUARDED = /^'*[=+\-@\t\r]/;
const RESTORABLE = /^'+[=+\-@\t\r]/;

export const neutraliseFormulaText = (text: string): string => (GUARDED.test(text) ? `'${text}` : text);

/** The inverse on import: a cell Tally wrote (or any cell of that shape) loses its one guarding apostrophe. */
export const restoreFormulaText = (text: string): string => (RESTORABLE.test(text) ? text.slice(1) : text);
