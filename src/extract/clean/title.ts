/**
 * A page's title when its source gives none: the headline among the lines above the body,
 * else the first sentence of the body cut at a word. Menu words, bylines, dates, photo
 * captions and credits are never a title (the file name stays the last resort).
 */
import { calendarWords } from '../text/calendar.js';
import { hasWordChar, TERMINAL_END, type LogicalLine } from './lines.js';

/** Titles longer than this are cut at a word and end with an ellipsis. */
export const MAX_TITLE_CHARS = 120;
/**
 * A headline has at least this many words, or one fewer with a word in lower case (a verb:
 * "Acme buys Tremon"); fewer, or as many capitalised, is a menu entry, byline or section.
 */
const MIN_HEADLINE_WORDS = 4;
/** A sentence of fewer words ("Lakeview/Borgo.") is a dateline, not the first sentence. */
const MIN_SENTENCE_WORDS = 4;
/** Lines longer than this are paragraphs, not headlines. */
const MAX_HEADLINE_CHARS = 200;
/** Longer paragraphs are text, not a caption. */
const MAX_CAPTION_CHARS = 400;
/** The first sentence is looked for in this much of a paragraph. */
const SENTENCE_SEARCH_CHARS = 2000;
/** A body line: this many words and a final full stop. */
const PROSE_WORDS = 12;

const wordsOf = (text: string) => text.split(/\s+/u).filter((word) => word.length > 0);

/** Is the text a photo caption or credit (data/boilerplate.csv kind caption)? */
export function isCaption(text: string, captions: readonly RegExp[]): boolean {
  if (text.length > MAX_CAPTION_CHARS) return false;
  const flat = text.replace(/\s+/gu, ' ').trim();
  return captions.some((pattern) => pattern.test(flat));
}

/** "2020 December 21 12:05", "Thursday, 8 April": only numbers and calendar words. */
function isDateLine(text: string): boolean {
  const calendar = calendarWords();
  const rest = wordsOf(text.toLowerCase().replace(/[^\p{L}\s]+/gu, ' ')).filter(
    (word) => !calendar.has(word) && !calendar.has(`${word}.`) && word.length > 3,
  );
  return rest.length === 0;
}

/** Does the line read like a headline: a few words that name something, no sentence? */
export function isHeadline(text: string): boolean {
  if (text.length > MAX_HEADLINE_CHARS) return false;
  const words = wordsOf(text);
  const lowerCaseWord = words.some((word) => /^\p{Ll}/u.test(word));
  if (words.length < MIN_HEADLINE_WORDS - (lowerCaseWord ? 1 : 0)) return false;
  if (text.startsWith('(') || /[,;:]$/u.test(text) || isDateLine(text)) return false;
  // It names something: a capitalised word after the first, or a number.
  return words.slice(1).some((word) => /^[^\p{L}\p{N}]*(?:\p{Lu}|\p{N})/u.test(word));
}

const isProse = (line: LogicalLine) => line.words >= PROSE_WORDS && TERMINAL_END.test(line.flat);

/**
 * The first line above the body that reads like a headline; null when the body starts
 * first. `furniture` says which lines the clean stage drops (menus, share buttons).
 */
export function headlineOf(
  lines: readonly LogicalLine[],
  furniture: (line: LogicalLine, index: number) => boolean,
  captions: readonly RegExp[],
): string | null {
  for (const [index, line] of lines.entries()) {
    if (!hasWordChar(line.flat) || furniture(line, index) || isCaption(line.flat, captions))
      continue;
    if (isProse(line)) return null;
    if (line.flat.length > MAX_HEADLINE_CHARS) continue;
    const flat = line.flat
      .replace(/^#{1,6}\s+/u, '')
      .replace(/\s+/gu, ' ')
      .trim();
    if (isHeadline(flat)) return flat;
  }
  return null;
}

/**
 * "SANTIAGO, March 28 ", "BENGALURU (Newswire) - ", "AGENCY - ": a dateline before the
 * first sentence. A name in capitals alone ("ACME signs") is not one: a date, an agency in
 * parentheses or a dash must follow it.
 */
const DATELINE =
  /^\p{Lu}{2,}(?:[ ,/.'-]+\p{Lu}{2,}){0,4}(?:(?:,?\s+\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)|(?:\s*\([^()]{1,30}\)))?\s*[-–—]?\s+(?=\p{Lu})/u;

function withoutDateline(sentence: string): string {
  const dateline = DATELINE.exec(sentence);
  if (!dateline) return sentence;
  const marked = /[-–—(\d]/u.test(dateline[0]);
  return marked ? sentence.slice(dateline[0].length) : sentence;
}

/** Cuts a title at a word before MAX_TITLE_CHARS, with an ellipsis. */
export function cutAtWord(text: string, max = MAX_TITLE_CHARS): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max).replace(/\s+\S*$/u, '');
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * The first sentence of the body with at least MIN_SENTENCE_WORDS words, cut at a word;
 * captions and datelines are skipped. `sentences` splits a paragraph into sentences.
 */
export function firstSentenceOf(
  paragraphs: readonly string[],
  sentences: (paragraph: string) => string[],
  captions: readonly RegExp[],
): string | null {
  for (const paragraph of paragraphs) {
    if (isCaption(paragraph, captions)) continue;
    for (const sentence of sentences(paragraph.slice(0, SENTENCE_SEARCH_CHARS))) {
      const flat = sentence
        .replace(/\s+/gu, ' ')
        .replace(/ ([,;:])/gu, '$1')
        .trim();
      // "(Repeats to widen distribution)": a note to editors in parentheses.
      if (/^\(.*\)[.]?$/u.test(flat)) continue;
      const text = withoutDateline(flat);
      if (wordsOf(text).length >= MIN_SENTENCE_WORDS && /\p{L}/u.test(text)) return cutAtWord(text);
    }
  }
  return null;
}
