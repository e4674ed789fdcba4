import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../shared/import/html-text';

const fixture = readFileSync(fileURLToPath(new URL('../../fixtures/articles/thai-nguyen-2021.html', import.meta.url)), 'utf8');
const text = (html: string) => htmlToText(html).text;

describe('htmlToText: what is shown', () => {
  it('drops scripts, styles, head, nav, noscript and template from a real article', () => {
    const t = text(fixture);
    for (const hidden of ['window.', '__tallyScriptRan', 'document.write', '777 tỷ USD', '123 tỷ USD', '999 tỷ USD', 'margin', 'Trang chủ', 'Bật JavaScript', '555 tỷ đồng', 'schema.org', 'Báo Thái Nguyên Điện tử</title>']) {
      expect(t).not.toContain(hidden);
    }
    expect(t.startsWith('Thái Nguyên: Kinh tế năm 2021 tăng trưởng 6,51%\n\n')).toBe(true);
  });

  it('keeps the article paragraphs apart, each on one line', () => {
    const paragraphs = text(fixture).split('\n\n');
    expect(paragraphs).toContain(
      'Theo báo cáo của UBND tỉnh, giá trị sản xuất công nghiệp trên địa bàn năm 2021 đạt 844 nghìn tỷ đồng, tăng 11,2% so với cùng kỳ. Kim ngạch xuất khẩu cả năm đạt gần 29 tỷ USD, đứng thứ 3 cả nước sau TP Hồ Chí Minh và Bắc Ninh.',
    );
    expect(paragraphs).toContain('Tỉnh đặt mục tiêu trong 6 tháng đầu năm 2022 tăng trưởng trên 7%.');
  });

  it('decodes named, numeric and hex entities', () => {
    expect(text('<p>trong n&#432;&#x1EDB;c &amp; n&uacute;i &lt;b&gt; 95,1&nbsp;tri\u1EC7u &middot; &quot;A&quot;</p>')).toBe(
      'trong nước & núi <b> 95,1 triệu · "A"',
    );
  });

  it('turns block elements into line breaks and blank lines', () => {
    expect(text('<p>một</p><p>hai</p>')).toBe('một\n\nhai');
    expect(text('<div>một</div><div>hai</div>')).toBe('một\nhai');
    expect(text('một<br>hai<br/><br>ba')).toBe('một\nhai\n\nba');
    expect(text('<h2>Tiêu đề</h2>Đoạn văn')).toBe('Tiêu đề\n\nĐoạn văn');
    expect(text('<ul><li>a</li><li>b</li></ul>sau')).toBe('a\nb\n\nsau');
    expect(text('<section><article><p>x</p></article></section><p>y</p>')).toBe('x\n\ny');
  });

  it('collapses whitespace inside a paragraph but not between inline elements and words', () => {
    expect(text('<p>  gần\n   29   tỷ\tUSD  </p>')).toBe('gần 29 tỷ USD');
    expect(text('<p>đạt <b>6,51</b><i>%</i> và <em>hơn</em> 840</p>')).toBe('đạt 6,51% và hơn 840');
  });

  it('separates table cells with a tab and rows with a line', () => {
    expect(text('<table><tr><th>Chỉ tiêu</th><th>2021</th></tr><tr><td>GRDP</td><td>6,51%</td></tr></table>')).toBe('Chỉ tiêu\t2021\nGRDP\t6,51%');
  });

  it('keeps preformatted text as written (without carriage returns)', () => {
    expect(text('<p>a</p><pre>x  1\r\ny  2</pre>')).toBe('a\n\nx  1\ny  2');
  });

  it('drops comments, hidden elements and a head that is never closed', () => {
    expect(text('<p>a<!-- 999 tỷ --> b</p><div hidden>ẩn</div><p style="display: none">ẩn</p><span aria-hidden="true">★</span>')).toBe('a b');
    expect(text('<html><head><title>T</title><meta charset=utf-8><body><p>nội dung</p>')).toBe('nội dung');
  });

  it('shows text that merely looks like markup as text, never as HTML', () => {
    expect(text('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<script>alert(1)</script>');
  });

  it('handles empty and markup-only documents', () => {
    expect(text('')).toBe('');
    expect(text('<html><head><script>x()</script></head><body> \n </body></html>')).toBe('');
    expect(htmlToText('<p></p>').toSource(0)).toBe(0);
  });
});

describe('htmlToText: offsets back into the HTML', () => {
  const r = htmlToText(fixture);

  it.each(['gần 29 tỷ USD', '6,51%', '844 nghìn tỷ đồng', '11,2%', '15.300 tỷ đồng', '2,17%', '6 tháng đầu năm 2022', 'trên 7%', 'Năm 2021', 'GRDP tăng 6,51% so với năm 2020.'])(
    'maps "%s" back so the HTML slice is the figure',
    (figure) => {
      let count = 0;
      for (let s = r.text.indexOf(figure); s >= 0; s = r.text.indexOf(figure, s + 1)) {
        const e = s + figure.length;
        expect(fixture.slice(r.toSource(s), r.toSource(e))).toBe(figure);
        const range = r.toSourceRange(s, e);
        expect(fixture.slice(range.start, range.end)).toBe(figure);
        count++;
      }
      expect(count).toBeGreaterThan(0);
    },
  );

  it('spans an entity inside a figure with the entity itself', () => {
    const figure = '95,1 triệu đồng/người';
    const s = r.text.indexOf(figure);
    expect(fixture.slice(r.toSource(s), r.toSource(s + figure.length))).toBe('95,1&nbsp;triệu đồng/người');
  });

  it('maps every plain character to the same character in the HTML', () => {
    for (let i = 0; i < r.text.length; i++) {
      const { start, end } = r.toSourceRange(i, i + 1);
      if (end - start === 1 && !/\s/.test(r.text[i])) expect(fixture[start]).toBe(r.text[i]);
    }
  });

  it('keeps source offsets in order', () => {
    let last = -1;
    for (let i = 0; i <= r.text.length; i++) {
      const at = r.toSource(i);
      expect(at).toBeGreaterThanOrEqual(last);
      last = at;
    }
  });

  it('excludes the markup around a figure set in its own element', () => {
    const html = '<p>GRDP tăng <b>6,51%</b>. Xuất khẩu <span class="n">gần 29 tỷ USD</span></p><p>844 nghìn tỷ đồng</p>';
    const h = htmlToText(html);
    expect(h.text).toBe('GRDP tăng 6,51%. Xuất khẩu gần 29 tỷ USD\n\n844 nghìn tỷ đồng');
    for (const figure of ['6,51%', 'gần 29 tỷ USD', '844 nghìn tỷ đồng']) {
      const s = h.text.indexOf(figure);
      expect(html.slice(h.toSource(s), h.toSource(s + figure.length))).toBe(figure);
    }
  });

  it('counts offsets in UTF-16 code units, like JavaScript strings', () => {
    const html = '<p>😀 <i>2,5%</i> tăng</p>';
    const h = htmlToText(html);
    const s = h.text.indexOf('2,5%');
    expect(s).toBe(3);
    expect(html.slice(h.toSource(s), h.toSource(s + 4))).toBe('2,5%');
  });

  it('clamps offsets outside the text', () => {
    const h = htmlToText('<p>abc</p>');
    expect(h.toSource(-5)).toBe(3);
    expect(h.toSource(99)).toBe(6);
  });
});
