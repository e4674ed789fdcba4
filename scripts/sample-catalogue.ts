/**
 * The sample dataset's catalogue (issue 9): every entity and indicator its observations use, with the words
 * Vietnamese and English articles use for them. make-sample.ts refuses an observation outside it or with a unit
 * its indicator cannot have.
 */
export interface SampleEntity {
  name: string;
  kind: string;
  aliases: string[];
}
export interface SampleIndicator {
  name: string;
  unit: string;
  definition: string;
  aliases: string[];
}

export const SAMPLE_ENTITIES: SampleEntity[] = [
  { name: 'Thái Nguyên', kind: 'province', aliases: ['tỉnh Thái Nguyên', 'Thai Nguyen', 'Thai Nguyen province'] },
  { name: 'Sảng Mộc', kind: 'commune', aliases: ['xã Sảng Mộc', 'Sang Moc'] },
];

const ind = (name: string, unit: string, definition: string, aliases: string[]): SampleIndicator => ({ name, unit, definition, aliases });

export const SAMPLE_INDICATORS: SampleIndicator[] = [
  ind('Export value', 'USD', 'Value of goods exported in the period', ['kim ngạch xuất khẩu', 'giá trị xuất khẩu', 'xuất khẩu hàng hóa', 'exports', 'export turnover']),
  ind('Export value growth', '%', 'Change of the export value against the same period a year earlier', ['tăng trưởng xuất khẩu', 'export growth']),
  ind('Export value vs. plan', '%', 'Export value against the yearly plan', ['xuất khẩu so kế hoạch']),
  ind('Export value rank', 'rank', 'Place among the 63 provinces by export value', ['xếp hạng xuất khẩu', 'export ranking']),
  ind('GRDP growth', '%', 'Growth of gross regional domestic product', ['tăng trưởng GRDP', 'tăng trưởng kinh tế', 'economic growth', 'GRDP growth rate']),
  ind('GRDP per capita', 'VND/person', 'GRDP divided by the population', ['GRDP bình quân đầu người', 'GRDP per head']),
  ind('GRDP per capita growth', '%', 'Change of GRDP per capita against the year before', ['tăng trưởng GRDP bình quân đầu người']),
  ind('GRDP per capita vs. plan', '%', 'GRDP per capita against the plan', ['GRDP bình quân đầu người so kế hoạch']),
  ind('Income per capita', 'VND/person', 'Average income per person', ['thu nhập bình quân đầu người', 'average income per capita']),
  ind('Income per capita increase', 'VND/person', 'Rise of income per capita against an earlier year', ['thu nhập bình quân đầu người tăng']),
  ind('State budget revenue', 'VND', 'State budget revenue collected in the province', ['thu ngân sách', 'thu ngân sách nhà nước', 'tổng thu ngân sách', 'budget revenue']),
  ind('State budget revenue vs. central estimate', '%', 'Budget revenue against the estimate set by the central government', ['thu ngân sách so dự toán Trung ương']),
  ind('State budget revenue above estimate', 'VND', 'Budget revenue beyond the estimate', ['thu ngân sách vượt dự toán']),
  ind('Domestic revenue rank', 'rank', 'Place among the 63 provinces by domestic revenue', ['số thu nội địa', 'thu nội địa', 'domestic revenue']),
  ind('Industrial production value', 'VND', 'Gross output value of industry', ['giá trị sản xuất công nghiệp', 'industrial production value', 'industrial output']),
  ind('Industrial production value growth', '%', 'Change of industrial production value against the same period', ['tăng trưởng giá trị sản xuất công nghiệp', 'industrial growth']),
  ind('Industrial production value rank', 'rank', 'Place among the 63 provinces by industrial production value', ['xếp hạng giá trị sản xuất công nghiệp']),
  ind('Industrial park area', 'ha', 'Land area of the industrial parks', ['diện tích khu công nghiệp', 'industrial park land']),
  ind('New FDI projects', 'project', 'Foreign direct investment projects licensed in the period', ['dự án FDI cấp mới', 'new FDI projects licensed']),
  ind('Active FDI projects', 'project', 'Foreign direct investment projects still valid', ['dự án FDI còn hiệu lực', 'valid FDI projects']),
  ind('Registered FDI capital (new projects)', 'USD', 'Capital registered by newly licensed FDI projects', ['vốn đăng ký cấp mới', 'newly registered FDI capital']),
  ind('Registered FDI capital (increases)', 'USD', 'Capital added to existing FDI projects', ['vốn đăng ký tăng thêm', 'additional FDI capital']),
  ind('Registered FDI capital (active projects)', 'USD', 'Capital registered by the FDI projects still valid', ['tổng vốn đăng ký còn hiệu lực']),
  ind('Enterprises attracted', 'enterprise', 'Enterprises drawn to invest in the province', ['doanh nghiệp thu hút', 'enterprises attracted to invest']),
  ind('Jobs created', 'worker', 'Workers given jobs', ['tạo việc làm', 'giải quyết việc làm', 'jobs']),
  ind('Poor household rate', '%', 'Share of households under the poverty line', ['tỷ lệ hộ nghèo', 'poverty rate', 'poor household ratio']),
  ind('Poor household rate change', '%', 'Change of the poor household rate in the period, in percentage points (a fall is negative)', ['tỷ lệ hộ nghèo giảm', 'poverty rate reduction']),
  ind('New-rural standard communes', 'commune', 'Communes meeting the new-rural standard', ['xã đạt chuẩn nông thôn mới', 'new-style rural communes']),
  ind('New-rural standard communes (share)', '%', 'Share of communes meeting the new-rural standard', ['tỷ lệ xã đạt chuẩn nông thôn mới']),
  ind('3G/4G mobile coverage', '%', 'Share of the territory covered by 3G/4G mobile signal', ['phủ sóng 3G, 4G', 'phủ sóng điện thoại di động', 'mobile coverage']),
  ind('Digital transformation index rank', 'rank', 'Place among the 63 provinces in the digital transformation index (DTI)', ['chỉ số chuyển đổi số', 'DTI', 'digital transformation index']),
  ind('Digital economy share of GRDP', '%', 'Value added of the digital economy as a share of GRDP', ['tỷ trọng kinh tế số trong GRDP', 'digital economy share']),
  ind('Digital economy share of GRDP rank', 'rank', 'Place among the 63 provinces by the digital economy share of GRDP', ['xếp hạng tỷ trọng kinh tế số']),
  ind('PAR Index rank', 'rank', 'Place among the 63 provinces in the public administration reform index', ['chỉ số cải cách hành chính', 'PAR INDEX', 'administrative reform index']),
  ind('Public investment disbursement vs. plan', '%', 'Public investment disbursed against the plan', ['giải ngân vốn đầu tư công', 'public investment disbursement']),
  ind('Documents exchanged electronically', 'document', 'Official documents sent and received electronically', ['văn bản điện tử', 'văn bản gửi, nhận', 'electronic documents']),
  ind('Postage saved by electronic documents', 'VND', 'Postage saved by sending documents electronically', ['tiết kiệm chi phí bưu điện', 'postage saved']),
  ind('Households reached by smart loudspeakers', '%', 'Share of households reached by smart loudspeakers', ['loa thông minh', 'smart loudspeakers']),
];
