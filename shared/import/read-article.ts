import type { SourceDraft } from '../api/contract';
import type { Language } from '../model/vocab';
import type { SourceMeta } from '../model/source';
import { findDateline, isDateOnly } from './dateline';
import { baseName, decodeArticleBytes } from './decode-text';
import { guessLanguage } from './guess-language';
import { findHeadline, readsAsParagraph } from './headline';
import { absoluteUrl, htmlMeta, isoDay } from './html-meta';
import { htmlToText } from './html-text';
import { markdownToText } from './markdown-text';

export type ArticleKind = 'html' | 'markdown' | 'text';

export interface ArticleRead {
  /** The text to freeze: what quote offsets will refer to. */
  text: string;
  meta: SourceMeta;
  /** Things the curator should check before saving, one sentence each. */
  warnings: string[];
}

const MAX_TITLE = 200;
/** Below this many letters a page's declared language is trusted over a guess from its text. */
const GUESS_MIN_LETTERS = 200;

/**
 * An imported file as a source draft: decoded (UTF-8 only, NOT_TEXT otherwise), HTML and Markdown turned into
 * plain text, metadata taken from the file where present. The text is normalised exactly once, here: line
 * ends become LF and diacritics are composed (NFC), so "Thái" typed either way is the same string and offsets
 * count the same characters the reader shows.
 */
export function readArticle(fileName: string, bytes: Uint8Array): ArticleRead {
  return readArticleText(fileName, decodeArticleBytes(bytes, fileName));
}

/** readArticle in the flat shape of the `sources-parse-file` result. */
export function readArticleDraft(fileName: string, bytes: Uint8Array): SourceDraft {
  const { text, meta, warnings } = readArticle(fileName, bytes);
  return { ...meta, text, warnings };
}

/** The same for text already decoded (pasted text, or a file read elsewhere); fileName picks the format. */
export function readArticleText(fileName: string, raw: string): ArticleRead {
  const warnings: string[] = [];
  const kind = articleKind(fileName, raw);
  let text: string;
  let title = '';
  let publisher = '';
  let author = '';
  let url = '';
  let published = '';
  let declaredLang = '';

  if (kind === 'html') {
    const meta = htmlMeta(raw);
    text = normaliseArticleText(htmlToText(raw).text);
    ({ title, publisher, author, url, published } = meta);
    declaredLang = meta.lang;
  } else if (kind === 'markdown') {
    const md = markdownToText(normaliseLineEnds(raw));
    text = md.text.normalize('NFC');
    const fm = md.frontMatter;
    title = md.title;
    author = fm.author ?? '';
    publisher = fm.publisher ?? fm.source ?? fm.site ?? '';
    url = absoluteUrl(fm.url ?? fm.link ?? fm.canonical ?? '', '');
    const rawDate = fm.published ?? fm.date ?? '';
    published = isoDay(rawDate);
    if (rawDate && !published) warnings.push(`The front matter date "${rawDate}" is not a date; left empty.`);
    declaredLang = (fm.lang ?? fm.language ?? '').toLowerCase().split(/[-_]/)[0];
  } else {
    text = normaliseArticleText(raw);
  }

  if (!text.trim()) warnings.push(`${baseName(fileName)} holds no readable text.`);

  // The title is the headline line, never a paragraph (issue 9 §3); the dateline is looked for after it, so that a
  // site header's "today" above the headline is not taken for the publication date.
  title = title.normalize('NFC').trim();
  let skip = 0;
  if (readsAsParagraph(title)) {
    skip = headlineEnd(text, title, 0);
    title = '';
  }
  const headline = findHeadline(text, isDateOnly, skip);
  if (!title && headline) title = headline.title;
  if (!title) {
    title = baseName(fileName).replace(/\.[^.]+$/, '') || 'Untitled';
    warnings.push(text.trim() ? 'No headline line found (the text opens with a paragraph); the file name is used.' : 'No title found; the file name is used.');
  }

  if (!published) {
    const after = headlineEnd(text, title, headline?.end ?? 0);
    // Above the headline only a stamp with a time is taken: a site header's "today" shows none.
    const stamp = findDateline(text, after) ?? stampDate(text.slice(after)) ?? (after > 0 ? stampDate(text) : null);
    if (stamp) {
      published = stamp.date;
      warnings.push(`Publication date taken from "${stamp.written}" in the text; check it.`);
    } else {
      warnings.push('No publication date found; "đến nay"/"as of" periods need one.');
    }
  }

  const language = chooseLanguage(text, declaredLang, warnings);
  return {
    text,
    meta: {
      title: title.length > MAX_TITLE ? shorten(title) : title,
      publisher: publisher.normalize('NFC'),
      author: author.normalize('NFC'),
      url,
      published,
      language,
    },
    warnings,
  };
}

/** html for .html/.htm/.xhtml, markdown for .md/.markdown, text for .txt; other names are sniffed. */
export function articleKind(fileName: string, text: string): ArticleKind {
  const ext = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (['html', 'htm', 'xhtml'].includes(ext)) return 'html';
  if (['md', 'markdown', 'mdown', 'mkd'].includes(ext)) return 'markdown';
  if (['txt', 'text'].includes(ext)) return 'text';
  return looksLikeHtml(text) ? 'html' : 'text';
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  return /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head) || /<\/(?:p|div|body|html)>/i.test(head);
}

/** The one normalisation applied to stored text: CRLF and lone CR to LF, then NFC. */
export function normaliseArticleText(text: string): string {
  return normaliseLineEnds(text).normalize('NFC');
}

function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Where the headline's line ends in the text (the title as the page's metadata gave it), else `fallback`. */
function headlineEnd(text: string, title: string, fallback: number): number {
  const at = title ? text.slice(0, 20_000).indexOf(title) : -1;
  if (at < 0) return fallback;
  const nl = text.indexOf('\n', at + title.length);
  return nl < 0 ? text.length : nl;
}

/** At most MAX_TITLE characters, cut at a word boundary where one is near, with an ellipsis. */
function shorten(title: string): string {
  const room = MAX_TITLE - 1;
  const cut = title.slice(0, room);
  const space = cut.lastIndexOf(' ');
  return `${(space > room * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A date stamped with a time near the top of the text, as news pages print their publication time
 * ("Thứ hai - 15/08/2022 21:27"). A date without a time is not taken: it is more often an event in the story.
 */
function stampDate(text: string): { date: string; written: string } | null {
  const head = text.slice(0, 1500);
  const m =
    /\b(\d{1,2}\/\d{1,2}\/\d{4})\s*(?:[-,|]\s*)?\d{1,2}[:h]\d{2}\b/.exec(head) ??
    /\b\d{1,2}[:h]\d{2}(?:\s*(?:GMT|UTC)?[+-]\d{1,2})?\s*(?:[-,|]\s*)?(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4})\b/.exec(head);
  if (!m) return null;
  const date = isoDay(m[1]);
  return date ? { date, written: m[0] } : null;
}

function chooseLanguage(text: string, declared: string, warnings: string[]): Language {
  const known = declared === 'vi' || declared === 'en' ? declared : '';
  const letters = text.slice(0, 20_000).match(/\p{L}/gu)?.length ?? 0;
  if (known && letters < GUESS_MIN_LETTERS) return known;
  const guess = guessLanguage(text);
  if (known && known !== guess) warnings.push(`The file declares language "${known}" but the text reads as "${guess}"; "${guess}" is used.`);
  return guess;
}
