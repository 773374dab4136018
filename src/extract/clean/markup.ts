/**
 * Text preparation before line analysis: invisible characters, markup left in plain
 * text (tags, scripting URLs), Markdown links and whitespace. Linear in the input.
 */
// Invisible characters: every format character (\p{Cf}: soft hyphens, zero-width spaces
// and joiners, word joiners, BOMs, the bidi marks, embeddings, overrides and isolates,
// tag characters), the combining grapheme joiner, and C0 controls other than \t and \n.
// Two spellings of a name that differ only by them must not become two entities, a mark
// glued to a name ("Acme\u200f Holdings") must not split it, and an override must not
// reorder what a reader sees. Removed here, first, so all later offsets point past them.
// The text is then put in Unicode normal form C, so that "é" typed as one character and as
// "e" plus a combining accent give one spelling of a name (and one node label).
// eslint-disable-next-line no-control-regex
export const INVISIBLE = /[\p{Cf}\u034f\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/** Removes the characters that clean() strips before anything else (see INVISIBLE). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

const MAX_TAG = 1000;
const MAX_RAW_TEXT = 200_000;
const TAG_NAME = /[A-Za-z][A-Za-z0-9:-]*/y;
/** HTML and SVG element names: "<y and z>" in a sentence is not a tag, "<img …>" is. */
const ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas ' +
    'caption center cite code col colgroup data datalist dd del details dfn dialog div dl dt em ' +
    'embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head ' +
    'header hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee ' +
    'math menu meta meter nav noscript object ol optgroup option output p param picture pre ' +
    'progress q rp rt ruby s samp script search section select slot small source span strike ' +
    'strong style sub summary sup svg table tbody td template textarea tfoot th thead time ' +
    'title tr track tt u ul var video wbr xml animate circle defs foreignobject g image line ' +
    'path polygon polyline rect set text use'
  ).split(' '),
);
const SCRIPTING_URL = /\b(?:javascript|vbscript):(?:[^\s()<>]|\([^()\n]{0,500}\))*/gi;

/** The tag starting at `lt`: its name and the index after its '>'; null when it is no tag. */
function tagEnd(text: string, lt: number): { end: number; name: string; closing: boolean } | null {
  let i = lt + 1;
  const closing = text[i] === '/';
  if (closing) i++;
  TAG_NAME.lastIndex = i;
  const m = TAG_NAME.exec(text);
  if (!m) return null;
  const name = m[0].toLowerCase();
  // Known elements, custom elements (<my-widget>) and namespaced ones (<o:p>).
  if (!ELEMENTS.has(name) && !/[-:]/.test(name)) return null;
  i += m[0].length;
  const after = text[i];
  if (after !== '>' && after !== '/' && after !== ' ' && after !== '\t' && after !== '\n')
    return null;
  let quote = '';
  const limit = Math.min(text.length, lt + MAX_TAG);
  for (; i < limit; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return { end: i + 1, name, closing };
    else if (c === '<') return null;
  }
  return null;
}

/** Finds the next match of a global regex at or after a position; remembers its last answer,
 * so a series of calls with growing positions scans the text once. */
class ForwardSearch {
  private found: { index: number; length: number } | null | undefined;
  constructor(
    private readonly text: string,
    private readonly re: RegExp,
  ) {}
  next(from: number): { index: number; length: number } | null {
    if (this.found === null) return null; // none after an earlier position, so none after this
    if (this.found === undefined || this.found.index < from) {
      this.re.lastIndex = from;
      const m = this.re.exec(this.text);
      this.found = m ? { index: m.index, length: m[0].length } : null;
    }
    return this.found;
  }
}

/**
 * Markup in a document's text: tags left in a text file by a scraper, or code that a web
 * page shows as text ("&lt;script&gt;…"). Tags and comments are replaced by a space, and
 * the contents of script and style elements and javascript: URLs are removed with them:
 * code is never article text, and a name inside it (`alert("Evil Corp")`) must not become
 * an entity. A tag is a '<' with an HTML element name, at most 1000 characters long, that
 * meets no other '<' outside quotes, so "revenue < 5 million" and "x <y and z>" stay (but
 * "a<b and c>d" looks like a tag and goes). One linear pass.
 */
export function stripMarkup(text: string): string {
  const hasTag = text.includes('<');
  if (!hasTag && !/script:/i.test(text)) return text;
  let out = text;
  if (hasTag) {
    const parts: string[] = [];
    const comments = new ForwardSearch(text, /-->/g);
    const closers = new Map<string, ForwardSearch>();
    let pos = 0;
    for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', lt + 1)) {
      let end = -1;
      if (text.startsWith('<!--', lt)) {
        const close = comments.next(lt + 4);
        if (close && close.index - lt <= MAX_RAW_TEXT) end = close.index + close.length;
      } else {
        const tag = tagEnd(text, lt);
        if (tag) {
          end = tag.end;
          if (!tag.closing && (tag.name === 'script' || tag.name === 'style')) {
            let search = closers.get(tag.name);
            if (!search) {
              search = new ForwardSearch(text, new RegExp(`</${tag.name}\\s*>`, 'gi'));
              closers.set(tag.name, search);
            }
            const close = search.next(end);
            if (close && close.index - end <= MAX_RAW_TEXT) end = close.index + close.length;
          }
        }
      }
      if (end < 0) continue;
      parts.push(text.slice(pos, lt), ' ');
      pos = end;
      lt = end - 1;
    }
    parts.push(text.slice(pos));
    out = parts.join('');
  }
  return out.replace(SCRIPTING_URL, ' ');
}
const SPACES = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/** `[text](url)` -> text and `![alt](url)` -> nothing, in one linear pass. */
export function stripMarkdownLinks(text: string): string {
  if (!text.includes('](')) return text;
  const out: string[] = [];
  let pos = 0;
  let searchFrom = 0;
  let paren = -1; // first ')' at or after the last position searched from
  while (true) {
    const close = text.indexOf('](', searchFrom);
    if (close < 0) break;
    // The label's '[' within 500 characters, with no ']' or line break in between.
    let open = close - 1;
    while (open >= pos && close - open <= 500) {
      const c = text[open];
      if (c === '[' || c === ']' || c === '\n') break;
      open--;
    }
    if (paren < close + 2) paren = text.indexOf(')', close + 2);
    const end = paren;
    if (end < 0) break; // no ')' anywhere after: no more links
    if (
      open < pos ||
      text[open] !== '[' ||
      end - close > 2000 ||
      text.slice(close + 2, end).includes('\n')
    ) {
      searchFrom = close + 2;
      continue;
    }
    const label = text.slice(open + 1, close);
    const image = open > 0 && text[open - 1] === '!';
    out.push(text.slice(pos, image ? open - 1 : open));
    if (!image) out.push(label);
    pos = end + 1;
    searchFrom = pos;
  }
  out.push(text.slice(pos));
  return out.join('');
}

export function normalizeLine(line: string): string {
  let s = line.replace(SPACES, ' ').trim();
  if (s.length && s.length < 5000) {
    s = s
      .replace(/^#{1,6}\s+/, '')
      .replace(/\s+#{1,6}$/, '')
      .replace(/^(?:>\s?)+/, '')
      .replace(/^[•·▪►◦‣]\s*/, '')
      .replace(/^[*+-]\s+(?=\S)/, '')
      .trim();
  }
  return s;
}
