/**
 * Builds the sample dataset in data/sample/ from the seed articles and the curated list in sample-observations.ts.
 * Run: npx tsx scripts/make-sample.ts [--seeds DIR] [--out DIR]
 * The output depends only on its inputs (fixed ids and timestamps), so running it twice gives identical files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DatasetDoc,
  ObservationFields,
  SCHEMA_VERSION,
  SourceMeta,
  type Entity,
  type Indicator,
  type Observation,
  type QuoteAnchor,
  type Source,
} from '../shared/model';
import { hashText } from '../electron/backend/store/source-texts';
import { parsePeriodCode } from '../shared/periods/period-code';
import { makeAnchor } from '../shared/text/anchor';
import { foldDiacritics } from '../shared/text/fold';
import { catalogueProblemsMessage, validateCatalogueFile } from '../shared/catalogue/validate-catalogue';
import { unitFitsIndicator } from '../shared/catalogue/unit-fit';
import { SAMPLE_ENTITIES, SAMPLE_INDICATORS } from './sample-catalogue';
import { SAMPLE_OBSERVATIONS, SAMPLE_SOURCES, type SampleObservation } from './sample-observations';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SEEDS_DIR = path.resolve(REPO_ROOT, '../shared/seeds');
export const DEFAULT_OUT_DIR = path.join(REPO_ROOT, 'data/sample');

/** A fixed instant for every timestamp, so that rebuilding does not change the files. */
export const SAMPLE_TIME = '2026-11-01T00:00:00.000Z';

export const sourceFileName = (sourceId: string) => `sources/${sourceId}.v1.txt`;

/** All start offsets of passage in text, overlapping ones included. */
function occurrences(text: string, passage: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(passage); i !== -1; i = text.indexOf(passage, i + 1)) found.push(i);
  return found;
}

/**
 * Anchors a passage in a text. A passage that is missing, or occurs more than once without an occurrence index,
 * is an error: a citation must point at one place.
 */
export function anchorQuote(text: string, passage: string, occurrence?: number): QuoteAnchor {
  const starts = occurrences(text, passage);
  const shown = JSON.stringify(passage);
  if (starts.length === 0) throw new Error(`quote ${shown} does not occur in the source text`);
  if (occurrence === undefined && starts.length > 1) {
    throw new Error(`quote ${shown} occurs ${starts.length} times; lengthen it or give its occurrence index`);
  }
  const start = starts[occurrence ?? 0];
  if (start === undefined) throw new Error(`quote ${shown} has no occurrence ${occurrence} (found ${starts.length})`);
  return makeAnchor(text, start, start + passage.length); // the same anchor the app makes for a selection
}

/** Registry id from a name: "Export value" → ind-export-value, "Thái Nguyên" → ent-thai-nguyen. */
export function slugId(prefix: string, name: string): string {
  const slug = foldDiacritics(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${prefix}-${slug}`.slice(0, 64);
}

function checkObservation(o: SampleObservation, label: string): void {
  const period = parsePeriodCode(o.period);
  if (!period.ok) throw new Error(`${label}: ${period.message}`);
  if (!o.quote.includes(o.stated)) throw new Error(`${label}: stated ${JSON.stringify(o.stated)} is not inside its quote`);
  if (!Number.isFinite(o.value)) throw new Error(`${label}: value is not a finite number`);
}

/** Registries in id order, the order the dataset store keeps on disk, so its first save leaves them in place. */
const byId = <T extends { id: string }>(items: T[]) => items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The catalogue records by name, with ids from their names. */
function sampleCatalogue(): { entities: Map<string, Entity>; indicators: Map<string, Indicator> } {
  const entities = new Map(SAMPLE_ENTITIES.map((e): [string, Entity] => [e.name, { id: slugId('ent', e.name), ...e }]));
  const indicators = new Map(SAMPLE_INDICATORS.map((i): [string, Indicator] => [i.name, { id: slugId('ind', i.name), ...i }]));
  return { entities, indicators };
}

export interface BuiltSample {
  doc: DatasetDoc;
  /** Files to write beside dataset.json, by path relative to the dataset folder. */
  files: Map<string, string>;
}

/** Assembles and validates the dataset; texts maps each source id to its full text. */
export function buildSample(texts: ReadonlyMap<string, string>): BuiltSample {
  const files = new Map<string, string>();
  const sources: Source[] = SAMPLE_SOURCES.map((s) => {
    const text = texts.get(s.id);
    if (text === undefined) throw new Error(`no text for source ${s.id}`);
    const file = sourceFileName(s.id);
    files.set(file, text);
    // SourceMeta keeps the metadata fields and drops the seed file name.
    return {
      id: s.id,
      ...SourceMeta.parse(s),
      versions: [{ file, hash: hashText(text), length: text.length, importedAt: SAMPLE_TIME }],
      createdAt: SAMPLE_TIME,
      updatedAt: SAMPLE_TIME,
    };
  });

  const { entities, indicators } = sampleCatalogue();
  const observations: Observation[] = SAMPLE_OBSERVATIONS.map((o, i) => {
    const id = `obs-${String(i + 1).padStart(3, '0')}`;
    const label = `${id} (${o.entity} · ${o.indicator} · ${o.period})`;
    checkObservation(o, label);
    const text = texts.get(o.source);
    if (text === undefined) throw new Error(`${label}: unknown source ${o.source}`);
    let quote: QuoteAnchor;
    try {
      quote = anchorQuote(text, o.quote, o.occurrence);
    } catch (e) {
      throw new Error(`${label}: ${(e as Error).message}`, { cause: e });
    }

    if (!entities.has(o.entity)) throw new Error(`${label}: entity ${o.entity} is not in sample-catalogue.ts`);
    const indicator = indicators.get(o.indicator);
    if (!indicator) throw new Error(`${label}: indicator ${o.indicator} is not in sample-catalogue.ts`);
    if (!unitFitsIndicator(o.unit, indicator.unit)) throw new Error(`${label}: unit ${o.unit} cannot be the unit of ${indicator.name} (${indicator.unit})`);

    // ObservationFields keeps the claim's own fields (entity … qualifier, stated) and drops source and occurrence.
    const fields = ObservationFields.safeParse({ ...o, sourceId: o.source, quote, status: o.status ?? 'draft' });
    if (!fields.success) throw new Error(`${label}: ${fields.error.issues[0].path.join('.')}: ${fields.error.issues[0].message}`);
    return { id, ...fields.data, createdAt: SAMPLE_TIME, updatedAt: SAMPLE_TIME };
  });

  for (const [reg, noun] of [
    [entities, 'entity'],
    [indicators, 'indicator'],
  ] as const) {
    const ids = [...reg.values()].map((r) => r.id);
    const dup = ids.find((x, i) => ids.indexOf(x) !== i);
    if (dup) throw new Error(`two catalogue entries share the id ${dup}`);
    const used = new Set(SAMPLE_OBSERVATIONS.map((o) => o[noun]));
    const unused = [...reg.keys()].find((name) => !used.has(name));
    if (unused) throw new Error(`sample-catalogue.ts: ${noun} ${unused} is used by no observation`);
  }

  const problems = validateCatalogueFile({ entities: [...entities.values()], indicators: [...indicators.values()] });
  if (problems.length) throw new Error(`sample-catalogue.ts: ${catalogueProblemsMessage(problems)}`);

  const doc = DatasetDoc.parse({
    schemaVersion: SCHEMA_VERSION,
    meta: {
      id: 'sample-thai-nguyen',
      name: 'Sample – Thái Nguyên',
      title: 'Thái Nguyên economic figures from three news articles (2021–2024)',
      description:
        'Figures for Thái Nguyên province curated from three Vietnamese articles: one of December 2024 (figures for 2024), ' +
        'one of 15/08/2022 and one of early 2022 (figures for 2021). Each observation quotes its source. ' +
        'Dates: src-000 gives only "2024-12", recorded as 2024-12-01; src-002 gives no date. ' +
        '"đến nay" figures are filed under the publication date, except where a note says otherwise.',
      tolerance: 0.05,
      licenses: [
        {
          name: 'CC-BY-4.0',
          title: 'Creative Commons Attribution 4.0 for the curated observations; the article texts belong to their publishers',
          path: 'https://creativecommons.org/licenses/by/4.0/',
        },
      ],
      contributors: [{ title: 'Tally team', role: 'author', email: '' }],
      createdAt: SAMPLE_TIME,
      updatedAt: SAMPLE_TIME,
    },
    sources,
    entities: byId([...entities.values()]),
    indicators: byId([...indicators.values()]),
    observations,
    resolutions: [],
    // Its (empty) history is all in the file: opening a fresh copy writes nothing.
    historySeq: 0,
  });
  return { doc, files };
}

/** The bytes of dataset.json: two-space JSON with a final newline. */
export const serialiseDoc = (doc: DatasetDoc) => JSON.stringify(doc, null, 2) + '\n';

export function readSeedTexts(seedsDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const s of SAMPLE_SOURCES) {
    const file = path.join(seedsDir, s.seed);
    try {
      texts.set(s.id, readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`cannot read seed article ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { cause: e });
    }
  }
  return texts;
}

function argValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  if (i === -1) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a folder`);
  return v;
}

function main(args: string[]): void {
  const seedsDir = path.resolve(argValue(args, '--seeds') ?? DEFAULT_SEEDS_DIR);
  const outDir = path.resolve(argValue(args, '--out') ?? DEFAULT_OUT_DIR);
  const { doc, files } = buildSample(readSeedTexts(seedsDir));
  // Everything is built and validated before the first write.
  mkdirSync(path.join(outDir, 'sources'), { recursive: true });
  for (const [rel, text] of files) writeFileSync(path.join(outDir, rel), text, 'utf8');
  writeFileSync(path.join(outDir, 'history.jsonl'), '', 'utf8');
  writeFileSync(path.join(outDir, 'dataset.json'), serialiseDoc(doc), 'utf8');
  console.log(`wrote ${outDir}: ${doc.sources.length} sources, ${doc.observations.length} observations`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(`make-sample: ${(e as Error).message}`);
    process.exit(1);
  }
}
