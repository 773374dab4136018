/**
 * Sentence spans with offsets into the text, in one linear scan. A sentence ends at
 * terminal punctuation (plus closing quotes and brackets) followed by whitespace and a
 * sentence start, at a paragraph break, and at a line break after a line that reads like
 * a headline (text/boundaries.ts). In peripheral zones (link lists, teasers) every line is
 * its own sentence. Pathologically long sentences are cut at about MAX_SENTENCE_CHARS.
 */
import type { AbbreviationSet } from './abbreviations.js';
import {
  CLOSERS,
  dotEndsSentence,
  hasWordCharIn,
  isSpaceCode,
  newlineEndsSentence,
  startsSentence,
  TERMINALS,
} from './boundaries.js';

export const MAX_SENTENCE_CHARS = 2000;

/** What sentence boundaries depend on besides the text. */
export interface SegmentRules {
  abbreviations: AbbreviationSet;
  /** Lower-case words after which a line break never ends a sentence (lexicon.csv). */
  lineContinuations: ReadonlySet<string>;
}

export interface Span {
  start: number;
  end: number;
}

/** The state of one scan over text[from, to). */
interface Scan {
  readonly text: string;
  readonly to: number;
  readonly rules: SegmentRules;
  readonly peripheral: boolean;
  readonly spans: Span[];
  /** Where the current sentence started. */
  sentenceStart: number;
  lineStart: number;
}

/**
 * Adds text[start, end) as a sentence: trimmed, only when it holds a letter or digit, and
 * cut at whitespace into pieces of at most MAX_SENTENCE_CHARS.
 */
function pushSpans(text: string, start: number, end: number, spans: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (s >= e || !hasWordCharIn(text, s, e)) return;
  while (e - s > MAX_SENTENCE_CHARS) {
    let cut = s + MAX_SENTENCE_CHARS;
    let space = cut;
    while (space > s + MAX_SENTENCE_CHARS - 500 && !isSpaceCode(text.charCodeAt(space))) space--;
    if (isSpaceCode(text.charCodeAt(space))) cut = space;
    else if (cut > s && text.charCodeAt(cut - 1) >= 0xd800 && text.charCodeAt(cut - 1) < 0xdc00)
      cut--;
    let pieceEnd = cut;
    while (pieceEnd > s && isSpaceCode(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    if (pieceEnd > s && hasWordCharIn(text, s, pieceEnd)) spans.push({ start: s, end: pieceEnd });
    s = cut;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  }
  if (s < e && hasWordCharIn(text, s, e)) spans.push({ start: s, end: e });
}

/** Ends the current sentence at `end`; the next one starts at `next`. */
function endSentence(scan: Scan, end: number, next: number): void {
  pushSpans(scan.text, scan.sentenceStart, end, scan.spans);
  scan.sentenceStart = next;
}

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** At the line break at i: a paragraph break always ends the sentence. Returns where to go on. */
function atLineBreak(scan: Scan, i: number): number {
  const { text, to } = scan;
  let next = i + 1;
  while (
    next < to &&
    (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9 || text.charCodeAt(next) === 13)
  )
    next++;
  if (next >= to || text.charCodeAt(next) === 10) endSentence(scan, i, next);
  else {
    const line = text.slice(Math.max(scan.lineStart, i - 400), i).trim();
    const continuations = scan.rules.lineContinuations;
    if (newlineEndsSentence(line, text, next, scan.peripheral, continuations))
      endSentence(scan, i, next);
  }
  scan.lineStart = next;
  return next;
}

/**
 * A closing quote after a space or pushed onto the next line: French "accélérer. »," or a
 * scraper's "identifiable.\n”  This includes". Returns the index after it, or null.
 */
function detachedQuoteEnd(text: string, from: number, to: number): number | null {
  let n = from;
  let newlines = 0;
  while (n < to && isSpaceCode(text.charCodeAt(n))) {
    if (text.charCodeAt(n) === 10) newlines++;
    n++;
  }
  const quote = n < to && (text[n] === '”' || text[n] === '»');
  if (newlines <= 1 && quote && (n + 1 >= to || /[\s,;:.!?]/.test(text[n + 1] as string)))
    return n + 1;
  return null;
}

/** At terminal punctuation at i. Returns where to go on. */
function atTerminal(scan: Scan, i: number): number {
  const { text, to } = scan;
  let end = i;
  while (end < to && TERMINALS.has(text[end] as string)) end++;
  const singleDot = end === i + 1 && text[i] === '.';
  while (end < to && CLOSERS.has(text[end] as string)) end++;
  if (end >= to) {
    endSentence(scan, end, end);
    return end;
  }
  if (!isSpaceCode(text.charCodeAt(end))) return end; // "13.6", "U.S.", "régions.»,"
  const quoteEnd = detachedQuoteEnd(text, end, to);
  if (quoteEnd !== null) {
    end = quoteEnd;
    if (end < to && !isSpaceCode(text.charCodeAt(end))) return end; // "», a déclaré"
  }
  const next = skipSpaces(text, end, to);
  if (next >= to) return end;
  const ends = singleDot
    ? dotEndsSentence(text, i, next, scan.lineStart, scan.rules.abbreviations)
    : startsSentence(text, next);
  if (ends) endSentence(scan, end, end);
  return end;
}

/**
 * Sentence spans in text[from, to). Spans are trimmed, hold at least one letter or digit,
 * and are at most MAX_SENTENCE_CHARS long.
 */
export function segment(
  text: string,
  from: number,
  to: number,
  rules: SegmentRules,
  mode: 'body' | 'peripheral' = 'body',
): Span[] {
  const scan: Scan = {
    text,
    to,
    rules,
    peripheral: mode === 'peripheral',
    spans: [],
    sentenceStart: from,
    lineStart: from,
  };
  let i = from;
  while (i < to) {
    if (text.charCodeAt(i) === 10) i = atLineBreak(scan, i);
    else if (TERMINALS.has(text[i] as string)) i = atTerminal(scan, i);
    else i++;
  }
  pushSpans(text, scan.sentenceStart, to, scan.spans);
  return scan.spans;
}
