import type { ValidationProblem } from '../api/contract';
import { termKey } from '../catalogue/catalogue-term';
import { statedMeansValue } from '../catalogue/stated-means-value';
import { unitFitsIndicator } from '../catalogue/unit-fit';
import type { Indicator } from '../model/dataset';
import type { Observation } from '../model/observation';
import type { Language } from '../model/vocab';
import { parseFigure } from '../numbers/parse-figure';
import { observationLabel } from './describe';
import { missingGroupKeys, rowLabel } from './not-grouped';

/** The catalogue indicator an observation's indicator name is (folded), remembered per name as written. */
export type IndicatorLookup = (name: string) => Indicator | undefined;

export function indicatorLookup(indicators: readonly Indicator[]): IndicatorLookup {
  const byKey = new Map(indicators.map((i) => [termKey(i.name), i]));
  const byName = new Map<string, Indicator | undefined>();
  return (name) => {
    if (!byName.has(name)) byName.set(name, byKey.get(termKey(name)));
    return byName.get(name);
  };
}

/** How the words read, for a message: "5.43 %". */
function reading(stated: string, lang: Language | null): string {
  const f = parseFigure(stated, lang ?? 'vi');
  return f ? `${f.value} ${f.unit}` : 'something else';
}

/**
 * What issue 9 §3 checks on each figure: a row left out of every group (warning: it may be unfinished, but it is
 * never dropped silently), a Value its Stated words cannot mean (blocking: the figure would misquote its source),
 * and a unit the catalogue's indicator cannot have (blocking: published under that indicator it would be wrong; a
 * missing unit is already an invalid record).
 */
export function figureProblems(o: Observation, lang: Language | null, indicatorOf: IndicatorLookup): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  const missing = missingGroupKeys(o);
  if (missing.length) {
    out.push({
      severity: 'warning',
      kind: 'not-grouped',
      message: `${rowLabel(o)} is not grouped (no ${missing.join(', no ')}): cross-checking leaves it out`,
      location: { observationId: o.id, field: missing[0] },
    });
  }
  if (!statedMeansValue(o.stated, o.value, o.unit, lang)) {
    out.push({
      severity: 'blocking',
      kind: 'stated-mismatch',
      message: `${observationLabel(o)}: the value ${o.value} ${o.unit} is not what "${o.stated.trim()}" says (it reads as ${reading(o.stated, lang)})`,
      location: { observationId: o.id, field: 'value' },
    });
  }
  const indicator = o.indicator.trim() ? indicatorOf(o.indicator) : undefined;
  if (indicator && o.unit !== '' && !unitFitsIndicator(o.unit, indicator.unit)) {
    out.push({
      severity: 'blocking',
      kind: 'unit-misfit',
      message: `${observationLabel(o)}: unit ${o.unit} cannot be the unit of indicator "${indicator.name}" (${indicator.unit}); fix the unit or file it under another indicator`,
      location: { observationId: o.id, field: 'unit' },
    });
  }
  return out;
}
