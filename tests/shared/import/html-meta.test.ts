import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlMeta, isoDay } from '../../../shared/import/html-meta';

const fixture = readFileSync(fileURLToPath(new URL('../../fixtures/articles/thai-nguyen-2021.html', import.meta.url)), 'utf8');

describe('htmlMeta', () => {
  it('reads Open Graph and article tags from a news page', () => {
    expect(htmlMeta(fixture)).toEqual({
      title: 'Thái Nguyên: Kinh tế năm 2021 tăng trưởng 6,51%',
      publisher: 'Báo Thái Nguyên Điện tử',
      author: 'Ngọc Hà',
      url: 'https://baothainguyen.vn/kinh-te/thai-nguyen-kinh-te-nam-2021-tang-truong-651-298765.html',
      published: '2022-01-05',
      lang: 'vi',
    });
  });

  it('falls back to <title>, dropping the site name suffix, and to <time datetime>', () => {
    const html = `<html lang="en-GB"><head><title>Exports hit record | VnEconomy</title>
      <meta property="og:site_name" content="VnEconomy"></head>
      <body><p>By <a rel="author">X</a> <time datetime="2024-08-16T23:30:00+07:00">16 Aug</time></p></body></html>`;
    const m = htmlMeta(html);
    expect(m.title).toBe('Exports hit record');
    expect(m.publisher).toBe('VnEconomy');
    expect(m.published).toBe('2024-08-16'); // the publisher's date, not shifted to UTC
    expect(m.lang).toBe('en');
  });

  it('reads schema.org JSON-LD, including @graph, and skips broken blocks', () => {
    const html = `<head><script type="application/ld+json">{ broken </script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"Site"},
        {"@type":"NewsArticle","headline":"Tiêu đề &amp; JSON","datePublished":"2023-03-09",
         "author":[{"@type":"Person","name":"An"},{"@type":"Person","name":"Bình"}],
         "publisher":{"@type":"Organization","name":"Nhân Dân"},
         "mainEntityOfPage":{"@id":"https://nhandan.vn/bai-viet-123.html"}}]}</script></head>`;
    const m = htmlMeta(html);
    expect(m.title).toBe('Tiêu đề &amp; JSON'); // script text is raw: JSON holds what it holds
    expect(m.author).toBe('An, Bình');
    expect(m.publisher).toBe('Nhân Dân');
    expect(m.published).toBe('2023-03-09');
    expect(m.url).toBe('https://nhandan.vn/bai-viet-123.html');
  });

  it('resolves a relative canonical link against og:url and ignores non-http URLs', () => {
    expect(htmlMeta('<link rel="canonical" href="/a/b.html"><meta property="og:url" content="https://x.vn/z">').url).toBe('https://x.vn/a/b.html');
    expect(htmlMeta('<link rel="canonical" href="javascript:alert(1)">').url).toBe('');
    expect(htmlMeta('<link rel="canonical" href="/only-relative">').url).toBe('');
  });

  it('ignores an article:author that is a profile URL and decodes entities in attributes', () => {
    const m = htmlMeta('<meta property="article:author" content="https://facebook.com/x"><meta name="author" content="Tr&#7847;n V&#259;n A">');
    expect(m.author).toBe('Trần Văn A');
  });

  it('takes the first level-one heading when nothing else names the page', () => {
    expect(htmlMeta('<body><h1>  Giá trị <em>xuất khẩu</em>\n tăng </h1><h1>khác</h1></body>').title).toBe('Giá trị xuất khẩu tăng');
  });

  it('returns empty strings for a page without metadata', () => {
    expect(htmlMeta('<p>chỉ có chữ</p>')).toEqual({ title: '', publisher: '', author: '', url: '', published: '', lang: '' });
  });

  it('uses og:locale when <html lang> is missing', () => {
    expect(htmlMeta('<meta property="og:locale" content="vi_VN">').lang).toBe('vi');
  });
});

describe('isoDay', () => {
  it.each([
    ['2022-01-05T08:15:00+07:00', '2022-01-05'],
    ['2022-1-5', '2022-01-05'],
    ['2024/08/16 10:00', '2024-08-16'],
    ['16/08/2024', '2024-08-16'],
    ['15/08/2022 21:27', '2022-08-15'],
    ['2021-02-30', ''],
    ['Thứ hai', ''],
    ['', ''],
  ])('%s → %s', (raw, day) => {
    expect(isoDay(raw)).toBe(day);
  });
});
