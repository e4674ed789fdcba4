import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueFile } from '../../../shared/api/contract';
import { buildCatalogueIndex } from '../../../shared/catalogue/catalogue-index';
import { validateCatalogueFile } from '../../../shared/catalogue/validate-catalogue';
import { extractFigures } from '../../../shared/extract/extract-figures';
import type { FoundFigure } from '../../../shared/extract/found-figure';
import { readArticleText } from '../../../shared/import/read-article';
import type { Language } from '../../../shared/model/vocab';

/*
 * Issue 9's bars, measured on passages written for this test (tests/fixtures/suggest-corpus): news-style articles in
 * Vietnamese and English, HTML tables and bylines included, several sources reporting the same indicators, each
 * figure labelled by hand with value, unit, qualifier, period, entity and indicator under the revised domain.md, and
 * a catalogue naming the entities and indicators. Articles are read as an import reads them (HTML to text, title and
 * publication date from the article). A found figure overlapping no labelled figure is a false figure.
 */

const DIR = path.resolve(__dirname, '../../fixtures/suggest-corpus');

interface Label {
  text: string;
  value: number;
  unit: string;
  qualifier: string;
  period: string | null;
  entity: string;
  indicator: string | null;
  note?: string;
  start: number;
  end: number;
}
interface Passage {
  name: string;
  text: string;
  lang: Language;
  published?: string;
  title: string;
  labels: Label[];
}

const catalogueFile = CatalogueFile.parse(JSON.parse(readFileSync(path.join(DIR, 'catalogue.json'), 'utf8')));
const catalogue = buildCatalogueIndex(catalogueFile);

function load(): Passage[] {
  const files = readdirSync(DIR);
  return files
    .filter((f) => f.endsWith('.json') && f !== 'catalogue.json')
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, '');
      const article = files.find((a) => a.startsWith(`${name}.`) && !a.endsWith('.json'));
      if (!article) throw new Error(`${name}: no article file beside its labels`);
      const { text, meta } = readArticleText(article, readFileSync(path.join(DIR, article), 'utf8'));
      const spec = JSON.parse(readFileSync(path.join(DIR, f), 'utf8'));
      let cursor = 0;
      const labels = (spec.figures as Omit<Label, 'start' | 'end'>[]).map((l) => {
        const start = text.indexOf(l.text, cursor);
        if (start < 0) throw new Error(`${name}: labelled figure "${l.text}" not found in order in the text`);
        cursor = start + 1;
        return { ...l, start, end: start + l.text.length };
      });
      return { name, text, lang: spec.lang, published: meta.published || spec.published, title: meta.title, labels };
    });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

interface Tally {
  labels: number;
  readRight: number;
  falseFigures: number;
  withPeriod: number;
  periodRight: number;
  entityRight: number;
  indicatorRight: number;
  lines: string[];
}

function score(passages: Passage[]): Tally {
  const t: Tally = { labels: 0, readRight: 0, falseFigures: 0, withPeriod: 0, periodRight: 0, entityRight: 0, indicatorRight: 0, lines: [] };
  for (const p of passages) {
    const found = extractFigures(p.text, { lang: p.lang, published: p.published, catalogue, title: p.title });
    const matchOf = new Map<Label, FoundFigure>();
    t.lines.push(`${p.name} (${p.lang}, published ${p.published ?? '?'})`);
    for (const f of found) {
      const l = p.labels.find((x) => !matchOf.has(x) && overlaps(f, x));
      if (l) matchOf.set(l, f);
      else {
        t.falseFigures++;
        t.lines.push(`  FALSE "${f.text}" = ${f.value} ${f.unit}`);
      }
    }
    for (const l of p.labels) {
      const f = matchOf.get(l);
      t.labels++;
      const read = !!f && sameNumber(f.value, l.value) && f.unit === l.unit && f.qualifier === l.qualifier;
      const period = !!f && (f.period?.code ?? null) === l.period;
      const entity = !!f && f.entity === l.entity;
      const indicator = !!f && f.indicator === l.indicator;
      if (read) t.readRight++;
      if (l.period !== null) {
        t.withPeriod++;
        if (period) t.periodRight++;
      }
      if (entity) t.entityRight++;
      if (indicator) t.indicatorRight++;
      const mark = (ok: boolean) => (ok ? ' ' : '✗');
      const got = f
        ? `${f.value} ${f.unit} ${f.qualifier} | ${f.period?.code ?? '-'} | ${f.entity ?? '-'} | ${f.indicator ?? '-'}${f.context ? ` | ${f.context}` : ''}`
        : 'NOT FOUND';
      t.lines.push(
        `  ${mark(read)}${mark(period || l.period === null)}${mark(entity)}${mark(indicator)} "${l.text}" want ${l.value} ${l.unit} ${l.qualifier} | ${l.period ?? '-'} | ${l.entity} | ${l.indicator ?? '-'}  got ${got}`,
      );
    }
  }
  return t;
}

describe('suggestions on the hand-labelled corpus (issue 9 bars)', () => {
  const passages = load();
  const t = score(passages);
  const pct = (n: number, d: number) => (d ? (100 * n) / d : 100);
  const recall = pct(t.readRight, t.labels);
  const falsePer500 = (500 * t.falseFigures) / t.labels;
  const period = pct(t.periodRight, t.withPeriod);
  const entity = pct(t.entityRight, t.labels);
  const indicator = pct(t.indicatorRight, t.labels);
  const summary =
    `${passages.length} passages, ${t.labels} labelled figures: recall ${recall.toFixed(1)}% (value+unit+qualifier), ` +
    `${t.falseFigures} false (${falsePer500.toFixed(1)} per 500), period ${period.toFixed(1)}% of ${t.withPeriod}, ` +
    `entity ${entity.toFixed(1)}%, indicator ${indicator.toFixed(1)}%`;
  console.log(`${summary}\n(marks: value+unit+qualifier, period, entity, indicator)\n${t.lines.join('\n')}`);

  it('is a real corpus: at least 12 passages in both languages, HTML tables, a catalogue that validates', () => {
    expect(passages.length).toBeGreaterThanOrEqual(12);
    expect(passages.some((p) => p.lang === 'en') && passages.some((p) => p.lang === 'vi')).toBe(true);
    expect(passages.some((p) => p.text.includes('\t'))).toBe(true);
    expect(validateCatalogueFile(catalogueFile)).toEqual([]);
  });
  it('finds ≥ 97% of the figures with the right value, unit and qualifier', () => expect(recall, summary).toBeGreaterThanOrEqual(97));
  it('finds ≤ 2 false figures per 500', () => expect(falsePer500, summary).toBeLessThanOrEqual(2));
  it('gives the right period to ≥ 90% of the figures that have one', () => expect(period, summary).toBeGreaterThanOrEqual(90));
  it('suggests the right entity for ≥ 90% of the figures', () => expect(entity, summary).toBeGreaterThanOrEqual(90));
  it('suggests the right indicator for ≥ 90% of the figures', () => expect(indicator, summary).toBeGreaterThanOrEqual(90));
});
