import { OBSERVATION_STATUSES, QUALIFIERS, GROUP_STATUSES, LANGUAGES } from '../model/vocab';
import { INTERCHANGE_COLUMNS, type InterchangeColumn } from '../interchange/columns';

/** Frictionless Table Schema field types used by the exports. */
export type FieldType = 'string' | 'number' | 'integer' | 'date' | 'datetime' | 'array';

/**
 * One column of an exported table: its Table Schema type and constraints, and its spreadsheet width. `required`
 * always holds; `requiredWhenValid` holds only when the dataset passed validation (every record complete), so a
 * full export of a dataset with drafts still conforms to its own schema.
 */
export interface FieldDef {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
  requiredWhenValid?: boolean;
  enum?: readonly string[];
  format?: string;
  /** Spreadsheet column width, in characters. */
  width: number;
}

export interface ForeignKeyDef {
  field: string;
  resource: TableName;
  refField: string;
}

export type TableName = 'observations' | 'sources' | 'resolutions' | 'validated';

export interface TableDef {
  name: TableName;
  title: string;
  /** Sheet name in the workbook. */
  sheet: string;
  fields: FieldDef[];
  primaryKey: string[];
  foreignKeys: ForeignKeyDef[];
}

/**
 * Times are written as stored (ISO 8601 with milliseconds, so a re-import is exact); Table Schema's default datetime
 * format has no fraction of a second, so the fields say `any` (any ISO 8601 form), as Frictionless allows.
 */
const DATETIME_FORMAT = 'any';

/** A cell as the table builders produce it; each writer turns it into its own form. */
export type Cell = string | number | null | readonly string[];
export type TableRecord = Record<string, Cell>;

const OBS_FIELDS: Record<InterchangeColumn, Omit<FieldDef, 'name'>> = {
  id: { type: 'string', description: 'Observation id', required: true, width: 14 },
  entity: { type: 'string', description: 'What the figure is about', requiredWhenValid: true, width: 18 },
  indicator: { type: 'string', description: 'What is measured', requiredWhenValid: true, width: 26 },
  period: { type: 'string', description: 'Period code: 2021, 2024-H1, 2024-Q2, 2024-M01..M05, 2024-08-16, 2021..2025', requiredWhenValid: true, width: 14 },
  value: { type: 'number', description: 'Normalised value', requiredWhenValid: true, width: 18 },
  unit: { type: 'string', description: 'Unit: ISO 4217 currency, %, VND/person, a counted noun, count, rank', requiredWhenValid: true, width: 12 },
  qualifier: { type: 'string', description: 'Hedge the source put before the figure', required: true, enum: QUALIFIERS, width: 10 },
  stated: { type: 'string', description: 'The figure as written in the source', width: 24 },
  source_id: { type: 'string', description: 'Source id (sources.id)', requiredWhenValid: true, width: 12 },
  source_title: { type: 'string', description: 'Source title', width: 30 },
  source_url: { type: 'string', description: 'Source URL', format: 'uri', width: 30 },
  source_published: { type: 'date', description: 'Source publication date', width: 14 },
  quote: { type: 'string', description: 'The exact quoted passage', requiredWhenValid: true, width: 40 },
  quote_start: { type: 'integer', description: 'Quote start offset (JavaScript string offset into the source text)', requiredWhenValid: true, width: 11 },
  quote_end: { type: 'integer', description: 'Quote end offset (exclusive)', requiredWhenValid: true, width: 11 },
  status: { type: 'string', description: 'Review state of the observation', required: true, enum: OBSERVATION_STATUSES, width: 11 },
  note: { type: 'string', description: 'Curator note', width: 24 },
};

export const OBSERVATIONS_TABLE: TableDef = {
  name: 'observations',
  title: 'Observations',
  sheet: 'Observations',
  fields: INTERCHANGE_COLUMNS.map((name) => ({ name, ...OBS_FIELDS[name] })),
  primaryKey: ['id'],
  foreignKeys: [{ field: 'source_id', resource: 'sources', refField: 'id' }],
};

export const SOURCES_TABLE: TableDef = {
  name: 'sources',
  title: 'Sources',
  sheet: 'Sources',
  fields: [
    { name: 'id', type: 'string', description: 'Source id', required: true, width: 12 },
    { name: 'title', type: 'string', description: 'Title', required: true, width: 40 },
    { name: 'publisher', type: 'string', description: 'Publisher', width: 20 },
    { name: 'author', type: 'string', description: 'Author', width: 18 },
    { name: 'url', type: 'string', description: 'URL', format: 'uri', width: 36 },
    { name: 'published', type: 'date', description: 'Publication date', width: 12 },
    { name: 'language', type: 'string', description: 'Language of the text', required: true, enum: LANGUAGES, width: 9 },
    { name: 'versions', type: 'integer', description: 'Number of frozen text versions', required: true, width: 9 },
    { name: 'text_hash', type: 'string', description: 'SHA-256 of the current text', required: true, width: 20 },
    { name: 'text_length', type: 'integer', description: 'Length of the current text (JavaScript string length)', required: true, width: 11 },
  ],
  primaryKey: ['id'],
  foreignKeys: [],
};

/** The columns that name a group (entity + indicator + period), alike in every table keyed by group. */
const GROUP_KEY_FIELDS: FieldDef[] = [
  { name: 'entity', type: 'string', description: 'Group: entity', required: true, width: 18 },
  { name: 'indicator', type: 'string', description: 'Group: indicator', required: true, width: 26 },
  { name: 'period', type: 'string', description: 'Group: period code', required: true, width: 12 },
];

export const RESOLUTION_STATES = ['current', 'stale', 'superseded'] as const;

export const RESOLUTIONS_TABLE: TableDef = {
  name: 'resolutions',
  title: 'Resolutions',
  sheet: 'Resolutions',
  fields: [
    { name: 'id', type: 'string', description: 'Resolution id', required: true, width: 12 },
    ...GROUP_KEY_FIELDS,
    { name: 'value', type: 'number', description: 'Accepted value', required: true, width: 18 },
    { name: 'unit', type: 'string', description: 'Unit of the accepted value', required: true, width: 12 },
    { name: 'observation_id', type: 'string', description: 'Observation the value rests on; empty when entered by hand or since deleted', width: 14 },
    { name: 'rationale', type: 'string', description: "The reviewer's reasons", width: 40 },
    { name: 'decided_by', type: 'string', description: 'Reviewer', required: true, width: 16 },
    { name: 'decided_at', type: 'datetime', format: DATETIME_FORMAT, description: 'When it was decided (UTC)', required: true, width: 22 },
    { name: 'state', type: 'string', description: 'current: in force; stale: the group changed since; superseded: a later decision replaced it', required: true, enum: RESOLUTION_STATES, width: 11 },
    { name: 'basis_ids', type: 'array', description: 'Observations the decision was made on (JSON array)', required: true, width: 24 },
  ],
  primaryKey: ['id'],
  foreignKeys: [{ field: 'observation_id', resource: 'observations', refField: 'id' }],
};

export const VALIDATED_BASES = ['resolution', 'agree', 'single', 'open'] as const;

export const VALIDATED_TABLE: TableDef = {
  name: 'validated',
  title: 'Validated figures: one accepted value per group',
  sheet: 'Validated',
  fields: [
    ...GROUP_KEY_FIELDS,
    { name: 'value', type: 'number', description: 'Accepted value (empty only for open groups in a draft)', requiredWhenValid: true, width: 18 },
    { name: 'unit', type: 'string', description: 'Unit (empty only for an open group whose units differ, in a draft)', requiredWhenValid: true, width: 12 },
    { name: 'qualifier', type: 'string', description: 'Qualifier of the accepted figure; empty when its sources differ', enum: QUALIFIERS, width: 10 },
    { name: 'group_status', type: 'string', description: 'Cross-check status of the group', required: true, enum: GROUP_STATUSES, width: 12 },
    { name: 'basis', type: 'string', description: "resolution: a reviewer's decision; agree / single: the sources' common value; open: undecided (drafts only)", required: true, enum: VALIDATED_BASES, width: 11 },
    { name: 'accepted_observation_id', type: 'string', description: 'The observation the value is taken from, when there is one', width: 14 },
    { name: 'observation_ids', type: 'array', description: 'Observations the value rests on (JSON array)', required: true, width: 22 },
    { name: 'source_ids', type: 'array', description: 'Their sources (JSON array)', required: true, width: 18 },
    { name: 'source_titles', type: 'array', description: 'Titles of those sources (JSON array)', required: true, width: 36 },
    { name: 'source_urls', type: 'array', description: 'URLs of those sources (JSON array)', required: true, width: 36 },
    { name: 'quotes', type: 'array', description: 'The quoted passages, one per observation (JSON array)', required: true, width: 40 },
    { name: 'rationale', type: 'string', description: "The reviewer's reasons", width: 36 },
    { name: 'decided_by', type: 'string', description: 'Reviewer', width: 16 },
    { name: 'decided_at', type: 'datetime', format: DATETIME_FORMAT, description: 'When it was decided (UTC)', width: 22 },
    { name: 'resolution_id', type: 'string', description: 'The resolution (resolutions.id)', width: 12 },
  ],
  primaryKey: ['entity', 'indicator', 'period'],
  foreignKeys: [
    { field: 'accepted_observation_id', resource: 'observations', refField: 'id' },
    { field: 'resolution_id', resource: 'resolutions', refField: 'id' },
  ],
};

export const TABLES: Record<TableName, TableDef> = {
  observations: OBSERVATIONS_TABLE,
  sources: SOURCES_TABLE,
  resolutions: RESOLUTIONS_TABLE,
  validated: VALIDATED_TABLE,
};
