import type { Observation } from '../../../shared/model';

/**
 * What an interchange round trip must keep of an observation (issue 5: ids, values, units, qualifiers, stated text,
 * quotes and offsets), plus the other interchange columns. Timestamps, deprecation and quote context are not in
 * the file. Written as "everything but", so a field added to Observation is compared until the file carries it or
 * it is left out here on purpose.
 */
export function roundTripEssence(o: Observation) {
  const { createdAt: _created, updatedAt: _updated, deprecation: _deprecation, quote, ...kept } = o;
  return { ...kept, quote: quote && { exact: quote.exact, start: quote.start, end: quote.end } };
}
