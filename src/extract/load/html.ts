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

/**
 * htmlparser2 keeps open elements in an array it shifts and unshifts, so every tag costs
 * time in proportion to the nesting depth: 100 000 nested divs take seconds, a few
 * megabytes of them minutes, and the load stage has no time budget. Elements deeper than
 * MAX_NESTING are therefore flattened in one linear pass before parsing: block elements
 * become line breaks, inline ones disappear, their text stays; a deep element whose content
 * is never shown (script, nav, form...) goes with its content. Pages that nest less are
 * returned unchanged.
 */
export function limitNesting(html: string): string {
  // Fewer opening tags than the limit cannot nest deeper than it.
  let opens = 0;
  for (let i = html.indexOf('<'); i >= 0 && opens <= MAX_NESTING; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c >= 97 && c <= 122) opens++;
  }
  if (opens <= MAX_NESTING) return html;

  const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^<>]{0,2000})>/g;
  const rawClose = new Map<string, { at: number; end: number } | null>();
  /** The end of the raw-text element `name` whose content starts at `from`. */
  const rawEnd = (name: string, from: number): number => {
    const known = rawClose.get(name);
    if (known === null) return html.length; // no closing tag after an earlier point
    if (known && known.at >= from) return known.end;
    const re = new RegExp(`</${name}\\s*>`, 'gi');
    re.lastIndex = from;
    const m = re.exec(html);
    rawClose.set(name, m ? { at: m.index, end: m.index + m[0].length } : null);
    return m ? m.index + m[0].length : html.length;
  };
  const replacement = (name: string): string =>
    PARAGRAPH_TAGS.has(name) || LINE_TAGS.has(name) ? '<br>' : CELL_TAGS.has(name) ? ' ' : '';

  const stack: string[] = [];
  const out: string[] = [];
  let pos = 0;
  let dropBelow = -1; // while >= 0, everything is dropped until the stack is this short again
  let changed = false;
  const emit = (start: number, end: number, tag: string) => {
    if (dropBelow < 0) out.push(html.slice(pos, start));
    out.push(tag);
    pos = end;
    changed = true;
  };
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [whole, slash, rawName, attrs] = m as unknown as [string, string, string, string];
    if (attrs && !/^[\s/]/.test(attrs)) continue; // "<a.b>": not a tag
    const name = rawName.toLowerCase();
    const start = m.index;
    const end = start + whole.length;
    if (!slash) {
      const selfClosing = VOID_TAGS.has(name) || attrs.endsWith('/');
      if (RAW_TEXT_TAGS.has(name) && !selfClosing) {
        const stop = rawEnd(name, end);
        if (dropBelow >= 0 || stack.length >= MAX_NESTING) emit(start, stop, '');
        TAG.lastIndex = stop;
        continue;
      }
      const closes = IMPLIES_CLOSE.get(name);
      while (closes && stack.length && closes.has(stack[stack.length - 1] as string)) stack.pop();
      if (dropBelow >= 0 && stack.length < dropBelow) dropBelow = -1;
      if (selfClosing) {
        if (dropBelow >= 0) emit(start, end, '');
        continue;
      }
      stack.push(name);
      if (dropBelow >= 0) emit(start, end, '');
      else if (stack.length > MAX_NESTING) {
        if (SKIP_TAGS.has(name)) {
          emit(start, end, '');
          dropBelow = stack.length;
        } else emit(start, end, replacement(name));
      }
    } else {
      // Close the nearest open element of that name among the last few; ignore strays.
      let k = stack.length - 1;
      const floor = Math.max(0, stack.length - 64);
      while (k >= floor && stack[k] !== name) k--;
      const deep = (k >= floor ? k + 1 : stack.length) > MAX_NESTING;
      if (k >= floor) stack.length = k;
      if (dropBelow >= 0) {
        emit(start, end, '');
        if (stack.length < dropBelow) dropBelow = -1;
      } else if (deep) emit(start, end, k >= floor ? replacement(name) : '');
    }
  }
  if (!changed) return html;
  if (dropBelow < 0) out.push(html.slice(pos));
  return out.join('');
}

/** Reduces HTML to text with line breaks at block elements, plus title, date and canonical url. */
export function htmlToText(html: string): HtmlExtract {
  const out: string[] = [];
  let skip = 0;
  let pre = 0;
  let inTitle = false;
  let titleText = '';
  let h1Depth = 0;
  let h1Text = '';
  let firstH1: string | null = null;
  let article = 0;
  let date: string | null = null;
  let canonical: string | undefined;
  let ogUrl: string | undefined;
  // header/footer inside an article are the article's own; only page-level ones are skipped.
  const skipping: string[] = [];

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title' && !skipping.includes('svg')) inTitle = true;
        if (name === 'meta') {
          const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? '').toLowerCase();
          if (!date && DATE_META.has(key)) date = normalizeDate(attrs.content);
          if (key === 'og:url' && attrs.content) ogUrl = attrs.content.trim();
        }
        if (name === 'time' && !date && article > 0 && attrs.datetime)
          date = normalizeDate(attrs.datetime);
        if (
          name === 'link' &&
          (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') &&
          attrs.href
        )
          canonical = attrs.href.trim();
        if (name === 'article' || name === 'main') article++;
        const skipThis = SKIP_TAGS.has(name) && !(name === 'header' && article > 0);
        if (skipThis || skip > 0) {
          if (skipThis) {
            skip++;
            skipping.push(name);
          }
          return;
        }
        if (name === 'h1') h1Depth++;
        if (name === 'pre') pre++;
        if (PARAGRAPH_TAGS.has(name)) out.push(PARA);
        else if (LINE_TAGS.has(name)) out.push(LINE);
        else if (CELL_TAGS.has(name)) out.push(' ');
      },
      ontext(data) {
        if (inTitle) titleText += data;
        if (skip > 0) return;
        if (h1Depth > 0) h1Text += data;
        const clean = data.replace(/[\uE000\uE001]/g, '');
        out.push(
          pre > 0 ? clean.replace(/\r?\n/g, LINE) : clean.replace(/[ \t\r\n\f\u00a0]+/g, ' '),
        );
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (skip > 0) {
          if (skipping[skipping.length - 1] === name) {
            skipping.pop();
            skip--;
          }
          if (name === 'article' || name === 'main') article = Math.max(0, article - 1);
          return;
        }
        if (name === 'article' || name === 'main') article = Math.max(0, article - 1);
        if (name === 'h1' && h1Depth > 0) {
          h1Depth--;
          if (h1Depth === 0 && firstH1 === null && h1Text.trim()) firstH1 = h1Text;
          h1Text = '';
        }
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (PARAGRAPH_TAGS.has(name)) out.push(PARA);
        else if (LINE_TAGS.has(name) && name !== 'br') out.push(LINE);
      },
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    },
  );
  parser.write(limitNesting(flattenUnclosed(html)));
  parser.end();

  // A run of breaks is a paragraph break when any of them is one, else a line break.
  const text = out
    .join('')
    .replace(/[\uE000\uE001](?:[ \uE000\uE001]*[\uE000\uE001])?/g, (run) =>
      run.includes(PARA) ? '\n\n' : '\n',
    )
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const result: HtmlExtract = { text, date };
  const h1 = firstH1 as string | null; // assigned in the parser callbacks
  const title = titleText.trim()
    ? cleanHtmlTitle(titleText)
    : h1
      ? h1.replace(/\s+/g, ' ').trim()
      : '';
  if (title) result.title = title;
  const url = canonical ?? ogUrl;
  if (url) result.url = url;
  return result;
}
