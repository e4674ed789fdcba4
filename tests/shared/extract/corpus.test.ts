import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/extract-figures';
import type { FoundFigure } from '../../../shared/extract/found-figure';
import type { Language } from '../../../shared/model/vocab';

/*
 * Held-out evaluation (issue 3, quality bar): passages written for this test, with the figures a careful reader
 * finds in them written by hand beside each one. Recall counts an expected figure as found only when a found
 * figure overlaps its span with the same value, unit and qualifier; a found figure overlapping a listed
 * non-figure (date, year, time, name, phone number, page chrome) is a false positive, as is one that matches
 * nothing expected.
 */

const DIR = path.resolve(__dirname, '../../fixtures/corpus');

interface Expected {
  text: string;
  value: number;
  unit: string;
  qualifier: string;
  range?: [number, number];
  note?: string;
}
interface Passage {
  name: string;
  text: string;
  lang: Language;
  published?: string;
  figures: (Expected & { start: number; end: number })[];
  notFigures: { text: string; start: number; end: number }[];
}

function load(): Passage[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, '');
      const text = readFileSync(path.join(DIR, `${name}.txt`), 'utf8');
      const spec = JSON.parse(readFileSync(path.join(DIR, f), 'utf8'));
      // Expected figures are listed in text order: each is looked up after the previous one.
      let cursor = 0;
      const figures = (spec.figures as Expected[]).map((e) => {
        const start = text.indexOf(e.text, cursor);
        if (start < 0) throw new Error(`${name}: expected figure "${e.text}" not found in order in the text`);
        cursor = start + 1;
        return { ...e, start, end: start + e.text.length };
      });
      const notFigures = (spec.notFigures as string[]).flatMap((t) => {
        const spans: Passage['notFigures'] = [];
        for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) spans.push({ text: t, start: i, end: i + t.length });
        if (spans.length === 0) throw new Error(`${name}: non-figure "${t}" not found in the text`);
        return spans;
      });
      return { name, text, lang: spec.lang, published: spec.published, figures, notFigures };
    });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const sameNumber = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

function isRight(f: FoundFigure, e: Expected): boolean {
  if (!sameNumber(f.value, e.value) || f.unit !== e.unit || f.qualifier !== e.qualifier) return false;
  if (!e.range) return true;
  return !!f.range && sameNumber(f.range[0], e.range[0]) && sameNumber(f.range[1], e.range[1]);
}

const show = (f: FoundFigure) =>
  `"${f.text}" = ${f.value} ${f.unit} ${f.qualifier}${f.range ? ` [${f.range.join('..')}]` : ''}`;

interface Score {
  name: string;
  expected: number;
  right: number;
  found: number;
  /** Found figures overlapping a listed date, year, time or name. */
  trapHits: string[];
  /** Found figures matching no expected figure (and no listed non-figure). */
  extras: string[];
  misses: string[];
}

function score(p: Passage): Score {
  const found = extractFigures(p.text, { lang: p.lang, published: p.published });
  for (const f of found) expect(p.text.slice(f.start, f.end), p.name).toBe(f.text);
  const taken = new Set<number>();
  const matchOf = new Map<number, FoundFigure>();
  const s: Score = { name: p.name, expected: p.figures.length, right: 0, found: found.length, trapHits: [], extras: [], misses: [] };
  for (const f of found) {
    const trap = p.notFigures.find((n) => overlaps(f, n));
    if (trap) {
      s.trapHits.push(`${show(f)} on "${trap.text}"`);
      continue;
    }
    const i = p.figures.findIndex((e, k) => !taken.has(k) && overlaps(f, e));
    if (i < 0) {
      s.extras.push(show(f));
      continue;
    }
    taken.add(i);
    matchOf.set(i, f);
  }
  p.figures.forEach((e, i) => {
    const f = matchOf.get(i);
    if (f && isRight(f, e)) s.right++;
    else
      s.misses.push(
        `"${e.text}" want ${e.value} ${e.unit} ${e.qualifier}${e.range ? ` [${e.range.join('..')}]` : ''}` +
          ` — got ${f ? show(f) : 'nothing'}`,
      );
  });
  return s;
}

function report(scores: Score[]): string {
  const lines: string[] = [];
  for (const s of scores) {
    lines.push(`${s.name}: ${s.right}/${s.expected} right, ${s.found} found, ${s.trapHits.length} on traps, ${s.extras.length} extra`);
    for (const m of s.misses) lines.push(`  miss  ${m}`);
    for (const t of s.trapHits) lines.push(`  TRAP  ${t}`);
    for (const x of s.extras) lines.push(`  extra ${x}`);
  }
  return lines.join('\n');
}

describe('figure extraction on the held-out corpus (tests/fixtures/corpus)', () => {
  const passages = load();
  const scores = passages.map(score);
  const sum = (k: (s: Score) => number, only?: Language) =>
    scores.filter((_, i) => !only || passages[i].lang === only).reduce((a, s) => a + k(s), 0);
  const summary = report(scores);
  // CORPUS_REPORT=1 prints the per-passage summary even when everything passes.
  if (process.env.CORPUS_REPORT) console.log(summary);

  it('has passages in both languages, mostly Vietnamese', () => {
    expect(passages.length).toBeGreaterThanOrEqual(8);
    expect(passages.filter((p) => p.lang === 'vi').length).toBeGreaterThan(passages.length / 2);
    expect(passages.some((p) => p.lang === 'en')).toBe(true);
  });

  it('finds at least 95% of the figures with value, unit and qualifier right', () => {
    const recall = sum((s) => s.right) / sum((s) => s.expected);
    expect(recall, `recall ${recall.toFixed(3)}\n${summary}`).toBeGreaterThanOrEqual(0.95);
    const recallVi = sum((s) => s.right, 'vi') / sum((s) => s.expected, 'vi');
    expect(recallVi, `Vietnamese recall ${recallVi.toFixed(3)}\n${summary}`).toBeGreaterThanOrEqual(0.95);
  });

  it('marks no date, year, time, name, phone number or page chrome as a figure', () => {
    expect(sum((s) => s.trapHits.length), summary).toBe(0);
  });

  it('finds few figures that are not in the expectations (precision ≥ 0.95)', () => {
    const found = sum((s) => s.found);
    const wrong = sum((s) => s.extras.length + s.trapHits.length);
    expect(1 - wrong / found, summary).toBeGreaterThanOrEqual(0.95);
  });
});
