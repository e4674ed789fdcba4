import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GroupIndex, observationInterval, type IndexInput } from '../../../shared/crosscheck';
import { readInterchange } from '../../../shared/interchange/read';
import type { Observation } from '../../../shared/model/observation';
import type { Language } from '../../../shared/model/vocab';
import { DATASET_FILE } from '../../backend/store/dataset-store';
import { parseDatasetJson } from '../../backend/store/doc-adapter';
import { applyJournal } from '../../backend/store/journal';
import { plural } from '../../../shared/text/plural';
import { missingGroupKeys } from '../../../shared/validation/not-grouped';
import { CliError, type CliCommand, type CliIo } from '../io';
import { takeLangOption, takeValueOption } from './options';

/** JSON has no Infinity: an unbounded end of an interval prints as null (under → [null, high)). */
const bound = (x: number) => (Number.isFinite(x) ? x : null);

async function readText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such file or folder: ${file}`);
    throw new CliError(`cannot read ${file}: ${(err as Error).message}`);
  }
}

/** Rows of an interchange file as a dataset to check; any bad row stops the check (a partial check would mislead). */
function fromInterchange(text: string, format: 'csv' | 'json', file: string): IndexInput {
  const { rows, errors } = readInterchange(text, format);
  if (errors.length) {
    const e = errors[0];
    const where = e.row === 0 ? file : `${file} row ${e.row}${e.column ? `, ${e.column}` : ''}`;
    throw new CliError(`${where}: ${e.message}${errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : ''}`);
  }
  return { observations: rows.map((r) => r.observation), sources: [], resolutions: [] };
}

/**
 * What to check: a dataset folder or its dataset.json (read only: no lock taken, nothing written, so it may run
 * while the app has the dataset open), or an interchange CSV/JSON file. Interchange rows carry no source language:
 * `--lang` sets it, else each stated text's language is guessed (crosscheck/language-guess.ts).
 */
async function load(target: string, io: CliIo): Promise<IndexInput> {
  let stat;
  try {
    stat = await fs.stat(target);
  } catch {
    throw new CliError(`no such file or folder: ${target}`);
  }
  if (stat.isDirectory()) {
    const file = path.join(target, DATASET_FILE);
    const doc = parseDatasetJson(await readText(file), file);
    const journal = await applyJournal(doc, target); // the same reader as the app: seq order, duplicates ignored
    for (const w of journal.warnings) io.err(`tally check: ${w}`);
    return doc;
  }
  const ext = path.extname(target).toLowerCase();
  const text = await readText(target);
  if (ext === '.csv') return fromInterchange(text, 'csv', target);
  if (ext === '.json') {
    // A dataset document is an object with a schema version; interchange JSON is an array of rows.
    const looksLikeDataset = /^\uFEFF?\s*\{/.test(text) && /"schemaVersion"\s*:/.test(text);
    return looksLikeDataset ? parseDatasetJson(text, target) : fromInterchange(text, 'json', target);
  }
  throw new CliError(`expected a dataset folder, a dataset.json, a .csv or a .json file, not ${target}`);
}

function readTolerance(v: string | undefined): number {
  const t = v === undefined || v.trim() === '' ? NaN : Number(v);
  if (!(t >= 0 && t <= 1)) throw new CliError(`--tolerance must be a number from 0 to 1, got ${v === undefined ? 'nothing' : `"${v}"`}`);
  return t;
}

function observationOut(o: Observation, index: GroupIndex) {
  const i = observationInterval(o, index.languageOf(o), index.tolerance);
  return {
    id: o.id,
    value: o.value,
    unit: o.unit,
    qualifier: o.qualifier,
    stated: o.stated,
    source_id: o.sourceId,
    interval: i === null ? null : [bound(i.low), bound(i.high)],
  };
}

export const command: CliCommand = {
  usage:
    'check <dataset folder | dataset.json | file.csv | file.json> [--tolerance 0.05] [--lang vi|en]   cross-checks groups; JSON { groups, ungrouped }',
  async run(args, io) {
    const t = takeValueOption(args, 'tolerance', readTolerance);
    const { lang, rest } = takeLangOption(t.rest);
    if (rest.length !== 1) {
      throw new CliError(rest.length ? `expected one dataset or file, got ${rest.length}` : 'give a dataset folder or a CSV/JSON file, e.g. tally check data/sample');
    }
    const doc = await load(rest[0], io);
    const fallbackLanguage: Language | null = lang ?? null;
    const index = new GroupIndex(doc, { tolerance: t.value, fallbackLanguage });
    const groups = index.views().map((v) => ({
      entity: v.key.entity,
      indicator: v.key.indicator,
      period: v.key.period,
      status: v.status,
      spread: v.spread,
      resolved: v.resolved,
      stale: v.stale,
      observations: (index.group(v.keyString)?.members ?? []).map((o) => observationOut(o, index)),
    }));
    // Rows without entity, indicator or period are in no group: listed, never dropped silently (issue 9).
    const ungrouped = doc.observations
      .map((o) => ({ id: o.id, stated: o.stated, missing: missingGroupKeys(o) }))
      .filter((u) => u.missing.length > 0);
    if (ungrouped.length) {
      io.err(`tally check: ${plural(ungrouped.length, 'observation')} of ${doc.observations.length} not grouped (no entity, indicator or period): see "ungrouped"`);
    }
    io.out(JSON.stringify({ tolerance: index.tolerance, groups, ungrouped }, null, 2));
    return 0;
  },
};
