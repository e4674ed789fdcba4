import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceDraft } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import { articleKind, normaliseArticleText, readArticle, readArticleDraft, readArticleText } from '../../../shared/import/read-article';
import { seedFiles } from '../../fixtures/seeds';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = path.resolve(repoRoot, 'tests/fixtures/articles');
const utf8 = (s: string) => new TextEncoder().encode(s);
const fixture = (name: string) => readFileSync(path.join(fixtures, name));

describe('readArticle on the fixture articles', () => {
  it('imports the HTML article: visible text, metadata, no script', () => {
    const r = readArticle('thai-nguyen-2021.html', fixture('thai-nguyen-2021.html'));
    expect(r.meta).toEqual({
      title: 'Thái Nguyên: Kinh tế năm 2021 tăng trưởng 6,51%',
      publisher: 'Báo Thái Nguyên Điện tử',
      author: 'Ngọc Hà',
      url: 'https://baothainguyen.vn/kinh-te/thai-nguyen-kinh-te-nam-2021-tang-truong-651-298765.html',
      published: '2022-01-05',
      language: 'vi',
    });
    expect(r.warnings).toEqual([]);
    for (const figure of ['gần 29 tỷ USD', '6,51%', '844 nghìn tỷ đồng', '95,1 triệu đồng/người']) expect(r.text).toContain(figure);
    expect(r.text).not.toMatch(/script|window\.|777 tỷ/);
  });

  it('imports the Markdown article with its front matter', () => {
    const r = readArticle('chuyen-doi-so.md', fixture('chuyen-doi-so.md'));
    expect(r.meta).toMatchObject({
      title: 'Chuyển đổi số ở Thái Nguyên: kết quả năm 2021',
      author: 'Minh Anh',
      url: 'https://example.vn/chuyen-doi-so-thai-nguyen',
      published: '2022-08-15',
      language: 'vi',
    });
    expect(r.text).toContain('trên 28,8 tỷ USD');
    expect(r.text).not.toMatch(/[#*[\]]/);
  });

  it('imports the English text file: CRLF become LF, title is the first line, language en', () => {
    const bytes = fixture('vietnam-exports.txt');
    expect(new TextDecoder().decode(bytes)).toContain('\r\n');
    const r = readArticle('vietnam-exports.txt', bytes);
    expect(r.text).not.toContain('\r');
    expect(r.text).toContain('nearly $29 billion');
    expect(r.meta.title).toBe('Vietnam exports hit a record in 2021');
    expect(r.meta.language).toBe('en');
    expect(r.warnings.join(' ')).toMatch(/No publication date/);
  });

  it.each(['thai-nguyen-2021.html', 'chuyen-doi-so.md', 'vietnam-exports.txt'])('gives a valid SourceDraft for %s', (name) => {
    const draft = readArticleDraft(name, fixture(name));
    expect(SourceDraft.parse(draft)).toEqual(draft);
  });
});

describe('readArticle on the seeds', () => {
  const seeds = seedFiles();
  it.each(seeds.map((s) => [s.name, s.file]))('imports seed %s as Vietnamese text kept as given', (_name, file) => {
    const bytes = readFileSync(file);
    const r = readArticle(path.basename(file), bytes);
    expect(r.text).toBe(normaliseArticleText(new TextDecoder().decode(bytes)));
    expect(r.meta.language).toBe('vi');
    expect(r.meta.title.length).toBeGreaterThan(0);
    expect(r.meta.title.length).toBeLessThanOrEqual(200);
    // The headline line, or — where the text opens with a paragraph (seed 002 runs its headline into its lead) —
    // the file name with a warning: a paragraph is never a title (issue 9 §3).
    if (r.warnings.some((w) => w.startsWith('No headline line found'))) expect(r.meta.title).toBe(path.basename(file).replace(/\.txt$/, ''));
    else expect(r.text.trimStart().startsWith(r.meta.title.replace(/…$/, ''))).toBe(true);
    expect(() => SourceDraft.parse({ ...r.meta, text: r.text, warnings: r.warnings })).not.toThrow();
  });

  it('takes the publication stamp "15/08/2022 21:27" from seed 001 and says so', () => {
    const seed = seeds.find((s) => s.name === '001')!;
    const r = readArticle(path.basename(seed.file), readFileSync(seed.file));
    expect(r.meta.published).toBe('2022-08-15');
    expect(r.warnings.join(' ')).toContain('15/08/2022 21:27');
  });

  it('does not take a date without a time (an event in the story) as the publication date', () => {
    const r = readArticleText('a.txt', 'Nghị quyết số 01-NQ/TU ngày 31/12/2020 của Ban Chấp hành.');
    expect(r.meta.published).toBe('');
  });
});

describe('readArticle normalisation and refusals', () => {
  it('composes NFD diacritics once, at import', () => {
    const nfd = 'Tha\u0301i Nguye\u0302n đạt gần 29 tỷ USD'.normalize('NFD');
    const r = readArticle('nfd.txt', utf8(nfd));
    expect(r.text).toBe('Thái Nguyên đạt gần 29 tỷ USD');
    expect(r.text.indexOf('gần 29 tỷ USD')).toBe(16);
    expect(r.meta.title).toBe('Thái Nguyên đạt gần 29 tỷ USD');
    expect(r.meta.language).toBe('vi');
  });

  it('turns CRLF and lone CR into LF and strips a BOM', () => {
    const r = readArticle('crlf.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Dòng 1\r\nDòng 2\rDòng 3\r\n')]));
    expect(r.text).toBe('Dòng 1\nDòng 2\nDòng 3\n');
  });

  it('refuses a binary file with NOT_TEXT', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]); // a zip/docx header
    expect(() => readArticle('bao-cao.docx', bytes)).toThrow(TallyError);
    try {
      readArticle('bao-cao.docx', bytes);
    } catch (e) {
      expect((e as TallyError).code).toBe('NOT_TEXT');
      expect((e as TallyError).message).toMatch(/^bao-cao\.docx is not a UTF-8 text file/);
    }
  });

  it('refuses a Latin-1 HTML file with NOT_TEXT', () => {
    const latin1 = new Uint8Array([...utf8('<p>Th'), 0xe1, ...utf8('i Nguy'), 0xea, ...utf8('n</p>')]);
    expect(() => readArticle('trang.html', latin1)).toThrow(/trang\.html is not a UTF-8 text file: it is not valid UTF-8/);
  });

  it('shortens a very long first line to a title of at most 200 characters', () => {
    const line = 'Thái Nguyên '.repeat(40);
    const r = readArticleText('long.txt', `\n\n   ${line}\nĐoạn hai`);
    expect(r.meta.title.length).toBeLessThanOrEqual(200);
    expect(r.meta.title.endsWith('…')).toBe(true);
    expect(r.meta.title.startsWith('Thái Nguyên Thái')).toBe(true);
  });

  it('names an empty file after itself and warns', () => {
    const r = readArticle('/tmp/dir/trống.txt', new Uint8Array(0));
    expect(r.meta.title).toBe('trống');
    expect(r.text).toBe('');
    expect(r.warnings.join(' ')).toMatch(/no readable text/);
    expect(r.warnings.join(' ')).toMatch(/file name is used/);
  });

  it('warns when a page declares a language its text does not read as', () => {
    const body = '<p>' + 'Giá trị sản xuất công nghiệp trên địa bàn tỉnh năm 2021 đạt 844 nghìn tỷ đồng. '.repeat(5) + '</p>';
    const r = readArticleText('x.html', `<html lang="en"><title>Tin</title>${body}</html>`);
    expect(r.meta.language).toBe('vi');
    expect(r.warnings.join(' ')).toMatch(/declares language "en"/);
  });

  it('trusts the declared language of a page too short to guess from', () => {
    expect(readArticleText('x.html', '<html lang="en"><p>GDP 6,51%</p></html>').meta.language).toBe('en');
  });

  it('leaves out a front matter URL or date that is not valid', () => {
    const r = readArticleText('x.md', '---\nurl: not a url\ndate: hôm qua\n---\n# Tên\nNội dung');
    expect(r.meta.url).toBe('');
    expect(r.meta.published).toBe('');
    expect(r.warnings.join(' ')).toMatch(/"hôm qua" is not a date/);
  });
});

describe('articleKind', () => {
  it.each([
    ['a.html', '', 'html'],
    ['a.HTM', '', 'html'],
    ['a.md', '<html>', 'markdown'],
    ['a.markdown', '', 'markdown'],
    ['a.txt', '<!DOCTYPE html><html>', 'text'],
    ['page.php', '<!doctype html>\n<html lang="vi">', 'html'],
    ['download', '  <!-- saved --><html><body>', 'html'],
    ['notes', 'Giá trị <b> không phải HTML', 'text'],
  ])('%s holding %j is %s', (name, text, kind) => {
    expect(articleKind(name, text)).toBe(kind);
  });
});
