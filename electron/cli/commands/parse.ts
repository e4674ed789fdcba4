import { figureInterval } from '../../../shared/crosscheck/interval';
import { parseFigure } from '../../../shared/numbers/parse-figure';
import { CliError, type CliCommand } from '../io';
import { takeLangOption } from './options';

/** Tolerance of a new dataset (domain.md, Cross-checking); the interval printed is the one a check would use. */
const TOLERANCE = 0.05;

/** JSON has no Infinity: an unbounded end of an interval prints as null (under → [null, high)). */
const bound = (x: number) => (Number.isFinite(x) ? x : null);

export const command: CliCommand = {
  usage: 'parse "<text>" [--lang vi|en]   one figure as JSON; an unbounded interval end is null',
  async run(args, io) {
    const { lang = 'vi', rest } = takeLangOption(args);
    if (rest.length === 0) throw new CliError('give the figure to read, e.g. tally parse "gần 29 tỷ USD"');
    if (rest.length > 1) throw new CliError(`expected one text in quotes, got ${rest.length} arguments`);
    const text = rest[0];
    const fig = parseFigure(text, lang);
    if (!fig) throw new CliError(`no figure found in "${text.length > 60 ? `${text.slice(0, 57)}…` : text}" (lang ${lang})`);
    const { low, high } = figureInterval(fig.value, fig.halfUnit, fig.qualifier, TOLERANCE);
    const out = {
      value: fig.value,
      unit: fig.unit,
      qualifier: fig.qualifier,
      interval: [bound(low), bound(high)],
      text: fig.text,
      halfUnit: fig.halfUnit,
      ...(fig.of !== undefined ? { of: fig.of } : {}),
      ...(fig.range ? { range: fig.range } : {}),
      lang,
      tolerance: TOLERANCE,
    };
    io.out(JSON.stringify(out, null, 2));
    return 0;
  },
};
