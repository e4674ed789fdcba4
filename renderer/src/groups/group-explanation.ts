import { explainFigures } from '../../../shared/crosscheck/explain-figures';
import { explainStatus, type StatusExplanation } from '../../../shared/crosscheck/explain-status';
import type { GroupStatus, Language, Observation, Source } from '../../../shared/model';

/** The language of the explanations' words: the UI's, English until the UI is translated. */
export const UI_LANGUAGE: Language = 'en';

/**
 * Why a group has its status, for the review card and the grid's badge: its members' intervals as the engine
 * computes them (sources' languages, the dataset's tolerance), in words.
 */
export function explainGroup(
  status: GroupStatus,
  members: readonly Observation[],
  sourcesById: ReadonlyMap<string, Source> | undefined,
  tolerance: number,
  listed?: number,
): StatusExplanation {
  const languageOf = (o: Observation) => (o.sourceId ? (sourcesById?.get(o.sourceId)?.language ?? null) : null);
  return explainStatus(status, explainFigures(members, languageOf, tolerance), { words: UI_LANGUAGE, listed });
}
