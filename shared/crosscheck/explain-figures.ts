import type { Observation } from '../model/observation';
import type { Language } from '../model/vocab';
import type { ExplainFigure } from './explain-status';
import { observationInterval } from './observation-interval';

/**
 * A group's members as explain-status reads them, numbered 1.. in group order, with the intervals the engine
 * gives them under the tolerance (observation-interval.ts), so the words and the status never disagree.
 */
export function explainFigures(
  members: readonly Observation[],
  languageOf: (o: Observation) => Language | null,
  tolerance: number,
): ExplainFigure[] {
  return members.map((o, i) => {
    const language = languageOf(o);
    return { n: i + 1, stated: o.stated, value: o.value, unit: o.unit, language, interval: observationInterval(o, language, tolerance) };
  });
}
