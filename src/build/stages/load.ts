/**
 * Stage `load`: turns the command line's files and folders into decoded documents.
 *
 * Folders are walked recursively; .txt, .md, .html/.htm and .csv files are read. A CSV
 * corpus gives one document per row (columns title, date, url, text). Bytes are decoded
 * as UTF-8 (with or without BOM), UTF-16 with a BOM, or Latin-1 (Windows-1252) when they
 * are not valid UTF-8. Anything that cannot be read becomes a Problem, never an exception.
 *
 * The result does not depend on the order of the inputs: files are sorted by absolute
 * path and ids are made unique in that order.
 */
import { constants as fsConstants } from 'node:fs';
import { open, readdir, realpath, stat, type FileHandle } from 'node:fs/promises';
import { basename, extname, isAbsolute, relative, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { Parser } from 'htmlparser2';
import Papa from 'papaparse';
import type { Problem, RawDocument } from '../types.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const FORMATS: Record<string, RawDocument['format']> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
};

export interface LoadOptions {
  /** Files larger than this are reported and skipped. Default 50 MB. */
  maxBytes?: number;
  /** Paths are shown relative to this folder when inside it. Default: process.cwd(). */
  cwd?: string;
}

export interface LoadResult {
  documents: RawDocument[];
  problems: Problem[];
}

interface FoundFile {
  abs: string;
  display: string;
}

// ---------------------------------------------------------------------------
// Walking the inputs

function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

function errorReason(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err) {
    const code = String((err as { code: unknown }).code);
    const messages: Record<string, string> = {
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      ENOENT: 'no such file or directory',
      ELOOP: 'too many levels of symbolic links',
      EISDIR: 'is a directory',
      EMFILE: 'too many open files',
    };
    return `${code} ${messages[code] ?? (err instanceof Error ? err.message : '')}`.trim();
  }
  return err instanceof Error ? err.message : String(err);
}

async function walk(
  abs: string,
  cwd: string,
  explicit: boolean,
  files: FoundFile[],
  problems: Problem[],
  visited: Set<string>,
): Promise<void> {
  const display = displayPath(abs, cwd);
  let info;
  try {
    info = await stat(abs);
  } catch (err) {
    problems.push({ file: display, reason: `cannot read: ${errorReason(err)}` });
    return;
  }
  if (info.isDirectory()) {
    let real = abs;
    try {
      real = await realpath(abs);
    } catch {
      // keep the given path
    }
    if (visited.has(real)) return; // symlink loop or the same folder given twice
    visited.add(real);
    let entries: string[];
    try {
      entries = await readdir(abs);
    } catch (err) {
      problems.push({ file: display, reason: `cannot read folder: ${errorReason(err)}` });
      return;
    }
    entries.sort();
    for (const name of entries) {
      if (name.startsWith('.')) continue; // .DS_Store, .git and the like
      await walk(resolve(abs, name), cwd, false, files, problems, visited);
    }
    return;
  }
  const ext = extname(abs).toLowerCase();
  if (!info.isFile()) {
    // A named pipe or device called like a document is reported, never opened: reading
    // one could block the build for ever.
    if (explicit || ext in FORMATS) problems.push({ file: display, reason: 'not a regular file' });
    return;
  }
  if (!(ext in FORMATS)) {
    problems.push({
      file: display,
      reason: `unsupported file type${ext ? ` (${ext})` : ''}: expected .txt, .md, .html, .htm or .csv`,
    });
    return;
  }
  files.push({ abs, display });
}

// ---------------------------------------------------------------------------
// Decoding

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'latin-1';

export type Decoded =
  { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };

/** True when a decoded sample looks like binary data rather than text. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (
      (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) ||
      c === 0x7f ||
      (c >= 0x80 && c < 0xa0)
    )
      control++;
  }
  return n > 0 && control / n > 0.1;
}

function swapBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  return out;
}

// Windows-1252 in 0x80-0x9F (curly quotes, dashes, euro sign); undefined slots stay C1.
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Latin-1 read as Windows-1252, which is what "Latin-1" text from the web is in practice. */
function decodeLatin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const b = bytes[j] as number;
      codes[j - i] = b >= 0x80 && b < 0xa0 ? (CP1252[b - 0x80] as number) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * UTF-8 text cut inside its last character (a truncated download, a file caught while it
 * was being written): the complete characters, when there is at least one non-ASCII one
 * to show the file is UTF-8. Else null. Without this, one torn character at the end would
 * turn a whole UTF-8 file into Latin-1 mojibake ("ZÃ¼rich").
 */
function decodeTruncatedUtf8(bytes: Uint8Array): string | null {
  try {
    // In streaming mode an incomplete final sequence is held back instead of rejected.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    // eslint-disable-next-line no-control-regex
    return /[^\u0000-\u007f]/.test(text) ? text : null;
  } catch {
    return null;
  }
}

/** Decodes file bytes, or says why they are not text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let text: string;
  let encoding: Encoding;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    encoding = 'utf-8-bom';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16le').decode(swapBytes(bytes.subarray(2)));
    encoding = 'utf-16be';
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      const truncated = decodeTruncatedUtf8(bytes);
      if (truncated !== null) {
        text = truncated;
        encoding = 'utf-8';
      } else {
        text = decodeLatin1(bytes);
        encoding = 'latin-1';
      }
    }
  }
  if (looksBinary(text)) return { ok: false, reason: 'binary file' };
  return { ok: true, text, encoding };
}

// ---------------------------------------------------------------------------
// Dates

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

function validParts(y: string, m: string | undefined, d: string | undefined): string | null {
  const year = Number(y);
  if (year < 1800 || year > 2200) return null;
  if (m === undefined) return y;
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return `${y}-${m}`;
  const day = Number(d);
  if (day < 1 || day > 31) return null;
  return `${y}-${m}-${d}`;
}

const DATE_PARSERS = [chrono.en, chrono.fr, chrono.de, chrono.es, chrono.pt, chrono.nl, chrono.it];

/** A date written in words ("November 27, 2018", "27 novembre 2018") as YYYY[-MM[-DD]], when the
 * whole string is that date. */
export function parseDateText(input: string): string | null {
  if (input.length > 200) return null;
  const s = input.trim().replace(/[.,;:]+$/, '');
  if (s.length < 4 || s.length > 60) return null;
  const iso = ISO_DATE.exec(s);
  if (iso && (iso[0].length === s.length || s[iso[0].length] === 'T' || s[iso[0].length] === ' ')) {
    const v = validParts(iso[1] as string, iso[2], iso[3]);
    if (v) return v;
  }
  for (const parser of DATE_PARSERS) {
    const results = parser.parse(s, new Date(Date.UTC(2000, 0, 1)));
    const r = results[0];
    if (!r || r.index !== 0 || r.text.length < s.length - 1) continue;
    if (!r.start.isCertain('year')) continue;
    const y = String(r.start.get('year')).padStart(4, '0');
    if (!r.start.isCertain('month')) return validParts(y, undefined, undefined);
    const m = String(r.start.get('month')).padStart(2, '0');
    if (!r.start.isCertain('day')) return validParts(y, m, undefined);
    return validParts(y, m, String(r.start.get('day')).padStart(2, '0'));
  }
  return null;
}

/** Normalises a metadata date ("2019-03-28T10:00:00Z", "March 28, 2019") to YYYY[-MM[-DD]]. */
export function normalizeDate(value: string | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const v = validParts(iso[1] as string, iso[2], iso[3]);
    if (v) return v;
  }
  return parseDateText(s);
}

const LEADING_DATE =
  /^(?:[ \t]*\n)*[ \t]*date[ \t]*[:=]?[ \t]*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])[ \t]*/i;

/**
 * A leading ` date 2018-05` / `date: 2019-03-28` line gives the publication date and is
 * removed from the text (only the date part when the article continues on the same line).
 */
export function extractLeadingDate(text: string): { date: string | null; text: string } {
  const m = LEADING_DATE.exec(text);
  if (!m) return { date: null, text };
  const date = validParts(m[1] as string, m[2], m[3]);
  if (!date) return { date: null, text };
  let rest = text.slice(m[0].length);
  if (rest.startsWith('\n')) rest = rest.slice(1);
  return { date, text: rest };
}

/** A date standing alone on one of the first lines ("November 27, 2018"), the line kept. */
function dateFromFirstLines(text: string): string | null {
  let seen = 0;
  let pos = 0;
  while (pos < text.length && seen < 6) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).trim();
    pos = end + 1;
    if (!line) continue;
    seen++;
    if (line.length <= 40 && /\d{4}/.test(line)) {
      const d = parseDateText(line);
      if (d) return d;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// Titles and ids

/** Slug for ids: lower-case ASCII letters, digits, '_' and '-'. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || 'doc';
}

function baseName(abs: string): string {
  const b = basename(abs);
  const ext = extname(b);
  return ext ? b.slice(0, -ext.length) : b;
}

/** The first non-empty line when it reads like a headline, else null. */
export function headlineTitle(text: string, markdown: boolean): string | null {
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let line = text.slice(pos, Math.min(end, pos + 1000)).trim();
    pos = end + 1;
    if (!line) continue;
    if (markdown) line = line.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '');
    line = line.replace(/\s+/g, ' ');
    if (line.length < 2 || line.length >= 200 || !/\p{L}/u.test(line) || line.startsWith('('))
      return null;
    if (!text.slice(end).trim()) return null; // the only line is the body, not a title
    if (/[,;:]$/.test(line)) return null;
    // Glued menu text ("CompanyCompany OverviewHistory") is not a headline.
    if ((line.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2) return null;
    const words = line.split(' ').length;
    if (/[.]$/.test(line) && words > 8) return null;
    return line;
  }
  return null;
}

/** Title from an HTML <title>: drops a " | Site name" suffix. */
function cleanHtmlTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(/\s+[|–—·»]\s+|\s+-\s+/);
  if (parts.length < 2) return t;
  let best = parts[0] as string;
  for (const p of parts) if (p.length > best.length) best = p;
  return best.trim();
}

// ---------------------------------------------------------------------------
// HTML

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

// ---------------------------------------------------------------------------
// Markdown front matter

function frontMatter(text: string): { meta: Record<string, string>; text: string } {
  if (!text.startsWith('---\n')) return { meta: {}, text };
  const end = text.indexOf('\n---', 4);
  if (end < 0 || end > 4000) return { meta: {}, text };
  const meta: Record<string, string> = {};
  for (const line of text.slice(4, end).split('\n')) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (m)
      meta[(m[1] as string).toLowerCase()] = (m[2] as string).replace(/^["']|["']$/g, '').trim();
  }
  const after = text.indexOf('\n', end + 4);
  return { meta, text: after < 0 ? '' : text.slice(after + 1) };
}

// ---------------------------------------------------------------------------
// CSV corpora

/** Whether the text has at least one letter or digit. */
function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

const TEXT_COLUMNS = ['text', 'body', 'content'];

/** Non-empty lines after the first. */
function extraLines(value: string): number {
  return Math.max(0, value.split('\n').filter((l) => l.trim()).length - 1);
}

function parseCorpus(text: string, display: string, base: string): LoadResult {
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];
  const parsed = Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  const textColumn = TEXT_COLUMNS.find((c) => fields.includes(c));
  if (!textColumn) {
    problems.push({
      file: display,
      reason: `CSV has no text column (expected a "text" header; found: ${fields.join(', ') || 'none'})`,
    });
    return { documents, problems };
  }
  const badRows = new Map<number, { message: string; quotes: boolean }>();
  for (const e of parsed.errors) {
    if (e.row === undefined || e.code === 'UndetectableDelimiter') continue;
    // papaparse numbers quote errors by record, the header being record 0, and field-count
    // errors by data row.
    const quotes = e.type === 'Quotes';
    const index = quotes ? e.row - 1 : e.row;
    if (index < 0) problems.push({ file: display, reason: `header: ${e.message}` });
    else if (!badRows.has(index)) badRows.set(index, { message: e.message, quotes });
  }
  parsed.data.forEach((record, i) => {
    const row = i + 1;
    const bad = badRows.get(i);
    if (bad) {
      // A broken quote runs on to the next quote or the end of the file, swallowing the
      // lines in between, which may be rows of their own: say how many.
      const lines = bad.quotes
        ? Object.values(record)
            .flat()
            .reduce((n, v) => n + (typeof v === 'string' ? extraLines(v) : 0), 0)
        : 0;
      const swallowed =
        lines > 0
          ? ` (its quoted field runs on over ${lines} more line${lines === 1 ? '' : 's'}, which may be rows of their own)`
          : '';
      problems.push({
        file: display,
        reason: `row ${row}: ${bad.message}; row skipped${swallowed}`,
      });
      return;
    }
    const raw = (record[textColumn] ?? '').replace(/\r\n?/g, '\n');
    const { date: lineDate, text: body } = extractLeadingDate(raw);
    if (!body.trim() || !hasWords(body)) {
      const what = body.trim() ? 'text has no letters or digits' : 'empty text';
      problems.push({ file: display, reason: `row ${row}: ${what}; row skipped` });
      return;
    }
    const doc: RawDocument = {
      id: `${slugify(base)}-r${row}`,
      file: `${display}#${row}`,
      format: 'csv',
      date: normalizeDate(record.date) ?? lineDate,
      text: body,
    };
    const title = record.title?.trim();
    if (title) doc.title = title;
    const url = record.url?.trim();
    if (url) doc.url = url;
    documents.push(doc);
  });
  return { documents, problems };
}

// ---------------------------------------------------------------------------
// One file

/** How often a file that changes while it is read is read again before it is skipped. */
const READ_ATTEMPTS = 4;

async function readUpTo(handle: FileHandle, size: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    if (bytesRead === 0) break; // truncated while we read
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/**
 * Reads one version of a file: through a single handle (a file replaced by a rename is
 * read whole, old or new), and again when its size or modification time changed during
 * the read (appended to, or rewritten in place). A file that keeps changing is reported.
 */
async function readStable(
  abs: string,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  for (let attempt = 1; ; attempt++) {
    let handle: FileHandle;
    try {
      // O_NONBLOCK: something swapped for a named pipe since the walk must not block the build.
      handle = await open(abs, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    } catch (err) {
      return { ok: false, reason: `cannot read: ${errorReason(err)}` };
    }
    try {
      const before = await handle.stat({ bigint: true });
      if (!before.isFile()) return { ok: false, reason: 'not a regular file' };
      const size = Number(before.size);
      if (size > maxBytes) {
        const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
        return { ok: false, reason: `file too large: ${mb(size)} (the limit is ${mb(maxBytes)})` };
      }
      const bytes = await readUpTo(handle, size);
      const after = await handle.stat({ bigint: true });
      if (bytes.length === size && after.size === before.size && after.mtimeNs === before.mtimeNs)
        return { ok: true, bytes };
    } catch (err) {
      return { ok: false, reason: `cannot read: ${errorReason(err)}` };
    } finally {
      await handle.close();
    }
    if (attempt >= READ_ATTEMPTS)
      return {
        ok: false,
        reason: `file changed while it was being read (${READ_ATTEMPTS} attempts)`,
      };
    await new Promise((done) => setTimeout(done, 25 * attempt));
  }
}

async function loadFound(found: FoundFile, maxBytes: number): Promise<LoadResult> {
  const { abs, display } = found;
  const fail = (reason: string): LoadResult => ({
    documents: [],
    problems: [{ file: display, reason }],
  });
  const read = await readStable(abs, maxBytes);
  if (!read.ok) return fail(read.reason);
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok) return fail(decoded.reason);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (!text.trim()) return fail('empty file (only whitespace)');

  const format = FORMATS[extname(abs).toLowerCase()] ?? 'txt';
  const base = baseName(abs);
  if (format === 'csv') return parseCorpus(text, display, base);

  let body = text;
  let title: string | undefined;
  let url: string | undefined;
  let date: string | null = null;
  if (format === 'html') {
    const h = htmlToText(text);
    body = h.text;
    title = h.title;
    url = h.url;
    date = h.date;
  } else if (format === 'md') {
    const fm = frontMatter(text);
    body = fm.text;
    if (fm.meta.title) title = fm.meta.title;
    date = normalizeDate(fm.meta.date);
    if (fm.meta.url) url = fm.meta.url;
  }
  const leading = extractLeadingDate(body);
  body = leading.text;
  date = date ?? leading.date ?? dateFromFirstLines(body);
  if (!body.trim()) return fail('no text');
  // A run of dots or commas is not a document: say so rather than publish an empty one.
  if (!hasWords(body)) return fail('no text: no letters or digits');
  if (!title && format !== 'html') title = headlineTitle(body, format === 'md') ?? undefined;
  const doc: RawDocument = {
    id: slugify(base),
    file: display,
    format,
    title: title ?? base,
    date,
    text: body,
  };
  if (url) doc.url = url;
  return { documents: [doc], problems: [] };
}

/** Loads one file (a CSV corpus may give many documents). Ids are not made unique here. */
export async function loadFile(path: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const cwd = opts.cwd ?? process.cwd();
  const abs = resolve(cwd, path);
  const { documents, problems } = await loadFound(
    { abs, display: displayPath(abs, cwd) },
    opts.maxBytes ?? DEFAULT_MAX_BYTES,
  );
  return { documents, problems };
}

/** Gives every document a unique id, in the order given: later duplicates get -2, -3... */
export function uniqueIds(ids: readonly string[]): string[] {
  const natural = new Set(ids);
  const used = new Set<string>();
  return ids.map((id) => {
    let out = id;
    if (used.has(out)) {
      let n = 2;
      while (used.has(`${id}-${n}`) || natural.has(`${id}-${n}`)) n++;
      out = `${id}-${n}`;
    }
    used.add(out);
    return out;
  });
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Loads files and folders (walked recursively). Documents come sorted by absolute path
 * (then CSV row), with ids unique in that order; problems are sorted by file.
 */
export async function loadInputs(
  inputs: readonly string[],
  opts: LoadOptions = {},
): Promise<LoadResult> {
  const cwd = opts.cwd ?? process.cwd();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const files: FoundFile[] = [];
  const problems: Problem[] = [];
  const visited = new Set<string>();
  const absInputs = [...new Set(inputs.map((i) => resolve(cwd, i)))].sort(compareStrings);
  for (const abs of absInputs) await walk(abs, cwd, true, files, problems, visited);

  // The same file reached twice (given twice, or through a symlink) is read once.
  const byReal = new Map<string, FoundFile>();
  for (const f of files) {
    let real = f.abs;
    try {
      real = await realpath(f.abs);
    } catch {
      // keep the path as found
    }
    const prev = byReal.get(real);
    if (!prev || compareStrings(f.abs, prev.abs) < 0) byReal.set(real, f);
  }
  const unique = [...byReal.values()].sort((a, b) => compareStrings(a.abs, b.abs));

  const documents: RawDocument[] = [];
  for (const f of unique) {
    const r = await loadFound(f, maxBytes);
    documents.push(...r.documents);
    problems.push(...r.problems);
  }
  const ids = uniqueIds(documents.map((d) => d.id));
  documents.forEach((d, i) => (d.id = ids[i] as string));
  problems.sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.reason, b.reason));
  const seen = new Set<string>();
  const dedupedProblems = problems.filter((p) => {
    const key = `${p.file}\u0000${p.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { documents, problems: dedupedProblems };
}
