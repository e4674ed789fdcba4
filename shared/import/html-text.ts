import { Parser } from 'htmlparser2';
import { partitionPoint } from '../search/partition-point';

/**
 * The visible text of an HTML document, with a map back to the raw HTML. The map lets `tally extract` report
 * offsets into the file itself while figures are found in clean text. The HTML is parsed, never rendered.
 */
export interface HtmlText {
  text: string;
  /**
   * Offset in the raw HTML for an offset in `text`. Where markup sits between two characters the offset is
   * ambiguous; it then maps to the start of the next character when the previous one is a space, a line break
   * or an opening bracket or quote (where quotes begin), else to the end of the previous character (where they end).
   */
  toSource(offset: number): number;
  /** Exact source span of text[start, end): start of the first character to the end of the last. */
  toSourceRange(start: number, end: number): { start: number; end: number };
}

/** Elements whose content is never shown as article text. */
const SKIPPED = new Set([
  'script', 'style', 'head', 'title', 'nav', 'noscript', 'template', 'svg', 'math', 'iframe', 'object',
  'canvas', 'select', 'textarea', 'button', 'datalist', 'audio', 'video', 'map',
]);
/** Blocks that stand apart as paragraphs: a blank line before and after. */
const PARAGRAPH = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section', 'header', 'footer', 'main', 'aside',
  'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure', 'hr', 'address', 'fieldset', 'details', 'form',
  'hgroup', 'center',
]);
/** Blocks that only start a new line. */
const LINE = new Set([
  'div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'thead', 'tbody', 'tfoot', 'legend',
  'option', 'body', 'html',
]);
const CELL = new Set(['td', 'th']);

/** Whitespace that HTML collapses; U+00A0 (&nbsp;) too, so "29&nbsp;tỷ" reads as "29 tỷ". */
const RUNS = /[ \t\n\r\f\u00a0]+|[^ \t\n\r\f\u00a0]+/g;
const IS_SPACE = /^[ \t\n\r\f\u00a0]/;
const OPENERS = /[\s([{“‘«"'„]/;

export function htmlToText(html: string): HtmlText {
  const map = new OffsetMap();
  const parts: string[] = [];
  let length = 0;
  let lastChar = '';

  const stack: { name: string; skip: boolean }[] = [];
  let skipDepth = 0;
  let preDepth = 0;

  let pendingBreak = 0; // 0 none, 1 new line, 2 blank line
  let breakAt = 0;
  let pendingCell = false;
  let pendingSpace: { start: number; end: number; single: boolean } | null = null;

  const emit = (s: string, srcStart: number, srcEnd: number, linear: boolean) => {
    map.add(length, s.length, srcStart, srcEnd, linear);
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1];
  };
  const atLineStart = () => length === 0 || lastChar === '\n';

  // Separators are decided lazily, when the next visible text arrives, so no line ends in a space and no
  // document starts or ends with blank lines.
  const flush = (at: number) => {
    if (length > 0 && pendingBreak > 0) {
      emit(pendingBreak === 2 ? '\n\n' : '\n', breakAt, breakAt, false);
    } else if (pendingCell && !atLineStart()) {
      emit('\t', at, at, false);
    } else if (pendingSpace && !atLineStart()) {
      emit(' ', pendingSpace.start, pendingSpace.end, pendingSpace.single);
    }
    pendingBreak = 0;
    pendingCell = false;
    pendingSpace = null;
  };
  const requestBreak = (level: number, at: number) => {
    if (skipDepth > 0) return;
    if (pendingBreak === 0) breakAt = at;
    pendingBreak = Math.max(pendingBreak, level);
  };

  const onText = (data: string, start: number, end: number) => {
    if (skipDepth > 0 || data.length === 0) return;
    // Plain text is the source verbatim (one to one); an entity is one unit spanning its source.
    const verbatim = end - start === data.length && html.startsWith(data, start);
    if (preDepth > 0) {
      flush(start);
      if (verbatim) {
        let from = 0;
        for (let i = 0; i <= data.length; i++) {
          if (i === data.length || data[i] === '\r') {
            if (i > from) emit(data.slice(from, i), start + from, start + i, true);
            from = i + 1;
          }
        }
      } else {
        emit(data, start, end, false);
      }
      return;
    }
    RUNS.lastIndex = 0;
    for (let m = RUNS.exec(data); m; m = RUNS.exec(data)) {
      const run = m[0];
      const runStart = verbatim ? start + m.index : start;
      const runEnd = verbatim ? runStart + run.length : end;
      if (IS_SPACE.test(run)) {
        if (!pendingSpace) pendingSpace = { start: runStart, end: runEnd, single: verbatim && run === ' ' };
      } else {
        flush(runStart);
        emit(run, runStart, runEnd, verbatim);
      }
    }
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const tagStart = parser.startIndex;
        if (name === 'body') {
          // A <head> left open must not hide the whole article.
          for (const e of stack) {
            if (e.name === 'head' && e.skip) {
              e.skip = false;
              skipDepth--;
            }
          }
        }
        const skip =
          SKIPPED.has(name) ||
          attribs.hidden !== undefined ||
          attribs['aria-hidden'] === 'true' ||
          /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '');
        if (PARAGRAPH.has(name)) requestBreak(2, tagStart);
        else if (LINE.has(name)) requestBreak(1, tagStart);
        else if (name === 'br' && skipDepth === 0) {
          if (pendingBreak === 0) breakAt = tagStart;
          pendingBreak = Math.min(2, pendingBreak + 1);
        } else if (CELL.has(name) && skipDepth === 0) pendingCell = true;
        stack.push({ name, skip });
        if (skip) skipDepth++;
        if (name === 'pre') preDepth++;
      },
      onclosetag(name) {
        const e = stack.pop();
        if (e?.skip) skipDepth--;
        if (name === 'pre' && preDepth > 0) preDepth--;
        const tagStart = parser.startIndex;
        if (PARAGRAPH.has(name)) requestBreak(2, tagStart);
        else if (LINE.has(name)) requestBreak(1, tagStart);
      },
      ontext(data) {
        onText(data, parser.startIndex, parser.endIndex + 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);

  const text = parts.join('');
  map.finish(length);

  const charStart = (o: number) => map.charStart(o);
  const charEnd = (o: number) => map.charEnd(o);
  const clamp = (o: number) => Math.max(0, Math.min(text.length, Math.trunc(o)));

  return {
    text,
    toSource(offset) {
      const o = clamp(offset);
      if (text.length === 0) return 0;
      if (o === 0) return charStart(0);
      if (o === text.length) return charEnd(o - 1);
      const after = charEnd(o - 1);
      const before = charStart(o);
      if (after === before) return before;
      return OPENERS.test(text[o - 1]) ? before : after;
    },
    toSourceRange(start, end) {
      const s = clamp(start);
      const e = Math.max(s, clamp(end));
      if (text.length === 0) return { start: 0, end: 0 };
      if (s === e) {
        const at = s < text.length ? charStart(s) : charEnd(s - 1);
        return { start: at, end: at };
      }
      return { start: charStart(s), end: charEnd(e - 1) };
    },
  };
}

/**
 * Segments of the text, each mapped either one to one onto the source (plain text) or as a whole onto a
 * source span (an entity, collapsed whitespace, or a zero-width line break standing for a tag).
 */
class OffsetMap {
  private textStart: number[] = [];
  private srcStart: number[] = [];
  private srcEnd: number[] = [];
  private linear: boolean[] = [];

  add(at: number, length: number, srcStart: number, srcEnd: number, linear: boolean): void {
    const k = this.textStart.length - 1;
    // Neighbouring plain runs that are neighbours in the source too become one segment.
    if (linear && k >= 0 && this.linear[k] && this.srcEnd[k] === srcStart && this.textStart[k] + (this.srcEnd[k] - this.srcStart[k]) === at) {
      this.srcEnd[k] = srcStart + length;
      return;
    }
    this.textStart.push(at);
    this.srcStart.push(srcStart);
    this.srcEnd.push(srcEnd);
    this.linear.push(linear);
  }

  finish(length: number): void {
    this.textStart.push(length); // sentinel
  }

  /** The last segment starting at or before o (the first when none does; the last real one past the sentinel). */
  private segment(o: number): number {
    const last = this.textStart.length - 2;
    return Math.max(0, Math.min(last, partitionPoint(this.textStart, (s) => s <= o) - 1));
  }

  charStart(o: number): number {
    const k = this.segment(o);
    return this.linear[k] ? this.srcStart[k] + (o - this.textStart[k]) : this.srcStart[k];
  }

  charEnd(o: number): number {
    const k = this.segment(o);
    return this.linear[k] ? this.srcStart[k] + (o - this.textStart[k]) + 1 : this.srcEnd[k];
  }
}
