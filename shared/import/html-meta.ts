import { Parser } from 'htmlparser2';
import { isoDate } from '../periods/period-words';
import { readsAsParagraph } from './headline';

/** Page chrome around an article: a date or heading in it is the site's, not the article's. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside']);
import { isWebUrl } from '../model/web-url';

/** What an HTML page says about itself; empty strings where it says nothing usable. */
export interface HtmlMeta {
  title: string;
  publisher: string;
  author: string;
  /** Absolute http(s) URL. */
  url: string;
  /** YYYY-MM-DD as written by the publisher (the local date, not converted to UTC). */
  published: string;
  /** Primary language subtag from <html lang> or og:locale, lower case ('vi', 'en', 'fr', ...). */
  lang: string;
}

/**
 * Reads the metadata news sites put in their pages: Open Graph and article: tags, classic <meta name>,
 * JSON-LD (schema.org NewsArticle), <link rel=canonical>, <time datetime> and <title>. The first good
 * value in order of reliability wins. A <time> counts only inside <article>, or after the headline outside page
 * chrome: a site header's "today" before the headline is not the article's date. A title that reads as a
 * paragraph is passed over.
 */
export function htmlMeta(html: string): HtmlMeta {
  const metas = new Map<string, string[]>();
  const put = (key: string, value: string | undefined) => {
    const v = clean(value ?? '');
    if (!key || !v) return;
    const list = metas.get(key) ?? [];
    list.push(v);
    metas.set(key, list);
  };
  let titleText = '';
  let h1Text = '';
  let articleH1 = '';
  let articleDepth = 0;
  let chromeDepth = 0;
  let h1Seen = false;
  let h1InArticle = false;
  let lang = '';
  let canonical = '';
  const times: string[] = [];
  const articleTimes: string[] = [];
  // Outside <article> and chrome: before the headline only counts on a page that has no headline at all.
  const timesBeforeH1: string[] = [];
  const jsonLd: string[] = [];

  let capture: 'title' | 'h1' | 'ld' | null = null;
  let buffer = '';

  const parser = new Parser(
    {
      onopentag(name, a) {
        if (name === 'article') articleDepth++;
        else if (CHROME.has(name) && (articleDepth === 0 || name === 'nav')) chromeDepth++;
        if (name === 'html' && a.lang) lang = a.lang;
        else if (name === 'meta') {
          const key = (a.property ?? a.name ?? a.itemprop ?? '').trim().toLowerCase();
          put(key, a.content);
        } else if (name === 'link' && /(^|\s)canonical(\s|$)/i.test(a.rel ?? '') && !canonical) canonical = a.href ?? '';
        else if (name === 'time' && a.datetime) {
          if (articleDepth > 0 && chromeDepth === 0) articleTimes.push(a.datetime);
          else if (chromeDepth === 0) (h1Seen ? times : timesBeforeH1).push(a.datetime);
        }
        else if (name === 'title' && !titleText && !capture) capture = 'title';
        else if (name === 'h1' && chromeDepth === 0 && !capture && (!h1Text || (articleDepth > 0 && !articleH1))) {
          capture = 'h1';
          h1InArticle = articleDepth > 0;
        }
        else if (name === 'script' && /ld\+json/i.test(a.type ?? '')) capture = 'ld';
        if (capture && name === (capture === 'ld' ? 'script' : capture)) buffer = '';
      },
      ontext(data) {
        if (capture) buffer += data;
      },
      onclosetag(name) {
        if (name === 'article' && articleDepth > 0) articleDepth--;
        else if (CHROME.has(name) && chromeDepth > 0 && (articleDepth === 0 || name === 'nav')) chromeDepth--;
        if (capture === 'title' && name === 'title') titleText = clean(buffer);
        else if (capture === 'h1' && name === 'h1') {
          const h = clean(buffer);
          if (h1InArticle) articleH1 = h;
          h1Text ||= h;
          h1Seen = true;
        }
        else if (capture === 'ld' && name === 'script') jsonLd.push(buffer);
        else return;
        capture = null;
        buffer = '';
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);

  const ld = readJsonLd(jsonLd);
  const first = (...keys: string[]) => {
    for (const k of keys) {
      const v = metas.get(k)?.find((x) => x);
      if (v) return v;
    }
    return '';
  };

  const publisher = first('og:site_name', 'application-name', 'publisher', 'dc.publisher') || ld.publisher;
  // The headline: the first candidate that is a line, not a paragraph (issue 9 §3).
  const rawTitle =
    [first('og:title'), first('twitter:title'), first('dc.title'), ld.headline, articleH1, stripSiteSuffix(titleText, publisher), h1Text]
      .map(clean)
      .find((t) => t && !readsAsParagraph(t)) ?? '';

  const authorMeta = [first('author', 'dc.creator', 'byl'), first('article:author')].find((v) => v && !/^https?:\/\//i.test(v));
  const author = authorMeta || ld.author;

  const published =
    [
      first('article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'date'),
      ld.datePublished,
      ...articleTimes,
      ...times,
      ...(h1Seen ? [] : timesBeforeH1),
    ]
      .map(isoDay)
      .find((d) => d) ?? '';

  const base = first('og:url') || ld.url;
  const url = [absoluteUrl(canonical, base), absoluteUrl(first('og:url'), ''), absoluteUrl(ld.url, '')].find((u) => u) ?? '';

  const locale = first('og:locale', 'language', 'content-language', 'dc.language');
  const primary = (lang || locale).trim().toLowerCase().split(/[-_]/)[0];

  return { title: clean(rawTitle), publisher, author, url, published, lang: /^[a-z]{2,3}$/.test(primary) ? primary : '' };
}

/** Collapses whitespace; meta values often carry line breaks and indentation. */
function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** "Tiêu đề - VnExpress" → "Tiêu đề" when the suffix is the publisher's name. */
function stripSiteSuffix(title: string, publisher: string): string {
  if (!publisher) return title;
  for (const sep of [' - ', ' | ', ' – ', ' — ', ' :: ']) {
    const i = title.lastIndexOf(sep);
    if (i > 0 && title.slice(i + sep.length).trim().toLowerCase() === publisher.toLowerCase()) return title.slice(0, i).trim();
  }
  return title;
}

/** The calendar day of a date as the publisher wrote it: 2024-08-16T23:30:00+07:00 is 2024-08-16. */
export function isoDay(raw: string | undefined): string {
  const s = (raw ?? '').trim();
  let y: number, m: number, d: number;
  let hit = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s);
  if (hit) [y, m, d] = [+hit[1], +hit[2], +hit[3]];
  else if ((hit = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|[T\s,])/.exec(s))) [d, m, y] = [+hit[1], +hit[2], +hit[3]];
  else return '';
  return isoDate(y, m, d) ?? '';
}

/** An absolute http(s) URL, resolving a relative one against base; '' when neither works. */
export function absoluteUrl(href: string, base: string): string {
  const h = href.trim();
  if (!h) return '';
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return isWebUrl(u.href) ? u.href : '';
  } catch {
    return '';
  }
}

interface LdFacts {
  headline: string;
  author: string;
  publisher: string;
  datePublished: string;
  url: string;
}

const ARTICLE_TYPES = /article|posting|report|webpage/i;

/** Facts from schema.org JSON-LD blocks; blocks that do not parse are ignored (sites ship broken ones). */
function readJsonLd(blocks: string[]): LdFacts {
  const facts: LdFacts = { headline: '', author: '', publisher: '', datePublished: '', url: '' };
  const nodes: Record<string, unknown>[] = [];
  const collect = (v: unknown, depth: number) => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) v.forEach((x) => collect(x, depth + 1));
    else {
      const o = v as Record<string, unknown>;
      nodes.push(o);
      if (o['@graph']) collect(o['@graph'], depth + 1);
    }
  };
  for (const b of blocks) {
    try {
      collect(JSON.parse(b.trim()), 0);
    } catch {
      // not JSON: skip
    }
  }
  const types = (o: Record<string, unknown>) => [o['@type']].flat().map(String).join(' ');
  const articles = nodes.filter((o) => ARTICLE_TYPES.test(types(o)));
  for (const o of [...articles, ...nodes]) {
    facts.headline ||= text(o.headline);
    facts.datePublished ||= text(o.datePublished);
    facts.author ||= names(o.author);
    facts.publisher ||= names(o.publisher);
    facts.url ||= text(o.url) || text(o.mainEntityOfPage) || text((o.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']);
  }
  return facts;
}

function text(v: unknown): string {
  return typeof v === 'string' ? clean(v) : '';
}

function names(v: unknown): string {
  const list = [v].flat().map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? text((x as Record<string, unknown>).name) : ''));
  return list.filter((x) => x && !/^https?:\/\//i.test(x)).join(', ');
}
