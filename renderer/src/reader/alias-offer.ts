import type { Entity, Indicator, Language } from '../../../shared/model';
import { findRecord } from '../catalogue/catalogue-match';
import { entityPhrase, learnablePhrase } from './learn-phrase';

/** What the reader remembers of a suggestion it turned into a row: the clause's words and what it suggested. */
export interface AcceptedSuggestion {
  /** The extraction's noun phrase before the figure (its indicator words). */
  hint: string | undefined;
  /** The clause's text before the figure (where a name of its entity stands). */
  before: string;
  suggestedIndicator: string;
  suggestedEntity: string;
  lang: Language;
}

export type KeyField = 'entity' | 'indicator';

/** An offer to remember a clause's key phrase as an alias of the record the curator chose. */
export interface AliasOffer {
  observationId: string;
  collection: 'entities' | 'indicators';
  recordId: string;
  recordName: string;
  phrase: string;
}

/**
 * The offer to make when a row made from a suggestion now has an entity or indicator the clause's words did not
 * suggest: a catalogue record other than the suggested one, and a key phrase that names no catalogue record yet (an
 * alias belongs to one record only). The indicator's phrase is the noun phrase before the number, the entity's the
 * last name written before it (learn-phrase.ts). Null when there is nothing to learn.
 */
export function aliasOffer(
  observationId: string,
  field: KeyField,
  chosenName: string,
  accepted: AcceptedSuggestion,
  indicators: readonly Indicator[],
  entities: readonly Entity[],
): AliasOffer | null {
  const records: readonly (Entity | Indicator)[] = field === 'indicator' ? indicators : entities;
  const chosen = findRecord(records, chosenName);
  if (!chosen) return null;
  const suggested = findRecord(records, field === 'indicator' ? accepted.suggestedIndicator : accepted.suggestedEntity);
  if (suggested?.id === chosen.id) return null;
  const phrase =
    field === 'indicator'
      ? learnablePhrase(accepted.hint, accepted.lang, entities.flatMap((e) => [e.name, ...e.aliases]))
      : entityPhrase(accepted.before);
  if (!phrase || findRecord(indicators, phrase) || findRecord(entities, phrase)) return null;
  return { observationId, collection: field === 'indicator' ? 'indicators' : 'entities', recordId: chosen.id, recordName: chosen.name, phrase };
}
