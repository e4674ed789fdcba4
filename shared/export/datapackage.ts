import type { DatasetDoc } from '../model/dataset';
import { foldDiacritics } from '../text/fold';
import { TABLES, type FieldDef, type TableDef, type TableName } from './tables';

/** Package and resource names: lower-case letters, digits, '-', '_' and '.' (Frictionless naming rule). */
export function frictionlessName(text: string): string {
  const ascii = foldDiacritics(text)
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii || 'dataset';
}

export interface DataPackageOptions {
  tables: readonly TableName[];
  /** True when the dataset passed validation: the fields that every valid record has become required. */
  valid: boolean;
  draft: boolean;
  created: string;
}

/** A field's Table Schema descriptor. */
function fieldDescriptor(f: FieldDef, valid: boolean) {
  const constraints: Record<string, unknown> = {};
  if (f.required || (valid && f.requiredWhenValid)) constraints.required = true;
  if (f.enum) constraints.enum = [...f.enum];
  return {
    name: f.name,
    type: f.type,
    ...(f.format ? { format: f.format } : {}),
    description: f.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/**
 * The profiles give these lists at least one item when present (`"foreignKeys": []` makes the reference library
 * reject the whole package), so an empty list is left out rather than written.
 */
const nonEmpty = <K extends string, T>(key: K, list: T[]): { [P in K]?: T[] } => (list.length ? ({ [key]: list } as { [P in K]: T[] }) : {});

/** A Table Schema for one table. Foreign keys only to tables in the same package. */
export function tableSchema(t: TableDef, tables: readonly TableName[], valid: boolean) {
  return {
    fields: t.fields.map((f) => fieldDescriptor(f, valid)),
    missingValues: [''],
    primaryKey: t.primaryKey.length === 1 ? t.primaryKey[0] : [...t.primaryKey],
    ...nonEmpty(
      'foreignKeys',
      t.foreignKeys.filter((k) => tables.includes(k.resource)).map((k) => ({ fields: k.field, reference: { resource: k.resource, fields: k.refField } })),
    ),
  };
}

export const resourcePath = (name: TableName) => `${name}.csv`;

/**
 * datapackage.json for a Tabular Data Package: name, title, licenses, contributors and sources from the dataset,
 * one CSV resource per table with its Table Schema. A draft carries `draft: true` at the top (a custom property:
 * Frictionless allows them) and says so in its title.
 */
export function dataPackageDescriptor(doc: Pick<DatasetDoc, 'meta' | 'sources'>, options: DataPackageOptions) {
  const m = doc.meta;
  const title = m.title || m.name;
  return {
    profile: 'tabular-data-package',
    name: frictionlessName(m.name),
    id: m.id,
    title: options.draft ? `${title} (DRAFT: not validated)` : title,
    ...(m.description ? { description: m.description } : {}),
    ...(options.draft ? { draft: true } : {}),
    created: options.created,
    ...nonEmpty('licenses', m.licenses.map((l) => ({ name: l.name, ...(l.title ? { title: l.title } : {}), ...(l.path ? { path: l.path } : {}) }))),
    ...nonEmpty('contributors', m.contributors.map((c) => ({ title: c.title, role: c.role, ...(c.email ? { email: c.email } : {}) }))),
    ...nonEmpty('sources', doc.sources.map((s) => ({ title: s.title, ...(s.url ? { path: s.url } : {}) }))),
    resources: options.tables.map((name) => {
      const t = TABLES[name];
      return {
        name,
        title: t.title,
        path: resourcePath(name),
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: tableSchema(t, options.tables, options.valid),
      };
    }),
  };
}
export type DataPackageDescriptor = ReturnType<typeof dataPackageDescriptor>;
