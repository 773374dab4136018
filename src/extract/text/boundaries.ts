/**
 * Where sentences end: after terminal punctuation (unless the dot belongs to an
 * abbreviation, an initial or a list number), and at line breaks after a line that reads
 * like a headline or a label. Used by text/segment.ts.
 */
import type { AbbreviationSet } from './abbreviations.js';

export const TERMINALS = new Set(['.', '!', '?', '…', '。', '！', '？', '‼', '⁇', '⁈', '⁉']);
/** May directly follow terminal punctuation and still belong to the sentence. */
export const CLOSERS = new Set(['"', "'", '”', '’', '»', '«', '“', ')', ']', '}', '›', '」', '』']);
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

export function isSpaceCode(c: number): boolean {
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

/** Whether text[start, end) holds a letter or digit. */
export function hasWordCharIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordCode(text.charCodeAt(i))) return true;
  return false;
}

function charAt(text: string, i: number): string {
  const codePoint = text.codePointAt(i);
  return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}

/** Whether a sentence may start at position n: a capital, digit, caseless letter or opener. */
export function startsSentence(text: string, n: number): boolean {
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

/** A dot after digits only: a list number ("1." at a line start) or a day before a month. */
function numberDotEndsSentence(
  text: string,
  dot: number,
  next: number,
  lineStartAt: number,
  abbreviations: AbbreviationSet,
): boolean {
  let digitsStart = dot;
  while (digitsStart > 0 && /[0-9]/.test(text[digitsStart - 1] as string)) digitsStart--;
  const digits = dot - digitsStart;
  if (digits > 0 && digits <= 3 && digitsStart <= lineStartAt) return false;
  // "12. Mai 2022": a day number before a month name.
  if (digits > 0 && digits <= 2 && abbreviations.months.has(wordAt(text, next))) return false;
  return startsSentence(text, next);
}

/** Decides whether the '.' at index `dot` (followed by whitespace, then `next`) ends a sentence. */
export function dotEndsSentence(
  text: string,
  dot: number,
  next: number,
  lineStartAt: number,
  abbreviations: AbbreviationSet,
): boolean {
  // The token before the dot: letters and inner dots ("U.S", "e.g", "z.B").
  let tokenStart = dot;
  while (tokenStart > 0 && dot - tokenStart < 24) {
    const ch = text[tokenStart - 1] as string;
    if (ch === '.' || LETTER.test(ch)) tokenStart--;
    else break;
  }
  const token = text.slice(tokenStart, dot).replace(/^\.+/, '');
  if (!token) return numberDotEndsSentence(text, dot, next, lineStartAt, abbreviations);
  if (!startsSentence(text, next)) return false;
  const letters = token.replace(/\./g, '');
  if ([...letters].length === 1 && !token.includes('.')) return false; // an initial
  const lower = token.toLowerCase();
  if (abbreviations.prefixExact.has(token) || abbreviations.prefixLower.has(lower)) return false;
  const suffix = abbreviations.suffixExact.has(token) || abbreviations.suffixLower.has(lower);
  const dotted = token.includes('.') && /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(token);
  if (suffix || dotted) {
    const word = wordAt(text, next);
    // "Acme Pte. Ltd. (“Acme”, “we”)": a parenthesis after a legal form defines the name.
    if (text[next] === '(') return false;
    if (OPENERS.has(text[next] as string)) return true;
    return abbreviations.starters.has(word);
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
  const words = line.split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0 || words.length > 15) return false;
  if (words.length <= 6) return true;
  let capitalised = 0;
  for (const word of words) if (/^[\p{Lu}\p{N}"“‘'«(]/u.test(word)) capitalised++;
  return capitalised / words.length >= 0.6;
}

function endsWithTerminal(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line[i] as string)) i--;
  return i >= 0 && TERMINALS.has(line[i] as string);
}

/** The lower-case word the line ends with, or '' when it ends otherwise. */
function lastLowerWord(line: string): string {
  let wordStart = line.length;
  while (
    wordStart > 0 &&
    wordStart > line.length - 40 &&
    LETTER.test(line[wordStart - 1] as string)
  )
    wordStart--;
  const last = line.slice(wordStart);
  return last === last.toLowerCase() ? last : '';
}

/** Whether the line break between `line` and the line starting at `next` ends a sentence. */
export function newlineEndsSentence(
  line: string,
  text: string,
  next: number,
  peripheral: boolean,
  lineContinuations: ReadonlySet<string>,
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
  const last = lastLowerWord(line);
  if (last && lineContinuations.has(last)) return false;
  if (line.endsWith(':')) return true;
  return looksLikeHeadline(line);
}
