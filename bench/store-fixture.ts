import { promises as fs } from 'node:fs';
import path from 'node:path';
import { stableStringify } from '../electron/backend/store/doc-adapter';
import { writeSourceVersion } from '../electron/backend/store/source-texts';
import { DatasetDoc, SCHEMA_VERSION } from '../shared/model/dataset';
import type { Observation } from '../shared/model/observation';
import type { Source } from '../shared/model/source';

const PROVINCES = ['Thái Nguyên', 'Bắc Giang', 'Bắc Ninh', 'Vĩnh Phúc', 'Hải Dương', 'Quảng Ninh', 'Lạng Sơn', 'Tuyên Quang', 'Phú Thọ', 'Hà Giang'];
const INDICATORS: [string, string, string][] = [
  ['Export value', 'USD', 'kim ngạch xuất khẩu đạt gần {n} tỷ USD'],
  ['GRDP growth', '%', 'tốc độ tăng trưởng GRDP đạt {n}%'],
  ['Poor household rate', '%', 'tỷ lệ hộ nghèo giảm còn {n}%'],
  ['Industrial production value', 'VND', 'giá trị sản xuất công nghiệp đạt hơn {n} nghìn tỷ đồng'],
  ['Active FDI projects', 'project', 'toàn tỉnh có {n} dự án FDI còn hiệu lực'],
];
const SOURCES = 20;
const SENTENCES_PER_SOURCE = 400;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

/** One sentence of about 100 characters stating one figure, and the figure's words. */
function sentence(s: number, i: number) {
  const province = PROVINCES[(s + i) % PROVINCES.length];
  const [indicator, unit, pattern] = INDICATORS[i % INDICATORS.length];
  const n = `${10 + ((s * 7 + i * 13) % 90)},${(i * 3) % 10}`;
  const year = YEARS[i % YEARS.length];
  const stated = pattern.replace(/^.*?(gần |hơn |còn |đạt |có )/, '$1').trim();
  const text = `Năm ${year}, ${pattern.replace('{n}', n)} theo báo cáo của UBND tỉnh ${province}.`;
  return { text, province, indicator, unit, year, value: Number(n.replace(',', '.')), stated: stated.replace('{n}', n) };
}

/** A dataset of `count` observations over 20 sources, each quote ~100 characters that occurs in its source text. */
export async function writeBenchDataset(dir: string, count: number): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const at = new Date('2026-01-01T00:00:00Z').toISOString();
  const sources: Source[] = [];
  const sentences: { text: string; start: number; info: ReturnType<typeof sentence> }[][] = [];
  for (let s = 0; s < SOURCES; s++) {
    let text = `Báo cáo kinh tế - xã hội số ${s + 1}\n\n`;
    const list = [];
    for (let i = 0; i < SENTENCES_PER_SOURCE; i++) {
      const info = sentence(s, i);
      list.push({ text: info.text, start: text.length, info });
      text += `${info.text} `;
    }
    sentences.push(list);
    const id = `src-${s + 1}`;
    const { version } = await writeSourceVersion(dir, id, text);
    sources.push({ id, title: `Báo cáo số ${s + 1}`, publisher: 'Báo Thái Nguyên', author: '', url: `https://baothainguyen.vn/bao-cao-${s + 1}`, published: '2022-01-10', language: 'vi', versions: [version], createdAt: at, updatedAt: at });
  }
  const observations: Observation[] = [];
  for (let k = 0; k < count; k++) {
    const s = k % SOURCES;
    const { text, start, info } = sentences[s][Math.floor(k / SOURCES) % SENTENCES_PER_SOURCE];
    observations.push({
      id: `obs-${k + 1}`, entity: info.province, indicator: info.indicator, period: String(info.year), value: info.value, unit: info.unit,
      qualifier: 'exact', stated: info.stated, sourceId: `src-${s + 1}`,
      quote: { exact: text, prefix: '', suffix: '', start, end: start + text.length },
      status: 'draft', deprecation: null, note: '', createdAt: at, updatedAt: at,
    });
  }
  const doc = DatasetDoc.parse({
    schemaVersion: SCHEMA_VERSION,
    meta: { id: 'bench', name: `bench ${count}`, createdAt: at, updatedAt: at },
    sources,
    entities: PROVINCES.map((name, i) => ({ id: `ent-${i + 1}`, name, kind: 'province' })),
    indicators: INDICATORS.map(([name, unit], i) => ({ id: `ind-${i + 1}`, name, unit })),
    observations,
    resolutions: [],
  });
  await fs.writeFile(path.join(dir, 'dataset.json'), stableStringify(doc));
}
