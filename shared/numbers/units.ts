import type { Language } from '../model/vocab';
import { WORD_END, alternation } from './word-regex';

/** What sort of unit a word names; the reader treats currencies and percentages differently from counts. */
export type UnitKind = 'currency' | 'percent' | 'measure' | 'count' | 'times';
export interface UnitWord {
  unit: string;
  kind: UnitKind;
}

const table = (kind: UnitKind, entries: Record<string, string>): Record<string, UnitWord> =>
  Object.fromEntries(Object.entries(entries).map(([w, unit]) => [w, { unit, kind }]));

/** Currencies by ISO 4217 code (domain.md, Units). Keys are lower case. */
const CURRENCIES: Record<Language, Record<string, string>> = {
  vi: {
    đồng: 'VND', vnđ: 'VND', vnd: 'VND', đ: 'VND', 'việt nam đồng': 'VND',
    usd: 'USD', 'us$': 'USD', 'đô la mỹ': 'USD', 'đô-la mỹ': 'USD', 'đô la': 'USD', 'đô-la': 'USD', đôla: 'USD',
    'đồng đô la': 'USD', 'đô la mĩ': 'USD', đô: 'USD',
    eur: 'EUR', euro: 'EUR', 'yên nhật': 'JPY', yên: 'JPY', jpy: 'JPY', 'nhân dân tệ': 'CNY', ndt: 'CNY', cny: 'CNY',
    won: 'KRW', krw: 'KRW', 'bảng anh': 'GBP', gbp: 'GBP',
  },
  en: {
    usd: 'USD', 'us$': 'USD', dollars: 'USD', dollar: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD',
    vnd: 'VND', 'vnđ': 'VND', dong: 'VND', 'vietnamese dong': 'VND', 'viet nam dong': 'VND',
    eur: 'EUR', euros: 'EUR', euro: 'EUR', gbp: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', jpy: 'JPY', yen: 'JPY',
    yuan: 'CNY', cny: 'CNY', renminbi: 'CNY', won: 'KRW', krw: 'KRW',
  },
};

/** Signs and codes written before the digits: "$1.2bn", "US$ 5 million", "€5m", "USD 20". */
export const CURRENCY_PREFIXES: Record<string, string> = {
  $: 'USD', 'us$': 'USD', 'u.s.$': 'USD', usd: 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'JPY',
  vnd: 'VND', 'vnđ': 'VND', '₫': 'VND',
};

const PERCENT: Record<Language, Record<string, string>> = {
  vi: { '%': '%', 'phần trăm': '%', 'điểm phần trăm': 'pp', 'điểm %': 'pp', 'điểm cơ bản': 'bp' },
  en: {
    '%': '%', percent: '%', 'per cent': '%', pct: '%', 'percentage points': 'pp', 'percentage point': 'pp', pp: 'pp',
    'basis points': 'bp', 'basis point': 'bp', bps: 'bp',
  },
};

const MEASURES: Record<Language, Record<string, string>> = {
  vi: {
    ha: 'ha', 'héc-ta': 'ha', hecta: 'ha', 'héc ta': 'ha', km: 'km', km2: 'km2', 'km²': 'km2', m: 'm', mét: 'm',
    m2: 'm2', 'm²': 'm2', 'mét vuông': 'm2', m3: 'm3', 'm³': 'm3', 'mét khối': 'm3', tấn: 'tonne', kg: 'kg',
    lít: 'litre', tạ: 'quintal', mw: 'MW', kw: 'kW', kwh: 'kWh', gw: 'GW', gwh: 'GWh', mwh: 'MWh', teu: 'TEU',
    mm: 'mm', cm: 'cm', 'độ c': '°C', '°c': '°C', 'km/h': 'km/h', 'km/giờ': 'km/h', 'm3/s': 'm3/s', 'm³/s': 'm3/s',
    'độ richter': 'Richter',
  },
  en: {
    ha: 'ha', hectares: 'ha', hectare: 'ha', km: 'km', km2: 'km2', 'km²': 'km2', 'square kilometres': 'km2',
    'square kilometers': 'km2', m: 'm', metres: 'm', meters: 'm', m2: 'm2', 'm²': 'm2', 'square metres': 'm2',
    'square meters': 'm2', 'sq.m': 'm2', sqm: 'm2', 'sq m': 'm2', 'sq.km': 'km2', 'sq km': 'km2', tonnes: 'tonne', tonne: 'tonne', tons: 'tonne', ton: 'tonne', kg: 'kg', litres: 'litre',
    liters: 'litre', ounces: 'ounce', ounce: 'ounce', oz: 'ounce', barrels: 'barrel', barrel: 'barrel', mw: 'MW',
    kw: 'kW', kwh: 'kWh', gw: 'GW', gwh: 'GWh', mwh: 'MWh', teu: 'TEU', teus: 'TEU', 'square meter': 'm2',
    'square metre': 'm2', mm: 'mm', cm: 'cm', '°c': '°C', 'km/h': 'km/h', kph: 'km/h', 'm3/s': 'm3/s', 'm³/s': 'm3/s',
  },
};

/**
 * Counted nouns and their unit (domain.md: "215 dự án" = 215 project). One unit per counted thing, in English,
 * singular, the noun's base meaning: modifiers ("hộ nghèo", "dự án FDI", "lượt khách") belong to the indicator, so
 * every way of naming one thing gives one unit and observations can meet in a group. Longer phrases win ("khu công
 * nghiệp" before "khu"). A noun not listed leaves the unit "count": a guessed unit would split groups that should meet.
 */
const COUNT_NOUNS_VI: Record<string, string> = {
  'dự án': 'project', 'doanh nghiệp': 'enterprise', dn: 'enterprise', 'công ty': 'enterprise', 'tập đoàn': 'group',
  'hợp tác xã': 'cooperative', htx: 'cooperative', 'nhà đầu tư': 'investor', 'nhà máy': 'factory',
  xã: 'commune', 'xã, phường, thị trấn': 'commune', phường: 'ward', 'thị trấn': 'town', huyện: 'district',
  'quận, huyện': 'district', 'huyện, thành phố': 'district', 'huyện, thị xã, thành phố': 'district',
  'đơn vị cấp huyện': 'district', 'đơn vị cấp xã': 'commune', tỉnh: 'province', 'tỉnh, thành phố': 'province',
  'tỉnh, thành': 'province', 'tỉnh thành': 'province', 'thành phố': 'city', 'thị xã': 'town', 'địa phương': 'locality',
  thôn: 'village', xóm: 'hamlet', làng: 'village', 'quốc gia': 'country', nước: 'country',
  người: 'person', 'người dân': 'person', 'lao động': 'worker', 'công nhân': 'worker', hộ: 'household',
  'hộ dân': 'household', 'hộ gia đình': 'household', 'hộ nghèo': 'household', 'hộ cận nghèo': 'household', 'gia đình': 'family',
  'học sinh': 'student', 'sinh viên': 'student', 'giáo viên': 'teacher', 'bác sĩ': 'doctor', 'bệnh nhân': 'patient',
  'cán bộ': 'official', 'công chức': 'civil servant', 'đảng viên': 'party member', 'đại biểu': 'delegate',
  'thí sinh': 'candidate', 'du khách': 'visitor', 'khách du lịch': 'visitor', 'lượt du khách': 'visitor', 'lượt khách': 'visitor', khách: 'visitor', 'hội viên': 'member',
  'thành viên': 'member', trẻ: 'child', 'trẻ em': 'child',
  trường: 'school', 'trường học': 'school', 'bệnh viện': 'hospital', 'trạm y tế': 'health station', 'cơ sở': 'facility',
  'cơ sở giáo dục': 'school', 'khu công nghiệp': 'industrial park', kcn: 'industrial park',
  'cụm công nghiệp': 'industrial cluster', ccn: 'industrial cluster', 'khu đô thị': 'urban area',
  'đô thị': 'urban area', 'làng nghề': 'craft village', chợ: 'market', 'siêu thị': 'supermarket',
  'sản phẩm': 'product', 'sản phẩm ocop': 'product', 'văn bản': 'document', 'hồ sơ': 'dossier',
  'cuộc họp': 'meeting', 'hội nghị': 'conference', 'tác phẩm': 'work', 'thủ tục': 'procedure',
  'thủ tục hành chính': 'procedure', 'dịch vụ công': 'service', 'dịch vụ': 'service',
  'phản ánh': 'report', 'ứng dụng': 'application', 'nền tảng': 'platform', 'hệ thống': 'system', 'website': 'website',
  'cổ phiếu': 'share', 'cổ phần': 'share', 'mã': 'stock', 'mã cổ phiếu': 'stock', 'điểm': 'point',
  'điểm thi': 'exam site', 'điểm cầu': 'venue', 'điểm trường': 'school site', 'điểm du lịch': 'tourist site',
  'điểm giao dịch': 'branch', 'chi nhánh': 'branch', 'phòng giao dịch': 'branch', 'ngân hàng': 'bank',
  'chuyến bay': 'flight', 'hành khách': 'passenger', 'lượt hành khách': 'passenger', 'chuyến': 'trip', 'lượt người': 'visitor', 'lượt xe': 'vehicle',
  'tàu': 'ship', 'container': 'container', 'bài báo': 'article', 'tin bài': 'article', 'gian hàng': 'booth',
  'lượt cài đặt': 'install', 'lượt truy cập': 'visit', 'lượt dự án': 'project', 'tài khoản': 'account',
  'thuê bao': 'subscriber', 'trạm': 'station', 'trạm bts': 'station', 'thiết bị': 'device', 'máy': 'machine',
  'mục tiêu': 'target', 'chỉ tiêu': 'target', 'nhiệm vụ': 'task', 'giải pháp': 'solution', 'lĩnh vực': 'sector',
  ngành: 'industry', 'chuyên ngành': 'industry', 'đơn vị': 'unit', 'cơ quan': 'agency', 'tổ chức': 'organisation',
  'trụ cột': 'pillar', trục: 'pillar', 'đột phá': 'breakthrough', 'mũi đột phá': 'breakthrough',
  'ca mắc': 'case', 'ca nhiễm': 'case', ca: 'case', 'ca tử vong': 'death', 'căn hộ': 'apartment', căn: 'unit',
  'ngôi nhà': 'house', nhà: 'house', 'ô tô': 'car', xe: 'vehicle', chiếc: 'unit', con: 'head', cây: 'tree',
  'công trình': 'structure', 'tuyến': 'route', 'km đường': 'km', 'giải thưởng': 'award', giải: 'award',
  'huy chương': 'medal', 'vụ': 'case', 'vụ việc': 'case', 'vụ án': 'case', 'khung giờ': 'time slot',
  'trường hợp': 'case', phòng: 'room', 'phòng nghỉ': 'room', 'buồng phòng': 'room', 'đường bay': 'air route', 'nhân khẩu': 'person', dân: 'person',
  'giường bệnh': 'bed', giường: 'bed', liều: 'dose', 'liều vắc xin': 'dose', 'liều vaccine': 'dose', 'cơn bão': 'storm',
  năm: 'year', tháng: 'month', tuần: 'week', ngày: 'day', giờ: 'hour', tiếng: 'hour', phút: 'minute', giây: 'second',
  quý: 'quarter', tuổi: 'year of age',
};

const COUNT_NOUNS_EN_SINGULAR: Record<string, string> = {
  project: 'project', enterprise: 'enterprise', company: 'enterprise', firm: 'enterprise', business: 'enterprise',
  investor: 'investor', factory: 'factory', commune: 'commune', ward: 'ward', town: 'town', district: 'district',
  province: 'province', city: 'city', locality: 'locality', village: 'village', country: 'country',
  person: 'person', resident: 'person', worker: 'worker', employee: 'worker', job: 'job', household: 'household',
  family: 'family', student: 'student', teacher: 'teacher', doctor: 'doctor', patient: 'patient', official: 'official',
  tourist: 'visitor', holidaymaker: 'visitor', 'tourist arrival': 'visitor', 'visitor arrival': 'visitor', visitor: 'visitor', member: 'member', child: 'child', school: 'school', hospital: 'hospital',
  facility: 'facility', 'industrial park': 'industrial park', 'industrial zone': 'industrial park',
  'industrial cluster': 'industrial cluster', product: 'product', document: 'document', meeting: 'meeting',
  procedure: 'procedure', service: 'service', application: 'application', app: 'application', platform: 'platform',
  system: 'system', install: 'install', download: 'download', visit: 'visit', account: 'account',
  subscriber: 'subscriber', user: 'user', station: 'station', device: 'device', target: 'target', task: 'task',
  sector: 'sector', unit: 'unit', agency: 'agency', organisation: 'organisation', organization: 'organisation',
  pillar: 'pillar', case: 'case', death: 'death', apartment: 'apartment', house: 'house', home: 'house', car: 'car',
  vehicle: 'vehicle', tree: 'tree', award: 'award', medal: 'medal', year: 'year', month: 'month', week: 'week',
  day: 'day', hour: 'hour', minute: 'minute', second: 'second', quarter: 'quarter', point: 'point', share: 'share',
  stock: 'stock', flight: 'flight', bank: 'bank', branch: 'branch', store: 'store', shop: 'store', candidate: 'candidate',
  passenger: 'passenger', delegate: 'delegate', farmer: 'farmer', migrant: 'migrant', arrival: 'visitor', room: 'room',
  bed: 'bed', dose: 'dose', storm: 'storm', route: 'route',
};

/** Plural forms of the English nouns: -s, -es, -ies, plus the irregular ones. */
function englishCounts(): Record<string, string> {
  const out: Record<string, string> = { people: 'person', children: 'child', persons: 'person' };
  for (const [w, unit] of Object.entries(COUNT_NOUNS_EN_SINGULAR)) {
    out[w] = unit;
    if (/[^aeiou]y$/.test(w)) out[`${w.slice(0, -1)}ies`] = unit;
    else if (/(s|x|ch|sh)$/.test(w)) out[`${w}es`] = unit;
    else out[`${w}s`] = unit;
  }
  return out;
}

const TIMES: Record<Language, Record<string, string>> = { vi: { lần: 'times' }, en: { times: 'times' } };

/** Every unit word of a language, keyed by wordKey (lower case, single spaces). */
export const UNIT_WORDS: Record<Language, Record<string, UnitWord>> = {
  vi: {
    ...table('count', COUNT_NOUNS_VI),
    ...table('times', TIMES.vi),
    ...table('measure', MEASURES.vi),
    ...table('percent', PERCENT.vi),
    ...table('currency', CURRENCIES.vi),
  },
  en: {
    ...table('count', englishCounts()),
    ...table('times', TIMES.en),
    ...table('measure', MEASURES.en),
    ...table('percent', PERCENT.en),
    ...table('currency', CURRENCIES.en),
  },
};

/** Sticky: a unit word after optional spaces on the same line. "%" needs no word end. */
export const UNIT_AFTER: Record<Language, RegExp> = {
  vi: new RegExp(
    `[^\\S\\n\\r]*(%|(?:${alternation(Object.keys(UNIT_WORDS.vi).filter((w) => w !== '%'))})${WORD_END})`,
    'iuy',
  ),
  en: new RegExp(
    `[^\\S\\n\\r]*(%|(?:${alternation(Object.keys(UNIT_WORDS.en).filter((w) => w !== '%'))})${WORD_END})`,
    'iuy',
  ),
};

/** Sticky, at the end of "đồng": chí/bào/hồ… make another word (comrade, compatriot, clock), not the currency. */
export const DONG_COMPOUND =
  /\s+(?:chí|bào|hồ|nghiệp|đội|bằng|ruộng|thời|ý|tình|hành|minh|loạt|cảm|lòng|đều|dạng|bộ|hương|phục)(?![\p{L}\p{N}])/iuy;

/** Per-unit suffixes: "/người" = per person (domain.md: "95,1 triệu đồng/người" is VND/person). */
const PER_WORDS: Record<string, string> = {
  người: '/person', 'người dân': '/person', 'lao động': '/worker', hộ: '/household', person: '/person',
  capita: '/person', head: '/person', năm: '/year', year: '/year', annum: '/year', tháng: '/month', month: '/month',
  ngày: '/day', day: '/day', ha: '/ha', hectare: '/ha', tấn: '/tonne', tonne: '/tonne', ton: '/tonne', kg: '/kg',
  lít: '/litre', litre: '/litre', m2: '/m2', 'm²': '/m2', kwh: '/kWh', usd: '/USD', tạ: '/quintal', 'square meter': '/m2', 'square metre': '/m2',
  // Prices of shares, gold and oil: "1.500 đồng/cổ phiếu", "88,5 triệu đồng/lượng", "2.740 USD/ounce".
  'cổ phiếu': '/share', 'cổ phần': '/share', share: '/share', lượng: '/tael', ounce: '/ounce',
  oz: '/ounce', thùng: '/barrel', barrel: '/barrel', m3: '/m3', 'm³': '/m3', giờ: '/hour', hour: '/hour',
  km: '/km', kilometre: '/km', kilometer: '/km', tuần: '/week', week: '/week', đêm: '/night', night: '/night',
  'dự án': '/project', project: '/project'
};
export const PER_UNITS: Readonly<Record<string, string>> = PER_WORDS;

/** After "a year", "một năm": a time back or ahead ("$3.6 billion a year earlier"), not a rate. */
const NOT_PER = `(?!\\s+(?:earlier|ago|before|later|previously|prior|trước|sau|qua)${WORD_END})`;

/** Sticky: "/người", " / năm", "per capita", "a year", "mỗi người" after a unit. Group 1 is the word. */
export const PER_AFTER = new RegExp(
  `(?:\\s*\\/\\s*|\\s+(?:per|a|an|mỗi|một|trên|\\/)\\s+)(${alternation(Object.keys(PER_WORDS))})${WORD_END}${NOT_PER}`,
  'iuy',
);
