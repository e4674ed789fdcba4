/** Markdown made readable for the stored copy, with what the file says about itself. */
export interface MarkdownText {
  text: string;
  /** First level-one heading (# or setext ===), else the front matter's title; '' when neither. */
  title: string;
  /** Simple `key: value` pairs of a leading YAML front matter block, keys lower-cased. */
  frontMatter: Record<string, string>;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REF_DEF = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Light markdown handling, line by line: heading markers, emphasis, link and image syntax, fences, rules and
 * reference definitions go; list markers, table cells and the words stay. Expects LF line ends. This is not
 * a renderer: HTML inside the markdown is kept as written.
 */
export function markdownToText(md: string): MarkdownText {
  let body = md;
  const frontMatter: Record<string, string> = {};
  const fm = FRONT_MATTER.exec(md);
  if (fm) {
    for (const line of fm[1].split('\n')) {
      const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (kv) frontMatter[kv[1].toLowerCase()] = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    }
    body = md.slice(fm[0].length);
  }

  const lines = body.split('\n');
  const out: string[] = [];
  let title = '';
  let fence = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) fence = '';
      else out.push(line);
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    const next = lines[i + 1] ?? '';
    // A setext heading: a text line underlined with === (level 1) or --- (level 2).
    if (line.trim() && !isBlockStart(line) && SETEXT.test(next) && (next.trim()[0] === '=' || !RULE.test(line))) {
      const heading = inline(line.trim());
      if (!title && next.trim()[0] === '=') title = heading;
      out.push(heading);
      i++;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      const heading = inline((atx[2] ?? '').trim());
      if (!title && atx[1].length === 1) title = heading;
      out.push(heading);
      continue;
    }
    if (REF_DEF.test(line) || (line.includes('|') && TABLE_RULE.test(line))) continue;
    if (RULE.test(line)) {
      out.push('');
      continue;
    }
    out.push(inline(line.replace(/^ {0,3}(?:>[ \t]?)+/, '')));
  }

  const text = out
    .join('\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
  return { text, title: title || frontMatter.title || '', frontMatter };
}

function isBlockStart(line: string): boolean {
  return /^ {0,3}(?:[-*+]\s|\d+[.)]\s|>|#|\|)/.test(line);
}

/** Inline syntax to plain words. Backslash escapes are protected first so `\*` stays a star. */
function inline(s: string): string {
  const escaped: string[] = [];
  let t = s.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, (_, c: string) => `\u0000${escaped.push(c) - 1}\u0000`);
  t = t
    .replace(/ ?!\[[^\]]*\]\([^)]*\)/g, '') // images, with the space before them
    .replace(/ ?!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]+|[^()]*\([^()]*\)[^()]*)(?:\s+["'(][^)]*)?\)/g, '$1') // [text](url "title")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // [text][ref]
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1') // autolinks
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
  return t.replace(/\u0000(\d+)\u0000/g, (_, n: string) => escaped[Number(n)]);
}
