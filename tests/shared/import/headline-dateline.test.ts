import { describe, expect, it } from 'vitest';
import { datelineDate, findDateline, isDateOnly } from '../../../shared/import/dateline';
import { findHeadline, readsAsParagraph } from '../../../shared/import/headline';
import { htmlMeta } from '../../../shared/import/html-meta';
import { readArticleText } from '../../../shared/import/read-article';

const LEAD =
  'Năm 2023, kim ngạch xuất khẩu của tỉnh đạt 28,8 tỷ USD, tăng 5% so với năm 2022. Tỉnh thu hút 215 dự án FDI với tổng vốn đăng ký hơn 1,2 tỷ USD.';

describe('datelines in plain text (issue 9 §3)', () => {
  it.each([
    ['Báo Kinh tế – 28/12/2023', '2023-12-28'],
    ['January 8, 2024', '2024-01-08'],
    ['Thứ Hai, 27/05/2024', '2024-05-27'],
    ['Thứ hai - 15/08/2022 21:27   Đã xem: 1048   Phản hồi: 0', '2022-08-15'],
    ['Cập nhật: 08:30 (GMT+7) ngày 03/01/2024', '2024-01-03'],
    ['By Nguyen Van A, Reuters – 8 January 2024', '2024-01-08'],
    ['Published on 2024-01-08', '2024-01-08'],
  ])('"%s" → %s', (line, date) => expect(datelineDate(line)?.date).toBe(date));
  it('a date inside a sentence of the story is no dateline', () => {
    expect(datelineDate('Nghị quyết số 01-NQ/TU ngày 31/12/2020 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số.')).toBeNull();
    expect(datelineDate('The ministry said on January 8, 2024 that exports would keep growing through the year.')).toBeNull();
  });
  it('a day that does not exist is no date', () => expect(datelineDate('Thứ Hai, 31/02/2024')).toBeNull());
  it('a line that is only a date is what a site header shows as "today"', () => {
    expect(isDateOnly('Thứ Hai, 27/05/2024')).toBe(true);
    expect(isDateOnly('Báo Kinh tế – 28/12/2023')).toBe(false);
  });
  it('is looked for from a given offset', () => expect(findDateline('27/05/2024\nTitle\nJanuary 8, 2024\n', 11)?.date).toBe('2024-01-08'));
});

describe('headlines in plain text', () => {
  it('a paragraph is never a headline', () => {
    expect(readsAsParagraph(LEAD)).toBe(true);
    expect(readsAsParagraph('Thái Nguyên: Kinh tế năm 2021 tăng trưởng 6,51%')).toBe(false);
    expect(readsAsParagraph('Exports hit a record in 2021, the ministry says.')).toBe(false);
  });
  it('passes over a menu and a header date to the headline line', () => {
    const text = 'Trang chủ | Kinh tế | Xã hội | Thế giới\nThứ Hai, 27/05/2024\n\nXuất khẩu của Thái Nguyên lập kỷ lục\n' + LEAD;
    expect(findHeadline(text, isDateOnly)?.title).toBe('Xuất khẩu của Thái Nguyên lập kỷ lục');
  });
  it('finds none when the text opens with a paragraph', () => expect(findHeadline(`${LEAD}\n${LEAD}`, isDateOnly)).toBeNull());
});

describe('readArticleText: publication date and title from the article itself', () => {
  it('takes the dateline under the headline, not the site header\'s "today" above it', () => {
    const text = 'Thứ Tư, 29/05/2024\nXuất khẩu của Thái Nguyên lập kỷ lục\nBáo Kinh tế – 28/12/2023\n' + LEAD;
    const r = readArticleText('a.txt', text);
    expect(r.meta.title).toBe('Xuất khẩu của Thái Nguyên lập kỷ lục');
    expect(r.meta.published).toBe('2023-12-28');
    expect(r.warnings.join(' ')).toContain('Báo Kinh tế – 28/12/2023');
  });
  it('a stamp with a time above the headline is still the publication date (a header "today" has no time)', () => {
    const r = readArticleText('d.txt', `Thứ năm, 16/08/2024 - 21:27\nĐến nay, tỷ lệ hộ nghèo còn 2,16%.\n`);
    expect(r.meta.published).toBe('2024-08-16');
  });
  it('reads an English byline', () => {
    const r = readArticleText('b.txt', `Vietnam exports hit a record\nBy Reuters staff\nJanuary 8, 2024\n\n${LEAD}`);
    expect(r.meta).toMatchObject({ title: 'Vietnam exports hit a record', published: '2024-01-08' });
  });
  it('a text that opens with a paragraph gets the file name as title and says so; its dates stay the story\'s', () => {
    const r = readArticleText('bai-viet.txt', `${LEAD} Ngày 31/12/2020, tỉnh ban hành nghị quyết.`);
    expect(r.meta.title).toBe('bai-viet');
    expect(r.meta.published).toBe('');
    expect(r.warnings.join(' ')).toContain('No headline line found');
  });
  it('a Markdown heading that is a paragraph is passed over for the next headline line', () => {
    const r = readArticleText('c.md', `# ${LEAD}\n\nĐầu tư FDI tăng mạnh\n\nThứ Hai, 27/05/2024 08:00\n\n${LEAD}`);
    expect(r.meta.title).toBe('Đầu tư FDI tăng mạnh');
    expect(r.meta.published).toBe('2024-05-27');
  });
});

describe('htmlMeta: the article\'s date and headline, not the site\'s', () => {
  const page = (body: string, head = '') => `<html lang="vi"><head>${head}</head><body>${body}</body></html>`;
  it('a <time> in the site header before the headline is not the publication date; one in <article> is', () => {
    const html = page(`<header><time datetime="2024-05-29">Thứ Tư, 29/05/2024</time></header>
      <article><h1>Xuất khẩu lập kỷ lục</h1><time datetime="2023-12-28T08:00:00+07:00">28/12/2023</time><p>${LEAD}</p></article>`);
    expect(htmlMeta(html)).toMatchObject({ title: 'Xuất khẩu lập kỷ lục', published: '2023-12-28' });
  });
  it('a <time> before the headline outside any <article> is passed over; one after it counts', () => {
    const html = page(`<div class="top"><time datetime="2024-05-29">hôm nay</time></div><h1>Xuất khẩu lập kỷ lục</h1>
      <p class="byline"><time datetime="2023-12-28">28/12/2023</time></p><p>${LEAD}</p>`);
    expect(htmlMeta(html).published).toBe('2023-12-28');
  });
  it('article:published_time and JSON-LD datePublished win over any <time>', () => {
    const meta = '<meta property="article:published_time" content="2023-12-27T10:00:00+07:00">';
    expect(htmlMeta(page('<article><time datetime="2023-12-28">x</time></article>', meta)).published).toBe('2023-12-27');
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-12-26"}</script>';
    expect(htmlMeta(page('<article><time datetime="2023-12-28">x</time></article>', ld)).published).toBe('2023-12-26');
  });
  it('a site logo in an <h1> inside the header is no headline; a paragraph in og:title is passed over', () => {
    const html = page(`<header><h1>Báo Kinh tế</h1></header><article><h1>Xuất khẩu lập kỷ lục</h1><p>${LEAD}</p></article>`,
      `<meta property="og:title" content="${LEAD}">`);
    expect(htmlMeta(html).title).toBe('Xuất khẩu lập kỷ lục');
  });
});
