import type { Entity, Indicator, Language } from '../../../shared/model';
import { findRecord } from '../catalogue/catalogue-match';
import { learnablePhrase } from './learn-phrase';

/** What the reader remembers of a suggestion it turned into a row: the clause's words and what it suggested. */
export interface AcceptedSuggestion {
  hint: string | undefined;
  suggestedIndicator: string;
  lang: Language;
}

/** An offer to remember a clause's key phrase as an alias of the indicator the curator chose. */
export interface AliasOffer {
  observationId: string;
  recordId: string;
  recordName: string;
  phrase: string;
}

/**
 * The offer to make when a row made from a suggestion now has an indicator the clause's words did not suggest:
 * a catalogue indicator other than the suggested one, and a key phrase that names no catalogue record yet (an
 * alias belongs to one record only). Null when there is nothing to learn.
 */
export function aliasOffer(
  observationId: string,
  indicator: string,
  accepted: AcceptedSuggestion,
  indicators: readonly Indicator[],
  entities: readonly Entity[],
): AliasOffer | null {
  const chosen = findRecord(indicators, indicator);
  if (!chosen) return null;
  const suggested = findRecord(indicators, accepted.suggestedIndicator);
  if (suggested?.id === chosen.id) return null;
  const phrase = learnablePhrase(accepted.hint, accepted.lang, entities.flatMap((e) => [e.name, ...e.aliases]));
  if (!phrase || findRecord(indicators, phrase) || findRecord(entities, phrase)) return null;
  return { observationId, recordId: chosen.id, recordName: chosen.name, phrase };
}
