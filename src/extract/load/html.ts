/**
 * HTML to text: block elements become line breaks, scripts and forms are dropped, and
 * the title, date and canonical URL are read from the head. Deep nesting is flattened
 * first so that hostile pages stay linear-time.
 */
import { normalizeDate } from './dates.js';
import { cleanHtmlTitle } from './titles.js';
import { Parser } from 'htmlparser2';
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'template',
  'svg',
  'iframe',
  'head',
  'title',
  'select',
  'button',
  'object',
  'canvas',
]);
const PARAGRAPH_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'figure',
  'section',
  'article',
  'main',
  'hr',
]);
const LINE_TAGS = new Set([
  'br',
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'address',
  'details',
  'summary',
]);
const CELL_TAGS = new Set(['td', 'th']);
const DATE_META = new Set([
  'date',
  'article:published_time',
  'og:published_time',
  'published_time',
  'pubdate',
  'publishdate',
  'publish_date',
  'datepublished',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
]);

const LINE = '\uE000';
const PARA = '\uE001';

export interface HtmlExtract {
  text: string;
  title?: string;
  date: string | null;
  url?: string;
}

/**
 * htmlparser2 slows down quadratically on thousands of never-closed elements. Containers
 * carry no text of their own, so when many are left open they are replaced by line breaks
 * (div) or dropped (span, font) before parsing.
 */
function flattenUnclosed(html: string): string {
  let out = html;
  for (const tag of ['div', 'span', 'font']) {
    const opened = out.match(new RegExp(`<${tag}\\b`, 'gi'))?.length ?? 0;
    if (opened < 5000) continue;
    const closed = out.match(new RegExp(`</${tag}\\s*>`, 'gi'))?.length ?? 0;
    if (opened - closed < 5000) continue;
    out = out.replace(new RegExp(`</?${tag}\\b[^<>]{0,2000}>`, 'gi'), tag === 'div' ? '<br>' : '');
  }
  return out;
}

/** Deeper than this, elements are flattened before parsing (real pages nest 20-60 deep). */
export const MAX_NESTING = 400;

const VOID_TAGS = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
/** Elements whose content the tokenizer reads as raw text up to their closing tag. */
const RAW_TEXT_TAGS = new Set('iframe noembed noframes script style textarea title xmp'.split(' '));
// Which open elements an opening tag closes (htmlparser2's rules, so depths agree).
const P_TAG = ['p'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'];
const FORM_TAGS = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, new Set(HEADINGS)] as const),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(
    (t) => [t, new Set(FORM_TAGS)] as const,
  ),
  ...(
    'address article aside blockquote details div dl fieldset figcaption figure footer form ' +
    'header hr main nav ol p pre section table ul'
  )
    .split(' ')
    .map((t) => [t, new Set(P_TAG)] as const),
]);

/** What a deep element becomes: a line break for blocks, a space for cells, else nothing. */
function replacement(name: string): string {
  if (PARAGRAPH_TAGS.has(name) || LINE_TAGS.has(name)) return '<br>';
  return CELL_TAGS.has(name) ? ' ' : '';
}

/** Whether the page has more opening tags than MAX_NESTING (else it cannot nest deeper). */
function hasManyTags(html: string): boolean {
  let opens = 0;
  for (let i = html.indexOf('<'); i >= 0 && opens <= MAX_NESTING; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c >= 97 && c <= 122) opens++;
  }
  return opens > MAX_NESTING;
}

/** One pass over the tags of a page, keeping the open elements the way htmlparser2 does. */
class Flattener {
  private readonly stack: string[] = [];
  private readonly out: string[] = [];
  private pos = 0;
  /** While >= 0, everything is dropped until the stack is this short again. */
  private dropBelow = -1;
  private changed = false;
  private readonly rawClose = new Map<string, { at: number; end: number } | null>();

  constructor(private readonly html: string) {}

  /** The end of the raw-text element `name` whose content starts at `from`. */
  private rawEnd(name: string, from: number): number {
    const known = this.rawClose.get(name);
    if (known === null) return this.html.length; // no closing tag after an earlier point
    if (known && known.at >= from) return known.end;
    const closing = new RegExp(`</${name}\\s*>`, 'gi');
    closing.lastIndex = from;
    const match = closing.exec(this.html);
    this.rawClose.set(name, match ? { at: match.index, end: match.index + match[0].length } : null);
    return match ? match.index + match[0].length : this.html.length;
  }

  /** Replaces html[start, end) by `tag`. */
  private emit(start: number, end: number, tag: string): void {
    if (this.dropBelow < 0) this.out.push(this.html.slice(this.pos, start));
    this.out.push(tag);
    this.pos = end;
    this.changed = true;
  }

  /** An opening tag at [start, end). Returns where the scan goes on. */
  open(name: string, attrs: string, start: number, end: number): number {
    const stack = this.stack;
    const selfClosing = VOID_TAGS.has(name) || attrs.endsWith('/');
    if (RAW_TEXT_TAGS.has(name) && !selfClosing) {
      const stop = this.rawEnd(name, end);
      if (this.dropBelow >= 0 || stack.length >= MAX_NESTING) this.emit(start, stop, '');
      return stop;
    }
    const closes = IMPLIES_CLOSE.get(name);
    while (closes && stack.length && closes.has(stack[stack.length - 1] as string)) stack.pop();
    if (this.dropBelow >= 0 && stack.length < this.dropBelow) this.dropBelow = -1;
    if (selfClosing) {
      if (this.dropBelow >= 0) this.emit(start, end, '');
      return end;
    }
    stack.push(name);
    if (this.dropBelow >= 0) this.emit(start, end, '');
    else if (stack.length > MAX_NESTING) {
      if (SKIP_TAGS.has(name)) {
        this.emit(start, end, '');
        this.dropBelow = stack.length;
      } else this.emit(start, end, replacement(name));
    }
    return end;
  }

  /** A closing tag: closes the nearest open element of that name among the last few. */
  close(name: string, start: number, end: number): void {
    const stack = this.stack;
    let open = stack.length - 1;
    const floor = Math.max(0, stack.length - 64);
    while (open >= floor && stack[open] !== name) open--;
    const found = open >= floor;
    const deep = (found ? open + 1 : stack.length) > MAX_NESTING;
    if (found) stack.length = open;
    if (this.dropBelow >= 0) {
      this.emit(start, end, '');
      if (stack.length < this.dropBelow) this.dropBelow = -1;
    } else if (deep) this.emit(start, end, found ? replacement(name) : '');
  }

  result(): string {
    if (!this.changed) return this.html;
    if (this.dropBelow < 0) this.out.push(this.html.slice(this.pos));
    return this.out.join('');
  }
}

/**
 * htmlparser2 spends time in proportion to the nesting depth on every tag, so 100 000
 * nested divs take seconds. Elements deeper than MAX_NESTING are flattened in one linear
 * pass before parsing: blocks become line breaks, inline elements disappear, their text
 * stays; a deep element whose content is never shown (script, nav, form...) goes with it.
 * Pages that nest less are returned unchanged.
 */
export function limitNesting(html: string): string {
  if (!hasManyTags(html)) return html;
  const flattener = new Flattener(html);
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^<>]{0,2000})>/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [whole, slash, rawName, attrs] = match as unknown as [string, string, string, string];
    if (attrs && !/^[\s/]/.test(attrs)) continue; // "<a.b>": not a tag
    const name = rawName.toLowerCase();
    const end = match.index + whole.length;
    if (slash) flattener.close(name, match.index, end);
    else tag.lastIndex = flattener.open(name, attrs, match.index, end);
  }
  return flattener.result();
}

type Attributes = Record<string, string | undefined>;

/** Collects text, title, date and canonical url from the parser's callbacks. */
class PageReader {
  readonly out: string[] = [];
  /** Depth inside skipped elements (scripts, navigation...), and their names. */
  private skip = 0;
  private readonly skipping: string[] = [];
  private pre = 0;
  private inTitle = false;
  titleText = '';
  private h1Depth = 0;
  private h1Text = '';
  firstH1: string | null = null;
  private article = 0;
  date: string | null = null;
  canonical: string | undefined;
  ogUrl: string | undefined;

  /** Date and url from <meta>, <time> and <link rel="canonical">. */
  private readMetadata(name: string, attrs: Attributes): void {
    if (name === 'meta') {
      const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? '').toLowerCase();
      if (!this.date && DATE_META.has(key)) this.date = normalizeDate(attrs.content);
      if (key === 'og:url' && attrs.content) this.ogUrl = attrs.content.trim();
    }
    if (name === 'time' && !this.date && this.article > 0 && attrs.datetime)
      this.date = normalizeDate(attrs.datetime);
    if (name !== 'link' || !attrs.href) return;
    if ((attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'))
      this.canonical = attrs.href.trim();
  }

  onopentag(name: string, attrs: Attributes): void {
    if (name === 'title' && !this.skipping.includes('svg')) this.inTitle = true;
    this.readMetadata(name, attrs);
    if (name === 'article' || name === 'main') this.article++;
    // header/footer inside an article are the article's own; only page-level ones are skipped.
    const skipThis = SKIP_TAGS.has(name) && !(name === 'header' && this.article > 0);
    if (skipThis || this.skip > 0) {
      if (skipThis) {
        this.skip++;
        this.skipping.push(name);
      }
      return;
    }
    if (name === 'h1') this.h1Depth++;
    if (name === 'pre') this.pre++;
    if (PARAGRAPH_TAGS.has(name)) this.out.push(PARA);
    else if (LINE_TAGS.has(name)) this.out.push(LINE);
    else if (CELL_TAGS.has(name)) this.out.push(' ');
  }

  ontext(data: string): void {
    if (this.inTitle) this.titleText += data;
    if (this.skip > 0) return;
    if (this.h1Depth > 0) this.h1Text += data;
    const text = data.replace(/[\uE000\uE001]/g, '');
    this.out.push(
      this.pre > 0 ? text.replace(/\r?\n/g, LINE) : text.replace(/[ \t\r\n\f\u00a0]+/g, ' '),
    );
  }

  onclosetag(name: string): void {
    if (name === 'title') this.inTitle = false;
    if (name === 'article' || name === 'main') this.article = Math.max(0, this.article - 1);
    if (this.skip > 0) {
      if (this.skipping[this.skipping.length - 1] === name) {
        this.skipping.pop();
        this.skip--;
      }
      return;
    }
    if (name === 'h1' && this.h1Depth > 0) {
      this.h1Depth--;
      if (this.h1Depth === 0 && this.firstH1 === null && this.h1Text.trim())
        this.firstH1 = this.h1Text;
      this.h1Text = '';
    }
    if (name === 'pre') this.pre = Math.max(0, this.pre - 1);
    if (PARAGRAPH_TAGS.has(name)) this.out.push(PARA);
    else if (LINE_TAGS.has(name) && name !== 'br') this.out.push(LINE);
  }
}

/** A run of breaks is a paragraph break when any of them is one, else a line break. */
function joinBreaks(pieces: readonly string[]): string {
  return pieces
    .join('')
    .replace(/[\uE000\uE001](?:[ \uE000\uE001]*[\uE000\uE001])?/g, (run) =>
      run.includes(PARA) ? '\n\n' : '\n',
    )
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Reduces HTML to text with line breaks at block elements, plus title, date and canonical url. */
export function htmlToText(html: string): HtmlExtract {
  const reader = new PageReader();
  const parser = new Parser(reader, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    recognizeSelfClosing: true,
  });
  parser.write(limitNesting(flattenUnclosed(html)));
  parser.end();

  const result: HtmlExtract = { text: joinBreaks(reader.out), date: reader.date };
  const h1 = reader.firstH1;
  const title = reader.titleText.trim()
    ? cleanHtmlTitle(reader.titleText)
    : h1
      ? h1.replace(/\s+/g, ' ').trim()
      : '';
  if (title) result.title = title;
  const url = reader.canonical ?? reader.ogUrl;
  if (url) result.url = url;
  return result;
}
