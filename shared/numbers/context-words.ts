import type { Language } from '../model/vocab';

/*
 * Words around a number that decide whether it is a figure at all (domain.md, Not figures) or what kind.
 * Each "before" pattern is anchored at the end of the text just before the number (or its cue).
 */

const START = '(?:^|[^\\p{L}\\p{N}])';

/**
 * Names with digits: documents ("Nghị quyết số 01"), roads ("Quốc lộ 37"), articles, rooms, levels, phases,
 * events ("lần thứ 13"). These only veto a bare number or a count: "công nghiệp 10%" is still a figure.
 */
export const NAME_BEFORE = new RegExp(
  `${START}(?:(?:nghị quyết|quyết định|nghị định|thông tư|công văn|chỉ thị|kết luận|kế hoạch|luật|hướng dẫn|` +
    `tờ trình|thông báo|văn bản|pháp lệnh|đề án|quy định|chương trình|báo cáo)(?:\\s+số)?|số hiệu|mã số|số nhà|` +
    `quốc lộ|tỉnh lộ|huyện lộ|đường tỉnh|đường huyện|đường số|ql|tl|đt|dt|km|điều|khoản|chương|phụ lục|mẫu|biểu|` +
    `phòng|tầng|lô|ngõ|ngách|hẻm|kiệt|tổ dân phố|tổ|xóm|ấp|khu phố|khóa|khoá|lớp|cấp độ|mức độ|cấp|thế kỷ|thế kỉ|` +
    `lần thứ|lần|kỳ họp thứ|kỳ|đợt|vòng|bảng|hình|ảnh|giai đoạn|phiên bản|hotline|điện thoại|tel|fax|zalo|` +
    `cách mạng công nghiệp|quận|phường|mạch|covid|sars-cov|vành đai|báo động|trung ương|kỳ hạn|kì hạn|` +
    `industry|web|version|article|section|chapter|clause|` +
    `room|route|highway|road|no\\.|number|level|phase|grade|figure|table|windows|iphone|galaxy|term|top)\\s*$`,
  'iu',
);
/**
 * "bão số 3", "số 1", "phòng số 5": "số" (number) right before a bare number labels it. "tổng số 215" (a total
 * of) and "con số 100" (the figure of) do not.
 */
export const NUMBER_LABEL_BEFORE = /(?:^|[^\p{L}\p{N}])(?<!(?:tổng|con)\s)số\s*$/iu;

/** Page chrome: "Lượt xem: 1.234", "Bình luận (12)", "Views: 5,678". The counter is no figure of the article. */
export const CHROME_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:lượt xem|lượt đọc|lượt tải|lượt thích|lượt chia sẻ|bình luận|chia sẻ|views?|comments?|likes?|shares?)\s*[:(]\s*$/iu;

/**
 * A time of day after the number: "9 giờ sáng", "8 giờ 30 phút", "14 giờ ngày 5/10", "9 a.m.". Durations
 * ("48 giờ", "trong 2 giờ") stay counts. Sticky; its end is where the time ends.
 */
export const TIME_OF_DAY_AFTER: Record<Language, RegExp> = {
  vi: /\s*giờ(?:\s*\d{1,2}(?:\s*(?:phút|p)(?![\p{L}]))?|\s+(?:sáng|trưa|chiều|tối|đêm|khuya|ngày|hôm)(?![\p{L}]))/iuy,
  en: /\s*(?:a\.m\.|p\.m\.|am|pm|o'clock)(?![\p{L}])/iuy,
};
/** "lúc 9 giờ", "vào lúc 15 giờ": an hour word after "lúc" (at) is a time. */
export const AT_TIME_BEFORE = /(?:^|[^\p{L}\p{N}])lúc\s*$/iu;
export const HOUR_AFTER = /\s*giờ(?![\p{L}])/iuy;

/** "Lũy kế 9 tháng": cumulative over the first months of the year, a period. */
export const CUMULATIVE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:lũy|luỹ)\s+kế\s*$/iu;
export const MONTHS_AFTER_VI = /\s+tháng(?![\p{L}])/iuy;

/** "đường dây 500 kV", "trạm 220kV": a voltage names a class of line or station, not a figure. */
export const VOLTAGE_AFTER = /\s*kV(?![\p{L}])/uy;

/** "0243 826 1234", "1800 1234": a bare number followed by more digit groups is a phone number. */
export const PHONE_GROUPS_AFTER = /(?:[ .]\d{3,4}){1,3}(?![\d]|[.,]\d)/y;

/** After the figure, the hedge of "từ 10% trở lên" (or more) and "18 tuổi trở xuống" (or less). */
export const CUE_AFTER: Record<Language, RegExp> = {
  vi: /\s+trở\s+(lên|xuống)(?![\p{L}])/iuy,
  en: /\s+or\s+(more|above|higher|over|less|fewer|below|lower)(?![\p{L}])/iuy,
};

/**
 * "thấp hơn 0,3 điểm %", "cao hơn 2% so với năm trước": "hơn" after a comparative, with a difference unit or a
 * base of comparison after the figure, is "by" — the figure is a difference, not a hedge. "kéo dài hơn 6 tháng"
 * (lasted more than six months) keeps its hedge. "vượt 27,7% dự toán" (exceeded the estimate by 27.7%) is a
 * difference too. ("nhiều hơn 500 người" and "ít hơn 10%" stay hedges: more than, less than.)
 */
export const COMPARATIVE_BEFORE_CUE =
  /(?:^|[^\p{L}\p{N}])(?:cao|thấp|lớn|nhỏ|nhanh|chậm|tốt|kém|mạnh|sâu|rộng|dài|ngắn|đắt|rẻ|nặng|nhẹ)\s*$/iu;
export const BASE_AFTER = /\s*,?\s*so\s+với(?![\p{L}])/iuy;
export const PLAN_AFTER_PERCENT =
  /\s*(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|cùng\s+kỳ)(?![\p{L}])/iuy;

/** A percentage that names a grade, not a share: "gạo 5% tấm" (5% broken rice). */
export const GRADE_AFTER_PERCENT = /\s*tấm(?![\p{L}])/iuy;

/** "Số 28-HD/BTGTU" at the start of a line: a document number. */
export const LINE_START_SO = /(?:^|\n)[ \t]*số\s*$/iu;

/** A capitalised word right before a bare number, inside a sentence: "Yên Bình 1", "Samsung 2" (a tab ends a table cell). */
export const CAPITAL_WORD_BEFORE = /([\p{L}\p{N}][ \t]+|[\p{L}\p{N}],[ \t]+)\p{Lu}[\p{L}\p{M}]* +$/u;

/** Words after which a year-like number is a time: "năm 2025", "đến 2030", "cùng kỳ 2020", "in 2021". */
export const YEAR_WORD_BEFORE: Record<Language, RegExp> = {
  vi: new RegExp(
    `${START}(?:năm|từ|đến|tới|đầu|cuối|giữa|trước|sau|kỳ|kì|giai đoạn|nhiệm kỳ|niên khóa|niên độ|mùa|vụ|` +
      `tết|xuân|hè|thu|đông|dịp|trong|vào|hết|tháng|quý|qua|nay|của)\\s*$`,
    'iu',
  ),
  en: new RegExp(
    `${START}(?:in|since|by|until|till|from|to|of|for|during|before|after|year|fiscal|fy|early|late|mid|` +
      `through|between|and|the|end|summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|` +
      `august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s*$`,
    'iu',
  ),
};

/**
 * Words that make the number part of a date: "ngày 15", "tháng 8", "August 16". "hằng ngày 2 khung giờ"
 * (twice daily) is no date.
 */
export const DATE_WORD_BEFORE: Record<Language, RegExp> = {
  vi: /(?:^|[^\p{L}\p{N}])(?:ngày|tháng|mồng|mùng)\s*$/iu,
  en: /(?:^|[^\p{L}\p{N}])(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$/iu,
};
/** "hằng ngày", "mỗi tháng": the day word means "per day", not a date. */
export const EVERY_BEFORE_DATE_WORD = /(?:hằng|hàng|mỗi|từng|các|những|vài|một|nhiều)\s+(?:ngày|tháng)\s*$/iu;

/** After the number: a month ("16 August", "15 tháng 8"): a date. */
export const DATE_AFTER: Record<Language, RegExp> = {
  vi: /\s*tháng\s+\d/iuy,
  en: /(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?![\p{L}])/iuy,
};

/** "6 tháng đầu năm", "9 tháng năm 2024", "first 6 months": the number belongs to a period, not a figure. */
export const MONTHS_PERIOD_AFTER: Record<Language, RegExp> = {
  // "11 tháng đạt 8,5 triệu tấn", "9 tháng ước tăng": the months a reported figure covers.
  vi: /\s+tháng\s+(?:(?:(?:đầu|cuối)\s+)?năm|đạt|ước|tăng|giảm)(?![\p{L}])/iuy,
  en: /\s+months\s+(?:of|to|through|ended|ending)(?![\p{L}])/iuy,
};
export const MONTHS_PERIOD_BEFORE_EN = /(?:^|[^\p{L}\p{N}])(?:first|last|the)\s*$/iu;

/** Ranks: "thứ 8/63", "đứng thứ hơn 40", "xếp hạng 12/63". Group 1 is the rank word. */
export const RANK_BEFORE: Record<Language, RegExp> = {
  vi: /(?:^|[^\p{L}\p{N}])(thứ|hạng|thứ hạng|vị trí số|vị trí)\s*$/diu,
  en: /(?:^|[^\p{L}\p{N}])(ranked|rank|ranking|no\.|number|position)\s*$/diu,
};
/** "gấp 2 lần": a multiplier. Group 1 is the word. */
export const TIMES_BEFORE = /(?:^|[^\p{L}\p{N}])(gấp)\s*$/diu;
/** Range openers: "từ 10 đến 15%", "between 10 and 15". Group 1 is the word. */
export const RANGE_OPEN_BEFORE = /(?:^|[^\p{L}\p{N}])(từ|from|between)\s*$/diu;
/** Between the two ends of a range. "and" only after "between" (checked by the reader). */
export const RANGE_JOIN = /\s*(?:-|–|—|~)\s*|\s+(?:đến|tới|to|and)\s+/iuy;

/** A currency sign or code right before the digits: "$1.2bn", "US$ 5", "USD 20", "€5m". Group 1. */
export const CURRENCY_BEFORE = /(?:^|[^\p{L}\p{N}$])((?:US|U\.S\.)?\$|[€£¥₫]|USD|EUR|GBP|JPY|VND|VNĐ)(\s?)$/iu;
/** A currency code glued to the digits ("VND1.5 trillion", "USD20"): upper case only, so "nd1" stays a name. */
export const CURRENCY_CODE_GLUED = /(?:^|[^\p{L}\p{N}])(?:USD|EUR|GBP|JPY|VND|VNĐ)$/u;

/** A list number at the start of a line: "1.", "2)". */
export const LINE_START = /(?:^|\n)[ \t]*$/;
