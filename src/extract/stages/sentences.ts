/**
 * Stage `sentences`: splits the cleaned text into sentences with offsets into doc.text.
 *
 * One linear scan per zone. A sentence ends at terminal punctuation (plus closing quotes
 * and brackets) followed by whitespace and a sentence start, at a paragraph break, and at
 * a line break after a line that reads like a headline. Abbreviations come from
 * data/abbreviations.csv per language; single letters ("J. Smith", a scraper's "U.\nS.")
 * never end a sentence. In peripheral zones (link lists, teasers) every line is its own
 * sentence. Pathologically long sentences are cut at about 2000 characters.
 *
 * `segment` is also used by the clean stage to score sentences before they are dropped.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readCsv } from '../knowledge/csv.js';
import type { LanguageDocument, Sentence, SentencedDocument } from '../types.js';

export const MAX_SENTENCE_CHARS = 2000;

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

// ---------------------------------------------------------------------------
// Abbreviations

export interface AbbreviationSet {
  /** Never end a sentence. Exact entries are matched as written, lower ones in any case. */
  prefixExact: ReadonlySet<string>;
  prefixLower: ReadonlySet<string>;
  /** End a sentence only before a starter word. */
  suffixExact: ReadonlySet<string>;
  suffixLower: ReadonlySet<string>;
  /** Lower-cased words that typically begin a sentence. */
  starters: ReadonlySet<string>;
  /** Lower-cased month names ("12. Mai" is a date, not a sentence end). */
  months: ReadonlySet<string>;
}

export interface AbbreviationTable {
  /** Rows per language code, "*" for all languages. */
  byLanguage: ReadonlyMap<string, AbbreviationSet>;
  /** Every row of every language. */
  all: AbbreviationSet;
}

interface MutableSet {
  prefixExact: Set<string>;
  prefixLower: Set<string>;
  suffixExact: Set<string>;
  suffixLower: Set<string>;
  starters: Set<string>;
  months: Set<string>;
}

const emptySet = (): MutableSet => ({
  prefixExact: new Set(),
  prefixLower: new Set(),
  suffixExact: new Set(),
  suffixLower: new Set(),
  starters: new Set(),
  months: new Set(),
});

function addTo(set: MutableSet, abbreviation: string, kind: string): void {
  const lower = abbreviation.toLowerCase();
  const exact = lower !== abbreviation;
  if (kind === 'prefix')
    (exact ? set.prefixExact : set.prefixLower).add(exact ? abbreviation : lower);
  else if (kind === 'suffix')
    (exact ? set.suffixExact : set.suffixLower).add(exact ? abbreviation : lower);
  else if (kind === 'month') set.months.add(lower);
  else set.starters.add(lower);
}

function mergeSets(sets: readonly AbbreviationSet[]): AbbreviationSet {
  const out = emptySet();
  for (const s of sets) {
    for (const k of Object.keys(out) as (keyof MutableSet)[]) for (const v of s[k]) out[k].add(v);
  }
  return out;
}

/** Builds the table from abbreviations.csv rows (language, abbreviation, kind). */
export function parseAbbreviations(
  rows: readonly Record<string, string | undefined>[],
  file = 'abbreviations.csv',
): AbbreviationTable {
  const byLanguage = new Map<string, MutableSet>();
  rows.forEach((row, i) => {
    const language = row.language?.trim();
    const abbreviation = row.abbreviation?.trim().replace(/\.$/, '');
    const kind = row.kind?.trim();
    if (!language || !abbreviation)
      throw new Error(`${file}: data row ${i + 1}: language and abbreviation are required`);
    if (kind !== 'prefix' && kind !== 'suffix' && kind !== 'starter' && kind !== 'month')
      throw new Error(
        `${file}: data row ${i + 1}: kind must be prefix, suffix, starter or month (got "${kind ?? ''}")`,
      );
    let set = byLanguage.get(language);
    if (!set) byLanguage.set(language, (set = emptySet()));
    addTo(set, abbreviation, kind);
  });
  return { byLanguage, all: mergeSets([...byLanguage.values()]) };
}

const tableCache = new Map<string, AbbreviationTable>();

/** Reads data/abbreviations.csv (cached per path). */
export function loadAbbreviations(dataDir = DEFAULT_DATA_DIR): AbbreviationTable {
  const file = join(dataDir, 'abbreviations.csv');
  let table = tableCache.get(file);
  if (!table) {
    table = parseAbbreviations(readCsv(file), file);
    tableCache.set(file, table);
  }
  return table;
}

const langCache = new WeakMap<AbbreviationTable, Map<string, AbbreviationSet>>();

/** The abbreviations that apply to a language: its own, "*" and English; all for "und". */
export function abbreviationsFor(table: AbbreviationTable, language: string): AbbreviationSet {
  if (
    !table.byLanguage.has(language) &&
    (language === 'und' || language === '*' || language === '')
  )
    return table.all;
  let cache = langCache.get(table);
  if (!cache) langCache.set(table, (cache = new Map()));
  let set = cache.get(language);
  if (!set) {
    const parts = [language, '*', 'en']
      .filter((l, i, a) => a.indexOf(l) === i)
      .map((l) => table.byLanguage.get(l))
      .filter((s): s is AbbreviationSet => s !== undefined);
    set = mergeSets(parts);
    cache.set(language, set);
  }
  return set;
}

/** What the stage needs from the shared knowledge: the table, or the data folder to read it from. */
export interface SentenceKnowledge {
  abbreviations?: AbbreviationTable;
  dataDir?: string;
}

function tableFrom(knowledge: SentenceKnowledge | undefined): AbbreviationTable {
  return knowledge?.abbreviations ?? loadAbbreviations(knowledge?.dataDir ?? DEFAULT_DATA_DIR);
}

// ---------------------------------------------------------------------------
// Character classes

const TERMINALS = new Set(['.', '!', '?', '…', '。', '！', '？', '‼', '⁇', '⁈', '⁉']);
/** May directly follow terminal punctuation and still belong to the sentence. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '«', '“', ')', ']', '}', '›', '」', '』']);
/** Opening quotes and brackets that may begin a sentence. */
const OPENERS = new Set([
  '"',
  "'",
  '“',
  '‘',
  '«',
  '»',
  '„',
  '(',
  '[',
  '¿',
  '¡',
  '—',
  '–',
  '-',
  '•',
  '*',
]);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 9 ||
    c === 13 ||
    c === 12 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x3000
  );
}

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = String.fromCharCode(c);
  return LETTER.test(ch) || /\p{N}/u.test(ch);
}

function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordCode(text.charCodeAt(i))) return true;
  return false;
}

function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Whether a sentence may start at position n: a capital, digit, caseless letter or opener. */
function startsSentence(text: string, n: number): boolean {
  const ch = charAt(text, n);
  if (!ch) return false;
  if (OPENERS.has(ch)) return true;
  if (/\p{N}/u.test(ch)) return true;
  if (UPPER.test(ch)) return true;
  if (LOWER.test(ch)) return false;
  return LETTER.test(ch); // scripts without case
}

/** The lower-cased word at n, skipping opening quotes. */
function wordAt(text: string, n: number): string {
  let i = n;
  while (i < text.length && OPENERS.has(text[i] as string)) i++;
  let j = i;
  while (j < text.length && j - i < 40 && LETTER.test(text[j] as string)) j++;
  return text.slice(i, j).toLowerCase();
}

/** Lower-case words after which a line break never ends a sentence. */
const CONNECTORS = new Set(
  (
    'a an and or of the with to for in on at by from as than that which who ' +
    'de la le les des du et à au aux en un une pour par avec sur dans que qui ' +
    'der die das den dem des und oder von mit zu für im ein eine auf bei ' +
    'el los las y o del con para por que un una en al'
  ).split(' '),
);

// ---------------------------------------------------------------------------
// Boundaries

/** Decides whether the '.' at index `dot` (followed by whitespace, then `next`) ends a sentence. */
function dotEndsSentence(
  text: string,
  dot: number,
  next: number,
  lineStartAt: number,
  abbr: AbbreviationSet,
): boolean {
  // The token before the dot: letters and inner dots ("U.S", "e.g", "z.B").
  let b = dot;
  while (b > 0 && dot - b < 24) {
    const ch = text[b - 1] as string;
    if (ch === '.' || LETTER.test(ch)) b--;
    else break;
  }
  const token = text.slice(b, dot).replace(/^\.+/, '');
  if (!token) {
    // "1." at the start of a line is a list number, not a sentence end.
    let d = dot;
    while (d > 0 && /[0-9]/.test(text[d - 1] as string)) d--;
    if (d < dot && dot - d <= 3 && d <= lineStartAt) return false;
    // "12. Mai 2022": a day number before a month name.
    if (d < dot && dot - d <= 2 && abbr.months.has(wordAt(text, next))) return false;
    return startsSentence(text, next);
  }
  if (!startsSentence(text, next)) return false;
  const letters = token.replace(/\./g, '');
  if ([...letters].length === 1 && !token.includes('.')) return false; // an initial
  if (abbr.prefixExact.has(token) || abbr.prefixLower.has(token.toLowerCase())) return false;
  const suffix = abbr.suffixExact.has(token) || abbr.suffixLower.has(token.toLowerCase());
  const dotted = token.includes('.') && /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(token);
  if (suffix || dotted) {
    const word = wordAt(text, next);
    // "Acme Pte. Ltd. (“Acme”, “we”)": a parenthesis after a legal form defines the name.
    if (text[next] === '(') return false;
    if (OPENERS.has(text[next] as string)) return true;
    return abbr.starters.has(word);
  }
  return true;
}

/** A single-letter abbreviation split over lines by a scraper: "the U.\nS.\naffiliate". */
function isLetterSplit(line: string, text: string, next: number): boolean {
  return (
    /(?:^|[^\p{L}])\p{L}\.$/u.test(line) && /^\p{L}\.(?:\s|$)/u.test(text.slice(next, next + 3))
  );
}

function looksLikeHeadline(line: string): boolean {
  if (line.length > 200) return false;
  const words = line.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 15) return false;
  if (words.length <= 6) return true;
  let capitalised = 0;
  for (const w of words) if (/^[\p{Lu}\p{N}"“‘'«(]/u.test(w)) capitalised++;
  return capitalised / words.length >= 0.6;
}

function endsWithTerminal(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line[i] as string)) i--;
  return i >= 0 && TERMINALS.has(line[i] as string);
}

/** Whether the line break between `line` and the line starting at `next` ends a sentence. */
function newlineEndsSentence(
  line: string,
  text: string,
  next: number,
  peripheral: boolean,
): boolean {
  if (!line) return false;
  if (isLetterSplit(line, text, next)) return false;
  const nextChar = charAt(text, next);
  if (peripheral) return !LOWER.test(nextChar) && !CLOSERS.has(nextChar);
  if (endsWithTerminal(line)) {
    // The punctuation already decided, unless the next line is junk ("....", "* * *").
    return !isWordCode(text.charCodeAt(next)) && !OPENERS.has(nextChar) && !CLOSERS.has(nextChar);
  }
  if (/[,;\-–—/&+]$/.test(line)) return false;
  if (!startsSentence(text, next)) return false;
  let w = line.length;
  while (w > 0 && w > line.length - 40 && LETTER.test(line[w - 1] as string)) w--;
  const last = line.slice(w);
  if (last && last === last.toLowerCase() && CONNECTORS.has(last)) return false;
  if (line.endsWith(':')) return true;
  return looksLikeHeadline(line);
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Sentence spans in text[from, to). Spans are trimmed, hold at least one letter or digit,
 * and are at most MAX_SENTENCE_CHARS long.
 */
export function segment(
  text: string,
  from: number,
  to: number,
  abbr: AbbreviationSet,
  mode: 'body' | 'peripheral' = 'body',
): Span[] {
  const spans: Span[] = [];
  const peripheral = mode === 'peripheral';

  const add = (s0: number, e0: number) => {
    let s = s0;
    let e = e0;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (s >= e || !hasWordChar(text, s, e)) return;
    while (e - s > MAX_SENTENCE_CHARS) {
      let cut = s + MAX_SENTENCE_CHARS;
      let ws = cut;
      while (ws > s + MAX_SENTENCE_CHARS - 500 && !isSpaceCode(text.charCodeAt(ws))) ws--;
      if (isSpaceCode(text.charCodeAt(ws))) cut = ws;
      else if (cut > s && text.charCodeAt(cut - 1) >= 0xd800 && text.charCodeAt(cut - 1) < 0xdc00)
        cut--;
      let pe = cut;
      while (pe > s && isSpaceCode(text.charCodeAt(pe - 1))) pe--;
      if (pe > s && hasWordChar(text, s, pe)) spans.push({ start: s, end: pe });
      s = cut;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    }
    if (s < e && hasWordChar(text, s, e)) spans.push({ start: s, end: e });
  };

  let segStart = from;
  let lineStart = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      let j = i + 1;
      while (
        j < to &&
        (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)
      )
        j++;
      if (j >= to || text.charCodeAt(j) === 10) {
        // paragraph break (or end of range)
        add(segStart, i);
        segStart = j;
      } else {
        const line = text.slice(Math.max(lineStart, i - 400), i).trim();
        if (newlineEndsSentence(line, text, j, peripheral)) {
          add(segStart, i);
          segStart = j;
        }
      }
      lineStart = j;
      i = j;
      continue;
    }
    const ch = text[i] as string;
    if (TERMINALS.has(ch)) {
      let k = i;
      while (k < to && TERMINALS.has(text[k] as string)) k++;
      const singleDot = k === i + 1 && ch === '.';
      while (k < to && CLOSERS.has(text[k] as string)) k++;
      if (k >= to) {
        add(segStart, k);
        segStart = k;
        i = k;
        continue;
      }
      if (!isSpaceCode(text.charCodeAt(k))) {
        i = k; // "13.6", "U.S.", "régions.»,"
        continue;
      }
      let n = k;
      let newlines = 0;
      while (n < to && isSpaceCode(text.charCodeAt(n))) {
        if (text.charCodeAt(n) === 10) newlines++;
        n++;
      }
      // A closing quote after a space or pushed onto the next line: French "accélérer. »,"
      // or a scraper's "identifiable.\n”  This includes".
      if (
        newlines <= 1 &&
        n < to &&
        (text[n] === '”' || text[n] === '»') &&
        (n + 1 >= to || /[\s,;:.!?]/.test(text[n + 1] as string))
      ) {
        k = n + 1;
        if (k < to && !isSpaceCode(text.charCodeAt(k))) {
          i = k; // "», a déclaré": the attribution follows
          continue;
        }
        n = k;
        while (n < to && isSpaceCode(text.charCodeAt(n))) n++;
      }
      if (n >= to) {
        i = k;
        continue;
      }
      const ends = singleDot
        ? dotEndsSentence(text, i, n, lineStart, abbr)
        : startsSentence(text, n);
      if (ends) {
        add(segStart, k);
        segStart = k;
      }
      i = k;
      continue;
    }
    i++;
  }
  add(segStart, to);
  return spans;
}

// ---------------------------------------------------------------------------
// The stage

export function splitSentences(
  doc: LanguageDocument,
  knowledge?: SentenceKnowledge,
): SentencedDocument {
  const abbr = abbreviationsFor(tableFrom(knowledge), doc.language);
  const zones = doc.zones.length
    ? doc.zones
    : [{ start: 0, end: doc.text.length, kind: 'body' as const }];
  const sentences: Sentence[] = [];
  for (const zone of zones) {
    for (const s of segment(doc.text, zone.start, zone.end, abbr, zone.kind)) {
      sentences.push({
        start: s.start,
        end: s.end,
        text: doc.text.slice(s.start, s.end),
        peripheral: zone.kind === 'peripheral',
      });
    }
  }
  return { ...doc, sentences };
}
