/**
 * Dates written in text, read with chrono-node in the text's language: the years a
 * sentence names, the first full date near the top of an article, and whether a text
 * begins with a date.
 */
import type { Chrono } from 'chrono-node';
import { chrono } from '../vendor.js';

const PARSERS: Record<string, Chrono> = {
  en: chrono.casual,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  it: chrono.it.casual,
};

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** A bare year: not part of a longer number, a price or a phone number. */
const BARE_YEAR = /(?<![\d.,/$€£-])\b(19\d\d|20\d\d)\b(?![\d.,]\d|\s?%)/gu;
const HEADER_CHARS = 600;
/**
 * Every year kept here is written out in digits, so text without one of these has none.
 * Speed: most sentences have none, and chrono is the costly part.
 */
const MAY_HOLD_YEAR = /19\d\d|20\d\d|2100/;

function parser(language: string): Chrono {
  return PARSERS[language] ?? chrono.casual;
}

/** Years written in a piece of text. */
export function yearsIn(text: string, language: string): number[] {
  if (!MAY_HOLD_YEAR.test(text)) return [];
  const years = new Set<number>();
  for (const match of text.matchAll(BARE_YEAR)) years.add(Number(match[1]));
  // chrono catches years inside full dates the regex may have skipped ("Nov. 28, 2025").
  for (const result of parser(language).parse(text)) {
    // Only years written out: "hoy", "last March" resolve against today, which says nothing.
    const year = result.start.get('year');
    if (year && result.start.isCertain('month') && result.text.includes(String(year)))
      years.add(year);
  }
  return [...years].filter((y) => y >= MIN_YEAR && y <= MAX_YEAR).sort((a, b) => a - b);
}

/** The first full date near the top of the text, as YYYY-MM-DD or YYYY-MM. */
export function headerDate(text: string, language: string): string | null {
  const head = text.slice(0, HEADER_CHARS);
  if (!MAY_HOLD_YEAR.test(head)) return null;
  for (const result of [
    ...parser(language).parse(head),
    ...(language === 'en' ? [] : chrono.casual.parse(head)),
  ]) {
    const year = result.start.get('year');
    if (!year || !result.start.isCertain('month') || !result.text.includes(String(year))) continue;
    const month = result.start.get('month');
    if (!year || !month || year < MIN_YEAR || year > MAX_YEAR) continue;
    const mm = String(month).padStart(2, '0');
    const day = result.start.isCertain('day') ? result.start.get('day') : null;
    return day ? `${year}-${mm}-${String(day).padStart(2, '0')}` : `${year}-${mm}`;
  }
  return null;
}

/**
 * startsDate's answers by language and text. The entity stage asks about the same short
 * texts again and again; the memo is bounded so a large corpus cannot grow it without limit.
 */
const startsDateMemo = new Map<string, boolean>();
const STARTS_DATE_MEMO_SIZE = 50_000;

/** Does the text begin with a date ("March 4, 2021", "Mai 2022")? */
export function startsDate(text: string, language: string): boolean {
  const key = `${language}\u0000${text}`;
  let answer = startsDateMemo.get(key);
  if (answer === undefined) {
    const first = parser(language).parse(text)[0];
    // A weekday alone ("on Monday") is a date too, never a name.
    answer =
      first !== undefined &&
      first.index === 0 &&
      (first.start.isCertain('month') || first.start.isCertain('weekday')) &&
      !/^\d/.test(first.text);
    if (startsDateMemo.size >= STARTS_DATE_MEMO_SIZE) startsDateMemo.clear();
    startsDateMemo.set(key, answer);
  }
  return answer;
}
