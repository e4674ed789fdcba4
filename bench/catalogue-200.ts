import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CatalogueFile } from '../shared/api/contract';
import { validateCatalogueFile } from '../shared/catalogue/validate-catalogue';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CORPUS_CATALOGUE = path.resolve(HERE, '../tests/fixtures/suggest-corpus/catalogue.json');

const GOODS: [string, string][] = [
  ['gạo', 'rice'], ['cà phê', 'coffee'], ['hồ tiêu', 'pepper'], ['hạt điều', 'cashew'], ['thủy sản', 'seafood'],
  ['tôm', 'shrimp'], ['cá tra', 'pangasius'], ['rau quả', 'vegetables and fruit'], ['cao su', 'rubber'], ['chè', 'tea'],
  ['dệt may', 'textiles'], ['giày dép', 'footwear'], ['gỗ và sản phẩm gỗ', 'wood products'], ['điện thoại', 'phones'],
  ['máy vi tính', 'computers'], ['sắt thép', 'steel'], ['xi măng', 'cement'], ['phân bón', 'fertiliser'], ['than', 'coal'],
  ['dầu thô', 'crude oil'], ['xăng dầu', 'petroleum'], ['ô tô', 'cars'], ['xe máy', 'motorbikes'], ['túi xách', 'handbags'],
  ['đồ chơi', 'toys'], ['nội thất', 'furniture'], ['hóa chất', 'chemicals'], ['chất dẻo', 'plastics'], ['linh kiện điện tử', 'electronic components'],
  ['máy móc thiết bị', 'machinery'], ['sữa', 'dairy'], ['đường', 'sugar'], ['ngô', 'maize'], ['sắn', 'cassava'],
  ['thịt lợn', 'pork'], ['gia cầm', 'poultry'], ['trứng', 'eggs'], ['muối', 'salt'], ['giấy', 'paper'], ['kính', 'glass'],
  ['dây điện', 'cables'], ['pin', 'batteries'], ['điện', 'electricity'], ['khí đốt', 'gas'], ['quặng', 'ore'],
  ['đá quý', 'gemstones'], ['vàng', 'gold'], ['dược phẩm', 'pharmaceuticals'], ['mỹ phẩm', 'cosmetics'], ['bia', 'beer'],
  ['thuốc lá', 'tobacco'], ['vải', 'fabrics'], ['sợi', 'yarn'], ['hạt giống', 'seeds'], ['thức ăn chăn nuôi', 'animal feed'], ['nhựa', 'resin'],
];
const MEASURES: { vi: string; en: string; name: string; unit: string }[] = [
  { vi: 'kim ngạch xuất khẩu', en: 'exports', name: 'exports', unit: 'USD' },
  { vi: 'kim ngạch nhập khẩu', en: 'imports', name: 'imports', unit: 'USD' },
  { vi: 'sản lượng', en: 'output', name: 'output', unit: 'tonne' },
];

/**
 * A catalogue of 200 indicators for the extraction bench: the suggestion corpus's real catalogue, then indicators
 * per traded good and measure ("kim ngạch xuất khẩu cà phê" / "coffee exports") up to 200, each with vi and en
 * aliases, as a ministry-wide catalogue would hold. Checked like any catalogue file.
 */
export function catalogue200(): CatalogueFile {
  const base = CatalogueFile.parse(JSON.parse(readFileSync(CORPUS_CATALOGUE, 'utf8')));
  const indicators = [...base.indicators];
  for (const m of MEASURES) {
    for (const [vi, en] of GOODS) {
      if (indicators.length >= 200) break;
      indicators.push({
        name: `${en[0].toUpperCase()}${en.slice(1)} ${m.name}`,
        unit: m.unit,
        definition: '',
        aliases: [`${m.vi} ${vi}`, `${m.vi} mặt hàng ${vi}`, `${en} ${m.en}`],
      });
    }
  }
  const file = { entities: base.entities, indicators };
  const problems = validateCatalogueFile(file);
  if (problems.length) throw new Error(`bench catalogue: ${problems[0].message}`);
  if (indicators.length !== 200) throw new Error(`bench catalogue has ${indicators.length} indicators, not 200`);
  return file;
}
