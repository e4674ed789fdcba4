import { promises as fs } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

// An independent reader of a Tabular Data Package: it knows the Frictionless rules, not our table definitions, so
// it checks that the files conform to the descriptor they ship with.

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  profile: string;
  schema: {
    fields: Field[];
    missingValues?: string[];
    primaryKey: string | string[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}

const TYPES: Record<string, (s: string) => boolean> = {
  string: () => true,
  number: (s) => /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s) && Number.isFinite(Number(s)),
  integer: (s) => /^-?\d+$/.test(s),
  date: (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s,
  datetime: (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)),
  array: (s) => {
    try {
      return Array.isArray(JSON.parse(s));
    } catch {
      return false;
    }
  },
};

/** Every violation found, as "resource row N field: why" lines; empty when the package conforms. */
export async function checkDataPackage(folder: string): Promise<{ problems: string[]; rows: Record<string, Record<string, string>[]>; descriptor: any }> {
  const descriptor = JSON.parse(await fs.readFile(path.join(folder, 'datapackage.json'), 'utf8'));
  const problems: string[] = [];
  const rows: Record<string, Record<string, string>[]> = {};
  if (descriptor.profile !== 'tabular-data-package') problems.push(`profile is ${descriptor.profile}`);
  if (!/^[a-z0-9._-]+$/.test(descriptor.name)) problems.push(`package name "${descriptor.name}" breaks the naming rule`);
  for (const r of descriptor.resources as Resource[]) {
    const text = await fs.readFile(path.join(folder, r.path), 'utf8');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    const [header, ...data] = parsed.data;
    const names = r.schema.fields.map((f) => f.name);
    if (JSON.stringify(header) !== JSON.stringify(names)) problems.push(`${r.name}: header ${header} differs from the schema fields`);
    const missing = new Set(r.schema.missingValues ?? ['']);
    rows[r.name] = data.map((cells, i) => {
      if (cells.length !== names.length) problems.push(`${r.name} row ${i + 1}: ${cells.length} cells`);
      const rec: Record<string, string> = {};
      r.schema.fields.forEach((f, j) => {
        const v = cells[j] ?? '';
        rec[f.name] = v;
        if (missing.has(v)) {
          if (f.constraints?.required) problems.push(`${r.name} row ${i + 1} ${f.name}: required but missing`);
          return;
        }
        const check = TYPES[f.type];
        if (!check) problems.push(`${r.name}: unknown type ${f.type}`);
        else if (!check(v)) problems.push(`${r.name} row ${i + 1} ${f.name}: "${v}" is not a ${f.type}`);
        if (f.constraints?.enum && !f.constraints.enum.includes(v)) problems.push(`${r.name} row ${i + 1} ${f.name}: "${v}" not in enum`);
      });
      return rec;
    });
    const pk = ([] as string[]).concat(r.schema.primaryKey);
    const seen = new Set<string>();
    for (const rec of rows[r.name]) {
      const k = JSON.stringify(pk.map((f) => rec[f]));
      if (seen.has(k)) problems.push(`${r.name}: primary key ${k} repeated`);
      seen.add(k);
    }
  }
  for (const r of descriptor.resources as Resource[]) {
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = rows[fk.reference.resource];
      if (!target) {
        problems.push(`${r.name}: foreign key to missing resource ${fk.reference.resource}`);
        continue;
      }
      const keys = new Set(target.map((t) => t[fk.reference.fields]));
      rows[r.name].forEach((rec, i) => {
        const v = rec[fk.fields];
        if (v !== '' && !keys.has(v)) problems.push(`${r.name} row ${i + 1} ${fk.fields}: "${v}" not found in ${fk.reference.resource}`);
      });
    }
  }
  return { problems, rows, descriptor };
}
