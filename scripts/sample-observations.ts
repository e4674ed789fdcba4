import type { SourceMeta } from '../shared/model/source';
import type { ObservationStatus, Qualifier } from '../shared/model/vocab';

/**
 * The curated content of the sample dataset (data/sample/), read by scripts/make-sample.ts.
 * Everything here is typed by hand from the three seed articles in ../shared/seeds/; the script only anchors
 * the quotes in the texts and assembles the dataset, so a curator can review this file like a spreadsheet.
 */

/** A source's metadata as the app keeps it, plus the seed file its text is copied from. */
export interface SampleSource extends SourceMeta {
  id: string;
  /** File name in the seeds folder; its text is copied byte for byte into sources/<id>.v1.txt. */
  seed: string;
  // published: YYYY-MM-DD, or '' when the article does not say (a validation warning, accepted for the sample).
}

export const SAMPLE_SOURCES: SampleSource[] = [
  {
    id: 'src-000',
    seed: '000_19e74da68d4d84af.txt',
    // The text's first line is its lead paragraph; the title is its opening clause.
    title: 'Thái Nguyên đã phủ sóng điện thoại di động 3G, 4G đến 99,7% địa bàn',
    // The closing line reads "Theo Xuân Hòa (Trang thông tin điện tử chuyển đổi số Thái Nguyên)".
    publisher: 'Trang thông tin điện tử chuyển đổi số Thái Nguyên',
    author: 'Xuân Hòa',
    url: '',
    // The header says only "date 2024-12"; the first of the month stands in for the unknown day, and the
    // article's "đến nay" figures are filed under this date.
    published: '2024-12-01',
    language: 'vi',
  },
  {
    id: 'src-001',
    seed: '001_e7c6c963e930f034.txt',
    // The heading as the text gives it; it is cut off after "miền" in the copy we have.
    title:
      'Phát huy truyền thống cách mạng thực hiện có hiệu quả chương trình chuyển đổi số, góp phần phát triển kinh tế, nâng cao đời sống nhân dân; xây dựng Thái Nguyên trở thành một trong những trung tâm kinh tế công nghiệp hiện đại của khu vực trung du miền…',
    publisher: '',
    author: 'Đặng Xuân Trường',
    url: '',
    // "Thứ hai - 15/08/2022 21:27" under the heading.
    published: '2022-08-15',
    language: 'vi',
  },
  {
    id: 'src-002',
    seed: '002_d1fc6fe1fb503f2b.txt',
    title: 'Phát triển thành một “thị trường” số',
    publisher: '',
    // Signed "Hoàng Thiệp" on the last line.
    author: 'Hoàng Thiệp',
    // A stored copy of this page with the same opening text was found at this address.
    url: 'https://thuonghieucongluan.com.vn/tinh-thai-nguyen-tien-phong-trong-chuyen-doi-so-a163728.html',
    // Reports 2021 results and 2022 plans, mentions 20/12 as "earlier": late 2021 or early 2022, day unknown.
    published: '',
    language: 'vi',
  },
];

export interface SampleObservation {
  source: string;
  entity: string;
  indicator: string;
  /** Interchange period code. "đến nay" figures take the source's publication date unless a note says otherwise. */
  period: string;
  /** The figure as written, cue included; must occur inside the quote. */
  stated: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** A short passage copied exactly from the source text, containing the stated figure. */
  quote: string;
  /** 0-based occurrence of the quote in the text, needed only when the passage occurs more than once. */
  occurrence?: number;
  status?: ObservationStatus;
  note?: string;
}

const TN = 'Thái Nguyên';

export const SAMPLE_OBSERVATIONS: SampleObservation[] = [
  // ---- src-000: December 2024, figures for 2024 and "đến nay"
  { source: 'src-000', entity: TN, indicator: 'GRDP growth', period: '2024', stated: '6,5%', value: 6.5, unit: '%', qualifier: 'exact', quote: 'Tăng trưởng kinh tế năm 2024 đạt 6,5%' },
  { source: 'src-000', entity: TN, indicator: 'State budget revenue', period: '2024', stated: 'ước đạt 19.680 tỷ đồng', value: 1.968e13, unit: 'VND', qualifier: 'approx', quote: 'thu ngân sách ước đạt 19.680 tỷ đồng' },
  { source: 'src-000', entity: TN, indicator: 'State budget revenue vs. central estimate', period: '2024', stated: '122%', value: 122, unit: '%', qualifier: 'exact', quote: 'bằng 122% so với dự toán Trung ương giao' },
  { source: 'src-000', entity: TN, indicator: 'Export value rank', period: '2024', stated: 'thứ 5', value: 5, unit: 'rank', qualifier: 'exact', quote: 'giá trị xuất khẩu của tỉnh đứng thứ 5 toàn quốc', note: 'nationwide; "of 63" not stated' },
  { source: 'src-000', entity: TN, indicator: 'Export value', period: '2024', stated: 'gần 27,6 tỷ USD', value: 2.76e10, unit: 'USD', qualifier: 'nearly', quote: 'với giá trị đạt gần 27,6 tỷ USD', status: 'verified' },
  { source: 'src-000', entity: TN, indicator: 'Export value growth', period: '2024', stated: '7,2%', value: 7.2, unit: '%', qualifier: 'exact', quote: 'tăng 7,2% so với cùng kỳ', note: 'year on year' },
  { source: 'src-000', entity: TN, indicator: 'Industrial production value', period: '2024', stated: '1.030 nghìn tỷ đồng', value: 1.03e15, unit: 'VND', qualifier: 'exact', quote: 'giá trị sản xuất công nghiệp đạt 1.030 nghìn tỷ đồng' },
  { source: 'src-000', entity: TN, indicator: 'Industrial production value growth', period: '2024', stated: '8%', value: 8, unit: '%', qualifier: 'exact', quote: 'tăng 8% so với cùng kỳ', note: 'year on year' },
  { source: 'src-000', entity: TN, indicator: 'GRDP per capita', period: '2024', stated: '119,2 triệu đồng', value: 1.192e8, unit: 'VND/person', qualifier: 'exact', quote: 'GRDP bình quân đầu người đạt 119,2 triệu đồng', note: 'per person from "bình quân đầu người"' },
  { source: 'src-000', entity: TN, indicator: 'GRDP per capita vs. plan', period: '2024', stated: '96,91%', value: 96.91, unit: '%', qualifier: 'exact', quote: 'bằng 96,91% kế hoạch' },
  { source: 'src-000', entity: TN, indicator: 'GRDP per capita growth', period: '2024', stated: '5,86%', value: 5.86, unit: '%', qualifier: 'exact', quote: 'tăng 5,86% so với năm 2023' },
  { source: 'src-000', entity: TN, indicator: 'New FDI projects', period: '2024', stated: '22 dự án', value: 22, unit: 'project', qualifier: 'exact', quote: 'toàn tỉnh có 22 dự án FDI cấp mới' },
  { source: 'src-000', entity: TN, indicator: 'Registered FDI capital (new projects)', period: '2024', stated: '518,54 triệu USD', value: 5.1854e8, unit: 'USD', qualifier: 'exact', quote: 'tổng số vốn đăng ký đạt 518,54 triệu USD' },
  { source: 'src-000', entity: TN, indicator: 'Registered FDI capital (increases)', period: '2024', stated: '80,44 triệu USD', value: 8.044e7, unit: 'USD', qualifier: 'exact', quote: 'số vốn đăng ký tăng thêm đạt 80,44 triệu USD' },
  { source: 'src-000', entity: TN, indicator: 'Active FDI projects', period: '2024-12-01', stated: '215 dự án', value: 215, unit: 'project', qualifier: 'exact', quote: 'Lũy kế đến nay, trên địa bàn tỉnh có 215 dự án FDI còn hiệu lực', status: 'verified', note: '"lũy kế đến nay": as of publication (12/2024)' },
  { source: 'src-000', entity: TN, indicator: 'Registered FDI capital (active projects)', period: '2024-12-01', stated: '10,92 tỷ USD', value: 1.092e10, unit: 'USD', qualifier: 'exact', quote: 'còn hiệu lực với tổng số vốn đăng ký đạt 10,92 tỷ USD', note: '"lũy kế đến nay": as of publication (12/2024)' },
  { source: 'src-000', entity: TN, indicator: '3G/4G mobile coverage', period: '2024-12-01', stated: '99,7%', value: 99.7, unit: '%', qualifier: 'exact', quote: 'phủ sóng điện thoại di động 3G, 4G đến 99,7% địa bàn', note: 'share of the territory covered; as of publication' },
  { source: 'src-000', entity: TN, indicator: 'New-rural standard communes (share)', period: '2024-12-01', stated: '93,7%', value: 93.7, unit: '%', qualifier: 'exact', quote: '118/126 xã đạt chuẩn nông thôn mới bằng 93,7% tổng số xã', note: '118 of 126 communes; as of publication' },
  { source: 'src-000', entity: TN, indicator: 'Digital transformation index rank', period: '2020', stated: 'thứ 12/63', value: 12, unit: 'rank', qualifier: 'exact', quote: 'Chỉ số chuyển đổi số Thái Nguyên đứng thứ 12/63 tỉnh, thành phố', status: 'verified', note: 'of 63; first DTI assessment, for 2020' },
  { source: 'src-000', entity: TN, indicator: 'Digital transformation index rank', period: '2023', stated: 'thứ 8/63', value: 8, unit: 'rank', qualifier: 'exact', quote: 'Thái Nguyên đã 2 năm liên tiếp xếp thứ 8/63', note: 'of 63; "đến nay … 2 năm liên tiếp": filed under the latest index published by 12/2024 (DTI 2023), also held for 2022' },
  { source: 'src-000', entity: TN, indicator: 'Digital economy share of GRDP', period: '2023', stated: '31,4%', value: 31.4, unit: '%', qualifier: 'exact', quote: 'tỷ trọng giá trị gia tăng kinh tế số trong GRDP năm 2023 là 31,4%' },
  { source: 'src-000', entity: TN, indicator: 'Digital economy share of GRDP rank', period: '2023', stated: 'thứ 3', value: 3, unit: 'rank', qualifier: 'exact', quote: '31,4% đứng thứ 3 toàn quốc', note: 'nationwide' },
  { source: 'src-000', entity: TN, indicator: 'PAR Index rank', period: '2023', stated: 'thứ 6/63', value: 6, unit: 'rank', qualifier: 'exact', quote: 'Chỉ số cải cách hành chính (PAR INDEX) xếp thứ 6/63', note: 'of 63; "đến nay": filed under the latest index published by 12/2024 (PAR Index 2023) — unsure' },

  // ---- src-001: 15/08/2022, figures for 2021 and "hiện nay"/"đến nay"
  { source: 'src-001', entity: TN, indicator: 'GRDP growth', period: '2021', stated: '6,51%', value: 6.51, unit: '%', qualifier: 'exact', quote: 'với mức tăng trưởng kinh tế đạt 6,51%', status: 'verified' },
  { source: 'src-001', entity: TN, indicator: 'Income per capita', period: '2021', stated: 'trên 95 triệu đồng/người', value: 9.5e7, unit: 'VND/person', qualifier: 'over', quote: 'thu nhập bình quân đầu người đạt trên 95 triệu đồng/người', note: 'worded as income per capita; src-002 gives GRDP per capita 95,1 triệu đồng for 2021' },
  { source: 'src-001', entity: TN, indicator: 'Income per capita increase', period: '2021', stated: '6,4 triệu đồng/người', value: 6.4e6, unit: 'VND/person', qualifier: 'exact', quote: 'tăng 6,4 triệu đồng/người so với năm 2020' },
  { source: 'src-001', entity: TN, indicator: 'Industrial production value', period: '2021', stated: 'hơn 840 nghìn tỷ đồng', value: 8.4e14, unit: 'VND', qualifier: 'over', quote: 'giá trị sản xuất công nghiệp đạt hơn 840 nghìn tỷ đồng' },
  { source: 'src-001', entity: TN, indicator: 'Export value', period: '2021', stated: 'gần 29 tỷ USD', value: 2.9e10, unit: 'USD', qualifier: 'nearly', quote: 'giá trị xuất khẩu đạt gần 29 tỷ USD', status: 'verified' },
  { source: 'src-001', entity: TN, indicator: 'Export value rank', period: '2021', stated: 'thứ 4', value: 4, unit: 'rank', qualifier: 'exact', quote: 'gần 29 tỷ USD (đứng thứ 4 cả nước)', note: 'nationwide' },
  { source: 'src-001', entity: TN, indicator: 'State budget revenue', period: '2021', stated: 'gần 18.000 tỷ đồng', value: 1.8e13, unit: 'VND', qualifier: 'nearly', quote: 'tổng thu ngân sách Nhà nước đạt gần 18.000 tỷ đồng' },
  { source: 'src-001', entity: TN, indicator: 'State budget revenue above estimate', period: '2021', stated: 'hơn 2.200 tỷ đồng', value: 2.2e12, unit: 'VND', qualifier: 'over', quote: 'vượt hơn 2.200 tỷ đồng so với dự toán' },
  { source: 'src-001', entity: TN, indicator: 'Jobs created', period: '2021', stated: 'khoảng 280 nghìn lao động', value: 2.8e5, unit: 'worker', qualifier: 'approx', quote: 'tạo việc làm cho khoảng 280 nghìn lao động' },
  { source: 'src-001', entity: TN, indicator: 'Industrial park area', period: '2022-08-15', stated: '2.395ha', value: 2395, unit: 'ha', qualifier: 'exact', quote: 'Thái Nguyên có 7 khu công nghiệp với diện tích là 2.395ha', note: '7 industrial parks; "hiện nay": as of publication' },
  { source: 'src-001', entity: TN, indicator: 'Enterprises attracted', period: '2022-08-15', stated: 'gần 1.000 doanh nghiệp', value: 1000, unit: 'enterprise', qualifier: 'nearly', quote: 'thu hút được gần 1.000 doanh nghiệp', note: 'central, local and foreign-invested; as of publication' },
  { source: 'src-001', entity: TN, indicator: 'New-rural standard communes', period: '2022-08-15', stated: '109 xã', value: 109, unit: 'commune', qualifier: 'exact', quote: 'Toàn tỉnh hiện có 109 xã đạt chuẩn nông thôn mới', note: '"hiện có": as of publication' },
  { source: 'src-001', entity: TN, indicator: 'New-rural standard communes (share)', period: '2022-08-15', stated: '79,5%', value: 79.5, unit: '%', qualifier: 'exact', quote: 'bằng 79,5% trên tổng số xã toàn tỉnh', note: '"hiện có": as of publication' },
  { source: 'src-001', entity: TN, indicator: 'Poor household rate', period: '2021', stated: '2,16%', value: 2.16, unit: '%', qualifier: 'exact', quote: 'tỷ lệ hộ nghèo giảm dần qua các năm, đến nay chỉ còn 2,16%', note: '"đến nay" (15/08/2022): the latest yearly figure, filed under 2021 (domain.md worked example)' },
  { source: 'src-001', entity: TN, indicator: 'Documents exchanged electronically', period: '2022-08-15', stated: 'gần 1,9 triệu văn bản', value: 1.9e6, unit: 'document', qualifier: 'nearly', quote: 'đã gửi, nhận gần 1,9 triệu văn bản', note: 'cumulative, document management system; as of publication' },
  { source: 'src-001', entity: TN, indicator: 'Postage saved by electronic documents', period: '2022-08-15', stated: 'khoảng 7,5 tỷ đồng', value: 7.5e9, unit: 'VND', qualifier: 'approx', quote: 'tiết kiệm được khoảng 7,5 tỷ đồng so với gửi, nhận qua đường bưu điện', note: 'cumulative; as of publication' },
  { source: 'src-001', entity: TN, indicator: 'Digital transformation index rank', period: '2020', stated: 'hạng 12/63', value: 12, unit: 'rank', qualifier: 'exact', quote: 'tỉnh Thái Nguyên xếp hạng 12/63 tỉnh, thành phố', note: 'of 63; "lần đầu tiên … đánh giá": the first DTI, for 2020' },
  { source: 'src-001', entity: 'Sảng Mộc', indicator: 'Households reached by smart loudspeakers', period: '2022-08-15', stated: 'hơn 80%', value: 80, unit: '%', qualifier: 'over', quote: 'giúp cho hơn 80% hộ dân tiếp cận thông tin', note: 'pilot smart commune (huyện Võ Nhai); the passage may cover La Bằng too; as of publication' },

  // ---- src-002: early 2022 (date unknown), figures for 2021
  { source: 'src-002', entity: TN, indicator: 'Digital transformation index rank', period: '2020', stated: 'thứ 12/63', value: 12, unit: 'rank', qualifier: 'exact', quote: 'Xếp thứ 12/63 tỉnh, thành phố trong cả nước về chuyển đổi số', status: 'verified', note: 'of 63; "sau 1 năm triển khai": the first DTI, for 2020' },
  { source: 'src-002', entity: TN, indicator: 'GRDP growth', period: '2021', stated: '6,51%', value: 6.51, unit: '%', qualifier: 'exact', quote: 'Kinh tế tăng trưởng đạt 6,51%', status: 'verified' },
  { source: 'src-002', entity: TN, indicator: 'GRDP per capita', period: '2021', stated: '95,1 triệu đồng', value: 9.51e7, unit: 'VND/person', qualifier: 'exact', quote: '(GRDP) bình quân đầu người đạt 95,1 triệu đồng', note: 'per person from "bình quân đầu người"' },
  { source: 'src-002', entity: TN, indicator: 'State budget revenue', period: '2021', stated: 'gần 18.000 tỷ đồng', value: 1.8e13, unit: 'VND', qualifier: 'nearly', quote: 'thu NSNN đạt gần 18.000 tỷ đồng' },
  { source: 'src-002', entity: TN, indicator: 'Domestic revenue rank', period: '2021', stated: 'thứ 18', value: 18, unit: 'rank', qualifier: 'exact', quote: 'số thu nội địa đứng thứ 18 cả nước', note: 'nationwide' },
  { source: 'src-002', entity: TN, indicator: 'Industrial production value', period: '2021', stated: '844 nghìn tỷ đồng', value: 8.44e14, unit: 'VND', qualifier: 'exact', quote: 'giá trị sản xuất công nghiệp đạt 844 nghìn tỷ đồng' },
  { source: 'src-002', entity: TN, indicator: 'Industrial production value growth', period: '2021', stated: '7,7%', value: 7.7, unit: '%', qualifier: 'exact', quote: 'tăng 7,7% so cùng kỳ 2020', note: 'year on year' },
  { source: 'src-002', entity: TN, indicator: 'Industrial production value rank', period: '2021', stated: 'thứ 4', value: 4, unit: 'rank', qualifier: 'exact', quote: 'so cùng kỳ 2020 (đứng thứ 4 cả nước)', note: 'nationwide' },
  { source: 'src-002', entity: TN, indicator: 'Export value', period: '2021', stated: 'trên 28,8 tỷ USD', value: 2.88e10, unit: 'USD', qualifier: 'over', quote: 'giá trị xuất khẩu đạt trên 28,8 tỷ USD', status: 'verified' },
  { source: 'src-002', entity: TN, indicator: 'Export value vs. plan', period: '2021', stated: '2,4%', value: 2.4, unit: '%', qualifier: 'exact', quote: 'tăng 2,4% so kế hoạch', note: 'above plan' },
  { source: 'src-002', entity: TN, indicator: 'Export value rank', period: '2021', stated: 'thứ 4/63', value: 4, unit: 'rank', qualifier: 'exact', quote: 'tiếp tục duy trì thứ hạng thứ 4/63 tỉnh, thành phố', note: 'of 63' },
  { source: 'src-002', entity: TN, indicator: 'Public investment disbursement vs. plan', period: '2021', stated: '143%', value: 143, unit: '%', qualifier: 'exact', quote: 'giải ngân vốn đầu tư công của tỉnh đạt 143% kế hoạch' },
  { source: 'src-002', entity: TN, indicator: 'Poor household rate', period: '2021', stated: '2,17%', value: 2.17, unit: '%', qualifier: 'exact', quote: 'tỷ lệ hộ nghèo toàn tỉnh giảm 0,65%, còn 2,17%' },
  { source: 'src-002', entity: TN, indicator: 'Poor household rate change', period: '2021', stated: 'giảm 0,65%', value: -0.65, unit: '%', qualifier: 'exact', quote: 'tỷ lệ hộ nghèo toàn tỉnh giảm 0,65%', note: 'percentage points, written as %' },
];
