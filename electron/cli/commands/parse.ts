import { figureInterval } from '../../../shared/crosscheck/interval';
import { nearestPeriod } from '../../../shared/extract/nearest-period';
import { parseFigure } from '../../../shared/numbers/parse-figure';
import { findPeriodCues } from '../../../shared/periods/period-cues';
import { CliError, type CliCommand } from '../io';
import { takeLangOption } from './options';

/** Tolerance of a new dataset (domain.md, Cross-checking); the interval printed is the one a check would use. */
const TOLERANCE = 0.05;

/** JSON has no Infinity: an unbounded end of an interval prints as null (under → [null, high)). */
const bound = (x: number) => (Number.isFinite(x) ? x : null);

export const command: CliCommand = {
  usage: 'parse "<text>" [--lang vi|en]   one figure as JSON (with its period code when the text names one); an unbounded interval end is null',
  async run(args, io) {
    const { lang = 'vi', rest } = takeLangOption(args);
    if (rest.length === 0) throw new CliError('give the figure to read, e.g. tally parse "gần 29 tỷ USD"');
    if (rest.length > 1) throw new CliError(`expected one text in quotes, got ${rest.length} arguments`);
    const text = rest[0];
    const fig = parseFigure(text, lang);
    if (!fig) throw new CliError(`no figure found in "${text.length > 60 ? `${text.slice(0, 57)}…` : text}" (lang ${lang})`);
    const { low, high } = figureInterval(fig.value, fig.halfUnit, fig.qualifier, TOLERANCE);
    // "tháng 12/2024 đạt 35 tỷ USD": the period the words give the figure, by the same rule as extraction.
    const nfc = text.normalize('NFC');
    const at = nfc.indexOf(fig.text);
    const period = nearestPeriod(nfc, findPeriodCues(nfc, lang), at, at + fig.text.length)?.period;
    const out = {
      value: fig.value,
      unit: fig.unit,
      qualifier: fig.qualifier,
      interval: [bound(low), bound(high)],
      text: fig.text,
      halfUnit: fig.halfUnit,
      ...(fig.of !== undefined ? { of: fig.of } : {}),
      ...(fig.range ? { range: fig.range } : {}),
      ...(period ? { period: period.code, periodKind: period.kind } : {}),
      lang,
      tolerance: TOLERANCE,
    };
    io.out(JSON.stringify(out, null, 2));
    return 0;
  },
};
