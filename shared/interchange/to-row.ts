import type { Observation } from '../model/observation';
import type { Source } from '../model/source';
import type { InterchangeRow } from './columns';

/**
 * One observation in the interchange columns. The period code is written as stored, the value as a number (CSV
 * turns it into plain digits), and status is the observation's review state. Source columns repeat the source's
 * metadata so a file read on its own still says where each figure came from.
 */
export function toRow(o: Observation, source: Source | undefined): InterchangeRow {
  return {
    id: o.id,
    entity: o.entity,
    indicator: o.indicator,
    period: o.period,
    value: o.value,
    unit: o.unit,
    qualifier: o.qualifier,
    stated: o.stated,
    source_id: o.sourceId ?? '',
    source_title: source?.title ?? '',
    source_url: source?.url ?? '',
    source_published: source?.published ?? '',
    quote: o.quote?.exact ?? '',
    quote_start: o.quote ? o.quote.start : null,
    quote_end: o.quote ? o.quote.end : null,
    status: o.status,
    note: o.note,
  };
}

/** Rows for a whole dataset, in its observation order. */
export function toRows(observations: readonly Observation[], sources: readonly Source[]): InterchangeRow[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return observations.map((o) => toRow(o, o.sourceId ? byId.get(o.sourceId) : undefined));
}
