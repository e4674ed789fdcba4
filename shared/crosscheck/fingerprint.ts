import type { Observation } from '../model/observation';

/**
 * What an observation claims, as one string: a resolution records these, and any difference later makes it stale.
 * Review status and notes are left out: marking a figure verified does not reopen its group.
 */
export function observationFingerprint(o: Observation): string {
  return JSON.stringify([o.entity, o.indicator, o.period, o.value, o.unit, o.qualifier, o.stated, o.sourceId]);
}
