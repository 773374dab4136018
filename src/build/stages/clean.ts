/**
 * Stage `clean`: keeps the article body of a scraped page and marks teaser/link lists as
 * peripheral zones. Everything it knows about furniture comes from data/boilerplate.csv.
 *
 * Line level (logical lines: physical lines joined where a scraper split a sentence):
 *   - glued menu text ("CompanyCompany OverviewHistory") and runs of >= 3 short lines
 *     (menus, bylines, share buttons) are dropped, as are repeated short lines (site names),
 *     duplicated lines (a repeated headline) and lines matching a `line` pattern;
 *   - after a `section_end` heading the rest is peripheral; after a `section_break`
 *     heading, lines are peripheral until the next prose paragraph.
 * Sentence level: sentences whose policy/cookie/promotion score reaches the threshold are
 * dropped (second-person address plus privacy vocabulary; peripheral zones drop any
 * sentence addressing the reader).
 * Finally a leading news-agency credit ("(Agence X) - ") is removed.
 *
 * Output: kept lines joined with "\n", paragraphs with a blank line, whitespace normalised
 * inside lines. Every step is linear in the input; regexes only see bounded lines.
 */
import { join } from 'node:path';
import { readCsv } from '../knowledge/csv.js';
import type { CleanDocument, RawDocument, Zone } from '../types.js';
import {
  abbreviationsFor,
  DEFAULT_DATA_DIR,
  loadAbbreviations,
  segment,
  type AbbreviationTable,
} from './sentences.js';

// ---------------------------------------------------------------------------
// Rules

interface Phrase {
  id: number;
  /** Lower-cased words; the last one (or any) may be a prefix. */
  words: { text: string; prefix: boolean }[];
  weight: number;
}

interface PersonWords {
  lower: ReadonlyMap<string, number>;
  exact: ReadonlyMap<string, number>;
}

export interface BoilerplateRules {
  sectionEnds: ReadonlySet<string>;
  sectionBreaks: ReadonlySet<string>;
  linePatterns: readonly RegExp[];
  /** Sentence phrases by their first word (exact) ... */
  phrasesByWord: ReadonlyMap<string, readonly Phrase[]>;
  /** ... or by the prefix their first word starts with. */
  phrasesByPrefix: ReadonlyMap<string, readonly Phrase[]>;
  prefixLengths: readonly number[];
  secondPerson: PersonWords;
  firstPerson: PersonWords;
  thresholds: { body: number; peripheral: number; short: number; near: number };
}

const KINDS = [
  'section_end',
  'section_break',
  'line',
  'sentence',
  'second_person',
  'first_person',
  'threshold',
];

/** Lower-cases a heading and strips markers and trailing punctuation. */
export function normalizeHeading(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s#>*•·▪►-]+/, '')
    .replace(/[\s.:;!?›»>…|–—-]+$/, '')
    .trim();
}

/** Splits a vocabulary phrase into words like the sentence tokenizer does. */
function phraseWords(pattern: string): { text: string; prefix: boolean }[] {
  return pattern
    .toLowerCase()
    .split(/[^\p{L}\p{N}*]+/u)
    .filter((w) => w.length > 0 && w !== '*')
    .map((w) => ({ text: w.replace(/\*+$/, ''), prefix: w.endsWith('*') }))
    .filter((w) => w.text.length > 0);
}

/** Builds the rules from boilerplate.csv rows (language, kind, pattern, weight, flags). */
export function parseBoilerplate(
  rows: readonly Record<string, string | undefined>[],
  file = 'boilerplate.csv',
): BoilerplateRules {
  const sectionEnds = new Set<string>();
  const sectionBreaks = new Set<string>();
  const linePatterns: { source: string; caseSensitive: boolean }[] = [];
  const byWord = new Map<string, Phrase[]>();
  const byPrefix = new Map<string, Phrase[]>();
  const prefixLengths = new Set<number>();
  const second = { lower: new Map<string, number>(), exact: new Map<string, number>() };
  const first = { lower: new Map<string, number>(), exact: new Map<string, number>() };
  const thresholds = { body: 3, peripheral: 2, short: 2, near: 2 };
  rows.forEach((row, i) => {
    const where = `${file}: data row ${i + 1}`;
    const kind = row.kind?.trim() ?? '';
    const pattern = row.pattern ?? '';
    const flags = row.flags?.trim() ?? '';
    if (!KINDS.includes(kind))
      throw new Error(`${where}: unknown kind "${kind}" (expected ${KINDS.join(', ')})`);
    if (!pattern.trim()) throw new Error(`${where}: pattern is empty`);
    const weightText = row.weight?.trim() ?? '';
    const weight = weightText === '' ? NaN : Number(weightText);
    const needsWeight = kind === 'sentence' || kind.endsWith('_person') || kind === 'threshold';
    if (needsWeight && !(weight >= 0))
      throw new Error(`${where}: weight must be a number >= 0 (got "${weightText}")`);
    switch (kind) {
      case 'section_end':
        sectionEnds.add(normalizeHeading(pattern));
        break;
      case 'section_break':
        sectionBreaks.add(normalizeHeading(pattern));
        break;
      case 'line':
        try {
          new RegExp(pattern, /\\[pPu]\{/.test(pattern) || flags.includes('c') ? 'u' : '');
          linePatterns.push({ source: pattern, caseSensitive: flags.includes('c') });
        } catch (err) {
          throw new Error(
            `${where}: invalid regular expression: ${err instanceof Error ? err.message : String(err)}`,
            { cause: err },
          );
        }
        break;
      case 'sentence': {
        const words = phraseWords(pattern);
        const head = words[0];
        if (!head) throw new Error(`${where}: no words in "${pattern}"`);
        const phrase: Phrase = { id: i, words, weight };
        const map = head.prefix ? byPrefix : byWord;
        if (head.prefix) prefixLengths.add(head.text.length);
        const list = map.get(head.text) ?? [];
        list.push(phrase);
        map.set(head.text, list);
        break;
      }
      case 'second_person':
      case 'first_person': {
        const target = kind === 'second_person' ? second : first;
        const word = pattern.trim().replace(/\*$/, '');
        if (flags.includes('c')) target.exact.set(word, weight);
        else target.lower.set(word.toLowerCase(), weight);
        if (pattern.trim().endsWith('*')) target.lower.set(`${word.toLowerCase()}*`, weight);
        break;
      }
      case 'threshold': {
        const key = pattern.trim();
        if (key !== 'body' && key !== 'peripheral' && key !== 'short' && key !== 'near')
          throw new Error(`${where}: threshold pattern must be body, peripheral, short or near`);
        thresholds[key] = weight;
        break;
      }
    }
  });
  // Longest phrases first, so "personal information" wins over "personal".
  for (const list of [...byWord.values(), ...byPrefix.values()])
    list.sort((a, b) => b.words.length - a.words.length);
  // One alternation per flag set: a single regex test per line instead of one per pattern.
  // Case-insensitive Unicode matching ("iu") is ~50x slower in V8 than "i", so the "u" flag
  // is only used by patterns that need it (\p{...} classes, \u{...} escapes).
  const groups = new Map<string, string[]>();
  for (const p of linePatterns) {
    const unicode = /\\[pPu]\{/.test(p.source);
    const flags = `${p.caseSensitive ? '' : 'i'}${unicode || p.caseSensitive ? 'u' : ''}`;
    const list = groups.get(flags) ?? [];
    list.push(`(?:${p.source})`);
    groups.set(flags, list);
  }
  return {
    sectionEnds,
    sectionBreaks,
    linePatterns: [...groups].map(([flags, sources]) => new RegExp(sources.join('|'), flags)),
    phrasesByWord: byWord,
    phrasesByPrefix: byPrefix,
    prefixLengths: [...prefixLengths].sort((a, b) => b - a),
    secondPerson: second,
    firstPerson: first,
    thresholds,
  };
}

const rulesCache = new Map<string, BoilerplateRules>();

/** Reads data/boilerplate.csv (cached per path). */
export function loadBoilerplate(dataDir = DEFAULT_DATA_DIR): BoilerplateRules {
  const file = join(dataDir, 'boilerplate.csv');
  let rules = rulesCache.get(file);
  if (!rules) {
    rules = parseBoilerplate(readCsv(file), file);
    rulesCache.set(file, rules);
  }
  return rules;
}

/** What the stage needs from the shared knowledge: the rules, or the data folder to read them from. */
export interface CleanKnowledge {
  boilerplate?: BoilerplateRules;
  abbreviations?: AbbreviationTable;
  dataDir?: string;
}

// ---------------------------------------------------------------------------
// Sentence scoring

const TOKEN = /[\p{L}\p{N}]+/gu;

function personWeight(
  tokens: readonly string[],
  lowers: readonly string[],
  words: PersonWords,
): number {
  let best = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = words.exact.get(tokens[i] as string) ?? words.lower.get(lowers[i] as string);
    if (w !== undefined && w > best) best = w;
  }
  if (best === 0 && words.lower.size) {
    // prefix entries ("unser*")
    for (const [key, w] of words.lower) {
      if (!key.endsWith('*')) continue;
      const stem = key.slice(0, -1);
      if (lowers.some((l) => l.startsWith(stem)) && w > best) best = w;
    }
  }
  return best;
}

function matchPhrase(phrase: Phrase, lowers: readonly string[], at: number): boolean {
  for (let k = 0; k < phrase.words.length; k++) {
    const tok = lowers[at + k];
    const w = phrase.words[k];
    if (tok === undefined || !w) return false;
    if (w.prefix ? !tok.startsWith(w.text) : tok !== w.text) return false;
  }
  return true;
}

export interface SentenceScore {
  score: number;
  words: number;
}

/** The boilerplate score of one sentence: distinct vocabulary phrases plus person address. */
export function scoreSentence(sentence: string, rules: BoilerplateRules): SentenceScore {
  const tokens =
    sentence.length > 5000 ? sentence.slice(0, 5000).match(TOKEN) : sentence.match(TOKEN);
  if (!tokens) return { score: 0, words: 0 };
  const lowers = tokens.map((t) => t.toLowerCase());
  let score = 0;
  const counted = new Set<number>();
  for (let i = 0; i < lowers.length;) {
    const tok = lowers[i] as string;
    let best: Phrase | undefined;
    for (const p of rules.phrasesByWord.get(tok) ?? []) {
      if ((!best || p.words.length > best.words.length) && matchPhrase(p, lowers, i)) best = p;
    }
    for (const len of rules.prefixLengths) {
      if (tok.length < len) continue;
      for (const p of rules.phrasesByPrefix.get(tok.slice(0, len)) ?? []) {
        if ((!best || p.words.length > best.words.length) && matchPhrase(p, lowers, i)) best = p;
      }
    }
    if (best) {
      if (!counted.has(best.id)) {
        counted.add(best.id);
        score += best.weight;
      }
      i += best.words.length;
    } else i++;
  }
  score += personWeight(tokens, lowers, rules.secondPerson);
  score += personWeight(tokens, lowers, rules.firstPerson);
  return { score, words: tokens.length };
}

// ---------------------------------------------------------------------------
// Text preparation

// Invisible characters: every format character (\p{Cf}: soft hyphens, zero-width spaces
// and joiners, word joiners, BOMs, the bidi marks, embeddings, overrides and isolates,
// tag characters), the combining grapheme joiner, and C0 controls other than \t and \n.
// Two spellings of a name that differ only by them must not become two entities, a mark
// glued to a name ("Acme\u200f Holdings") must not split it, and an override must not
// reorder what a reader sees. Removed here, first, so all later offsets point past them.
// The text is then put in Unicode normal form C, so that "é" typed as one character and as
// "e" plus a combining accent give one spelling of a name (and one node label).
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\p{Cf}\u034f\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

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

function normalizeLine(line: string): string {
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

// ---------------------------------------------------------------------------
// Line features

const TERMINAL_END = /[.!?…。！？]["'”’»)\]]*$/;

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) === 32 || s.charCodeAt(i) === 10;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Several capitalised menu entries run together: "CompanyCompany OverviewHistory". */
export function isGluedMenu(line: string): boolean {
  const s = line.length > 2000 ? line.slice(0, 2000) : line;
  const joints = s.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0;
  if (joints < 2) return false;
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return false;
  const lower = words.filter((w) => /^[^\p{L}]*\p{Ll}/u.test(w)).length;
  const share = lower / words.length;
  return share <= 0.2 || (joints >= 4 && share <= 0.35);
}

/** Lower-case words allowed inside a title-case menu entry ("Terms of Use", "Mergers & Acquisitions"). */
const MENU_FUNCTION_WORDS = new Set(
  (
    'a an and as at by for from in of on or the to with ' +
    'de des du la le les et en à au aux der die das und von für zu el los las y del con para'
  ).split(' '),
);

/**
 * A menu-like short line: 1-5 words in title case (or a single word), no sentence
 * punctuation inside, an optional final full stop. "Company Overview.", "Updated as of.",
 * "Contributing Writer" are; "Sales rose sharply." is not.
 */
export function isShortLine(line: string): boolean {
  if (line.length > 60) return false;
  const words = line.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 1 || words.length > 5) return false;
  if (/[?!:,;]$/.test(line)) return false;
  const inner = line.replace(/[.…]+["'”’»)]*$/, '');
  if (/[.!?](?:\s|$)/.test(inner)) return false;
  if (words.length === 1) return true;
  return words.every((w) => {
    const first = /\p{L}/u.exec(w)?.[0];
    if (!first || first !== first.toLowerCase()) return true; // no letters, or capitalised
    return MENU_FUNCTION_WORDS.has(w.toLowerCase().replace(/[^\p{L}]+$/u, ''));
  });
}

function hasWordChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128 && /[\p{L}\p{N}]/u.test(s[i] as string)) return true;
  }
  return false;
}

/** A leading "(Agence X) - " or "CITY (Reuters) -" credit, removed from the first body line. */
export function stripAgencyCredit(line: string): string {
  const head = line.slice(0, 200);
  const lead = /^\(\p{Lu}[^()\n]{0,40}\)\s*[-–—:]\s*/u.exec(head);
  if (lead) return line.slice(lead[0].length);
  const dateline =
    /^(\p{Lu}{2,}(?:[ ,/.'-]+\p{Lu}{2,}){0,4}(?:,[^()\n]{1,30})?)\s*\(\p{Lu}[^()\n]{0,40}\)\s*([-–—])\s*/u.exec(
      head,
    );
  if (dateline)
    return `${dateline[1] as string} ${dateline[2] as string} ${line.slice(dateline[0].length)}`;
  return line;
}

interface LogicalLine {
  /** Physical lines joined with "\n". */
  text: string;
  /** With "\n" as spaces, for matching. */
  flat: string;
  para: number;
  words: number;
}

function shouldMerge(prev: string, cur: string): boolean {
  if (/^[\p{Ll}”’»),;:]/u.test(cur)) return true;
  // a scraper's "the U.\nS.\naffiliate"
  return /(?:^|[^\p{L}])\p{Lu}\.$/u.test(prev) && /^\p{Lu}\.(?:\s|$)/u.test(cur);
}

function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let para = 0;
  let lastPhysical = '';
  let current: { parts: string[]; para: number } | null = null;
  const flush = () => {
    if (!current) return;
    const t = current.parts.join('\n');
    const flat = current.parts.join(' ');
    out.push({ text: t, flat, para: current.para, words: countWords(flat) });
    current = null;
  };
  for (const raw of text.split('\n')) {
    const line = normalizeLine(raw);
    if (!line) {
      flush();
      para++;
      lastPhysical = '';
      continue;
    }
    if (current && lastPhysical && shouldMerge(lastPhysical, line)) {
      (current as { parts: string[] }).parts.push(line);
    } else {
      flush();
      current = { parts: [line], para };
    }
    lastPhysical = line;
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------
// The stage

interface KeptLine {
  text: string;
  para: number;
  zone: Zone['kind'];
}

/** Marks the members of runs of at least three consecutive true flags. */
function runsOfThree(flags: readonly boolean[]): boolean[] {
  const out = new Array<boolean>(flags.length).fill(false);
  for (let i = 0; i < flags.length;) {
    if (!flags[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < flags.length && flags[j]) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) out[k] = true;
    i = j;
  }
  return out;
}

function shortRuns(flats: readonly string[], titleKey: string | null): boolean[] {
  return runsOfThree(
    flats.map((f) => !(titleKey !== null && dupKey(f) === titleKey) && isShortLine(f)),
  );
}

/** Groups consecutive lines of one paragraph and zone. */
function chunks(lines: readonly KeptLine[]): KeptLine[] {
  const out: KeptLine[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last && last.para === l.para && last.zone === l.zone) last.text += `\n${l.text}`;
    else out.push({ ...l });
  }
  return out;
}

const proseish = (l: LogicalLine | undefined): boolean =>
  l !== undefined && l.words >= 12 && TERMINAL_END.test(l.flat);

/**
 * Whether running text resumes at `line` after a teaser block: a long paragraph, or one
 * followed by another; before any body text (page-top link lists) any sentence-like line.
 */
function isProse(line: LogicalLine, next: LogicalLine | undefined, bodyStarted: boolean): boolean {
  if (!proseish(line)) return false;
  return !bodyStarted || line.words >= 30 || proseish(next);
}

function dupKey(flat: string): string {
  const key = flat.length > 2000 ? flat : flat.toLowerCase();
  let end = key.length;
  while (end > 0 && (key[end - 1] === '.' || key[end - 1] === ' ' || key[end - 1] === '\n')) end--;
  return key.slice(0, end);
}

export function clean(doc: RawDocument, knowledge?: CleanKnowledge): CleanDocument {
  const dataDir = knowledge?.dataDir ?? DEFAULT_DATA_DIR;
  const rules = knowledge?.boilerplate ?? loadBoilerplate(dataDir);
  const abbr = abbreviationsFor(knowledge?.abbreviations ?? loadAbbreviations(dataDir), 'und');

  const prepared = stripMarkdownLinks(
    stripMarkup(
      doc.text
        .replace(/\r\n?|[\u2028\u2029]/g, '\n')
        .replace(INVISIBLE, '')
        .normalize('NFC'),
    ),
  );
  const lines = logicalLines(prepared);
  const rawTitle =
    doc.title === undefined
      ? ''
      : stripMarkup(stripInvisible(doc.title).normalize('NFC')).replace(/\s+/g, ' ').trim();
  const titleKey = rawTitle ? dupKey(rawTitle) : null;

  // Line features.
  const n = lines.length;
  const heading: ('end' | 'break' | null)[] = new Array<'end' | 'break' | null>(n).fill(null);
  const short: boolean[] = new Array<boolean>(n).fill(false);
  const shortCount = new Map<string, number>();
  lines.forEach((l, i) => {
    if (l.flat.length <= 60) {
      const h = normalizeHeading(l.flat);
      if (rules.sectionEnds.has(h)) heading[i] = 'end';
      else if (rules.sectionBreaks.has(h)) heading[i] = 'break';
    }
    const isTitle = titleKey !== null && dupKey(l.flat) === titleKey;
    short[i] = !isTitle && isShortLine(l.flat);
    if (short[i] && l.words <= 4) {
      const key = dupKey(l.flat);
      shortCount.set(key, (shortCount.get(key) ?? 0) + 1);
    }
  });

  // Runs of >= 3 consecutive short lines (blank lines do not break a run) are menus.
  const menu = runsOfThree(short);

  // Zones and line drops.
  const kept: KeptLine[] = [];
  const seen = new Set<string>();
  let state: 'body' | 'aside' | 'end' = 'body';
  let bodyChars = 0;
  lines.forEach((l, i) => {
    if (!hasWordChar(l.flat)) return;
    const h = heading[i];
    if (h) {
      if (h === 'end' && bodyChars >= 150) state = 'end';
      else if (state !== 'end') state = 'aside';
      return;
    }
    if (menu[i]) return;
    if (l.flat.length <= 250 && rules.linePatterns.some((re) => re.test(l.flat))) return;
    if (isGluedMenu(l.flat)) return;
    const key = dupKey(l.flat);
    if (short[i] && (shortCount.get(key) ?? 0) >= 2) return; // a site name repeated in the page
    if (seen.has(key)) return; // a duplicated headline or paragraph
    seen.add(key);
    if (state === 'aside' && isProse(l, lines[i + 1], bodyChars >= 150)) state = 'body';
    const zone = state === 'body' ? 'body' : 'peripheral';
    kept.push({ text: l.text, para: l.para, zone });
    if (zone === 'body' && l.words >= 8) bodyChars += l.flat.length;
  });

  // A news-agency credit at the start of the body is not part of the article.
  const firstBody = kept.findIndex((k) => k.zone === 'body');
  if (firstBody >= 0 && firstBody < 3) {
    const k = kept[firstBody] as KeptLine;
    k.text = stripAgencyCredit(k.text);
    if (!hasWordChar(k.text)) kept.splice(firstBody, 1);
  }

  // Sentence-level policy text: per chunk of consecutive kept lines of one paragraph and zone.
  const afterSentences: KeptLine[] = [];
  for (const chunk of chunks(kept)) {
    const text = dropPolicySentences(chunk.text, chunk.zone, rules, abbr);
    if (!text) continue;
    for (const line of logicalLines(text))
      afterSentences.push({ text: line.text, zone: chunk.zone, para: chunk.para });
  }

  // Headings left orphaned by dropped sentences now stand together: drop those runs too.
  const orphan = shortRuns(
    afterSentences.map((k) => k.text.replace(/\n/g, ' ')),
    titleKey,
  );
  const pieces = chunks(afterSentences.filter((_, i) => !orphan[i]));

  // Assemble: paragraphs separated by a blank line; zones cover the whole text.
  let out = '';
  const zones: Zone[] = [];
  pieces.forEach((p, i) => {
    if (i > 0) {
      out += '\n\n';
      const last = zones[zones.length - 1];
      if (last) last.end = out.length;
    }
    const start = out.length;
    out += p.text;
    const last = zones[zones.length - 1];
    if (last && last.kind === p.zone) last.end = out.length;
    else zones.push({ start, end: out.length, kind: p.zone });
  });

  let title = rawTitle;
  if (!title) {
    const firstLine =
      (pieces.find((p) => p.zone === 'body') ?? pieces[0])?.text.split('\n')[0] ?? '';
    title =
      firstLine.length > 200 ? `${firstLine.slice(0, 200).replace(/\s+\S*$/, '')}…` : firstLine;
  }
  const result: CleanDocument = {
    id: doc.id,
    file: doc.file,
    title: title || doc.id,
    date: doc.date,
    text: out,
    zones,
  };
  if (doc.url !== undefined) result.url = doc.url;
  return result;
}

/** Removes the sentences of a chunk whose boilerplate score reaches the zone's threshold. */
function dropPolicySentences(
  chunk: string,
  zone: Zone['kind'],
  rules: BoilerplateRules,
  abbr: ReturnType<typeof abbreviationsFor>,
): string {
  const spans = segment(chunk, 0, chunk.length, abbr, zone);
  const t = rules.thresholds;
  const scores = spans.map((s) => {
    const { score, words } = scoreSentence(chunk.slice(s.start, s.end), rules);
    const threshold = zone === 'peripheral' ? t.peripheral : words <= 4 ? t.short : t.body;
    return { score, threshold };
  });
  const drop = scores.map(({ score, threshold }) => score > 0 && score >= threshold);
  if (!drop.includes(true)) return chunk;
  // Policy text comes in blocks: next to a dropped sentence, a lower score is enough.
  const near = Math.min(t.near, zone === 'peripheral' ? t.peripheral : t.near);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < spans.length; i++) {
      const sc = scores[i];
      if (drop[i] || !sc || sc.score <= 0 || sc.score < near) continue;
      if (drop[i - 1] || drop[i + 1]) {
        drop[i] = true;
        changed = true;
      }
    }
  }
  const parts: string[] = [];
  let pos = 0;
  spans.forEach((s, i) => {
    if (!drop[i]) return;
    parts.push(chunk.slice(pos, s.start));
    pos = s.end;
  });
  parts.push(chunk.slice(pos));
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => hasWordChar(l))
    .join('\n');
}
