import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../shared/import/markdown-text';

describe('markdownToText', () => {
  it('makes the fixture readable and takes its first # heading as title', () => {
    const md = readFileSync(fileURLToPath(new URL('../../fixtures/articles/chuyen-doi-so.md', import.meta.url)), 'utf8');
    const r = markdownToText(md);
    expect(r.title).toBe('Chuyển đổi số ở Thái Nguyên: kết quả năm 2021');
    expect(r.frontMatter).toMatchObject({ title: 'Chuyển đổi số ở Thái Nguyên', author: 'Minh Anh', date: '2022-08-15' });
    expect(r.text).toBe(
      [
        'Chuyển đổi số ở Thái Nguyên: kết quả năm 2021',
        '',
        'Thái Nguyên xếp thứ 12/63 tỉnh, thành phố về chuyển đổi số năm 2021.',
        '',
        'Theo Sở Thông tin và Truyền thông, năm 2021 kinh tế số chiếm',
        'khoảng 6,5% GRDP của tỉnh; giá trị xuất khẩu đạt trên 28,8 tỷ USD.',
        '',
        'Hạ tầng số',
        '',
        '- Phủ sóng 4G đến 99,7% địa bàn.',
        '- Tỷ lệ hộ nghèo còn 2,17%.',
      ].join('\n'),
    );
  });

  it('drops emphasis markers but not stars and underscores that are not emphasis', () => {
    expect(markdownToText('**đạt** __gần__ *29* _tỷ_ ~~USD~~').text).toBe('đạt gần 29 tỷ USD');
    expect(markdownToText('5 * 3 = 15 và snake_case_name, 2*3*4').text).toBe('5 * 3 = 15 và snake_case_name, 2*3*4');
    expect(markdownToText('\\*không phải nhấn mạnh\\*').text).toBe('*không phải nhấn mạnh*');
  });

  it('turns links into their text and drops images and reference definitions', () => {
    const md = 'Xem [báo cáo](https://x.vn/a_(b) "Tiêu đề") và [nguồn][1] ![ảnh](a.png) <https://y.vn>\n\n[1]: https://z.vn';
    expect(markdownToText(md).text).toBe('Xem báo cáo và nguồn https://y.vn');
  });

  it('reads setext headings, drops rules and fences but keeps code text', () => {
    const r = markdownToText('Tiêu đề chính\n=============\n\nĐoạn 1\n\n---\n\n```js\nconst a = 1;\n```\n\nTiểu mục\n--------\nĐoạn 2');
    expect(r.title).toBe('Tiêu đề chính');
    expect(r.text).toBe('Tiêu đề chính\n\nĐoạn 1\n\nconst a = 1;\n\nTiểu mục\nĐoạn 2');
  });

  it('uses the front matter title when there is no # heading, and strips blockquote markers', () => {
    const r = markdownToText('---\ntitle: "Tên bài"\n---\n## Mục\n> trích dẫn 6,51%');
    expect(r.title).toBe('Tên bài');
    expect(r.text).toBe('Mục\ntrích dẫn 6,51%');
  });

  it('keeps table rows, drops the alignment row', () => {
    expect(markdownToText('| Chỉ tiêu | 2021 |\n|---|---:|\n| GRDP | 6,51% |').text).toBe('| Chỉ tiêu | 2021 |\n| GRDP | 6,51% |');
  });
});
