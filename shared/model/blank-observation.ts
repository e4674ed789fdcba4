import type { ObservationFields } from './observation';

/**
 * The fields of a new, empty row that the user fills in cell by cell: a draft with no figure, source or quote yet.
 * One definition, so the grid's "Add row" and the backend's create agree on what blank means.
 */
export const blankObservationFields = (): ObservationFields => ({
  entity: '',
  indicator: '',
  period: '',
  value: null,
  unit: '',
  qualifier: 'exact',
  stated: '',
  sourceId: null,
  quote: null,
  status: 'draft',
  deprecation: null,
  note: '',
});
