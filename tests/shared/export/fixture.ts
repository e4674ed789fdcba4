import { createHash } from 'node:crypto';
import { checkDataset, resolutionBasis } from '../../../shared/crosscheck';
import type { DatasetDoc, Observation, Resolution, Source } from '../../../shared/model';

// A small dataset in memory, shared by the interchange, validation and export tests: two Vietnamese articles,
// the worked groups of domain.md (compatible, agree, conflict) and one single figure, with quotes holding commas,
// double quotes and a line break so CSV quoting is exercised.

export const NOW = '2024-09-01T10:00:00.000Z';

export const TEXT_A =
  'Năm 2021, giá trị xuất khẩu đạt gần 29 tỷ USD (đứng thứ 4 cả nước); tăng trưởng GRDP đạt 6,51%.\n' +
  'Tỷ lệ hộ nghèo đến nay còn 2,16%, theo "báo cáo, tỉnh".\r\nSố dự án FDI: 215 dự án.';
export const TEXT_B =
  'Thái Nguyên: giá trị xuất khẩu đạt trên 28,8 tỷ USD, tăng 2,4% so kế hoạch; GRDP tăng 6,51%;\n' +
  'tỷ lệ hộ nghèo là 2,17%.';

const hash = (t: string) => `sha256-${createHash('sha256').update(t).digest('hex')}`;

function source(id: string, title: string, text: string, url: string, published: string): Source {
  return {
    id,
    title,
    publisher: 'Báo Thái Nguyên',
    author: '',
    url,
    published,
    language: 'vi',
    versions: [{ file: `sources/${id}.v1.txt`, hash: hash(text), length: text.length, importedAt: NOW }],
    createdAt: NOW,
    updatedAt: NOW,
  };
}

/** A quote anchored at the first place `exact` occurs in `text` (with the extra text before it when given). */
export function quoteIn(text: string, exact: string) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: "${exact}" is not in the text`);
  return { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32), start, end: start + exact.length };
}

function obs(id: string, sourceId: string, text: string, f: Omit<Partial<Observation>, 'quote'> & { quote: string }): Observation {
  return {
    id,
    entity: 'Thái Nguyên',
    indicator: 'Export value',
    period: '2021',
    value: 0,
    unit: 'USD',
    qualifier: 'exact',
    status: 'draft',
    deprecation: null,
    note: '',
    createdAt: NOW,
    updatedAt: NOW,
    ...f,
    stated: f.stated ?? f.quote,
    sourceId,
    quote: quoteIn(text, f.quote),
  };
}

export function fixtureDoc(): DatasetDoc {
  return {
    schemaVersion: 1,
    meta: {
      id: 'ds-1',
      name: 'Thái Nguyên 2021',
      title: 'Thái Nguyên economy, 2021',
      description: 'Figures from two provincial news articles',
      tolerance: 0.05,
      licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
      contributors: [{ title: 'Lan Nguyễn', role: 'author', email: 'lan@example.org' }],
      createdAt: NOW,
      updatedAt: NOW,
    },
    sources: [
      source('src-a', 'Thái Nguyên phát huy truyền thống, "chuyển đổi số"', TEXT_A, 'https://example.org/a', '2022-08-15'),
      source('src-b', 'Kinh tế Thái Nguyên năm 2021', TEXT_B, '', ''),
    ],
    entities: [],
    indicators: [],
    observations: [
      obs('obs-1', 'src-a', TEXT_A, { value: 29e9, qualifier: 'nearly', quote: 'gần 29 tỷ USD', note: 'ghi chú, có "dấu nháy"\nvà dòng mới' }),
      obs('obs-2', 'src-b', TEXT_B, { value: 28.8e9, qualifier: 'over', quote: 'trên 28,8 tỷ USD' }),
      obs('obs-3', 'src-a', TEXT_A, { indicator: 'GRDP growth', value: 6.51, unit: '%', quote: '6,51%', status: 'verified' }),
      obs('obs-4', 'src-b', TEXT_B, { indicator: 'GRDP growth', value: 6.51, unit: '%', quote: '6,51%' }),
      obs('obs-5', 'src-a', TEXT_A, { indicator: 'Poor household rate', value: 2.16, unit: '%', quote: '2,16%, theo "báo cáo, tỉnh".\r\nSố' , stated: '2,16%' }),
      obs('obs-6', 'src-b', TEXT_B, { indicator: 'Poor household rate', value: 2.17, unit: '%', quote: '2,17%' }),
      obs('obs-7', 'src-a', TEXT_A, { indicator: 'Active FDI projects', value: 215, unit: 'project', quote: '215 dự án' }),
    ],
    resolutions: [],
  };
}

export const fixtureTexts = (): Record<string, string> => ({ 'src-a': TEXT_A, 'src-b': TEXT_B });

/** Resolves every group that needs a decision, accepting its first observation. */
export function resolveAll(doc: DatasetDoc): DatasetDoc {
  const resolutions: Resolution[] = [];
  for (const g of checkDataset(doc).groups) {
    if (!['conflict', 'compatible', 'incomparable'].includes(g.status)) continue;
    const members = g.observationIds.map((id) => doc.observations.find((o) => o.id === id)!);
    resolutions.push({
      id: `res-${resolutions.length + 1}`,
      group: g.key,
      value: members[0].value!,
      unit: members[0].unit,
      observationId: members[0].id,
      rationale: 'Chosen: the provincial report, "final" figure',
      decidedBy: 'Minh',
      decidedAt: NOW,
      basis: resolutionBasis(members),
    });
  }
  return { ...doc, resolutions };
}

