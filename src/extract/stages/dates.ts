/**
 * Stage `dates`: years for every relation, and the document's publication date.
 *
 * A relation's years are the years written in its evidence sentence (chrono-node
 * reads full dates in the document's language; bare four-digit years are read too).
 * Only when the sentence gives none does the publication date stand in, marked
 * `yearSource: "document"`. The publication date comes from metadata, else from the
 * first full date near the top of the article ("Lagos, May 3, 2021 —").
 */
import type { Chrono } from 'chrono-node';
import { chrono } from '../vendor.js';
import type { DatedDocument, DatedRelation, RelatedDocument } from '../types.js';

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
 * A year this module keeps is written out in digits (years from chrono must appear in the
 * matched text, and lie in MIN_YEAR..MAX_YEAR), so text without one of these has none.
 * Speed: 94% of sentences have none, and skipping chrono for them took the dates stage
 * from 0.74 to 0.1 s per 1,000 generated documents.
 */
const MAY_HOLD_YEAR = /19\d\d|20\d\d|2100/;

function parser(language: string): Chrono {
  return PARSERS[language] ?? chrono.casual;
}

/** Years written in a piece of text. */
export function yearsIn(text: string, language: string): number[] {
  if (!MAY_HOLD_YEAR.test(text)) return [];
  const years = new Set<number>();
  for (const m of text.matchAll(BARE_YEAR)) years.add(Number(m[1]));
  // chrono catches years inside full dates the regex may have skipped ("Nov. 28, 2025").
  for (const r of parser(language).parse(text)) {
    // Only years written out: "hoy", "last March" resolve against today, which says nothing.
    const year = r.start.get('year');
    if (year && r.start.isCertain('month') && r.text.includes(String(year))) years.add(year);
  }
  return [...years].filter((y) => y >= MIN_YEAR && y <= MAX_YEAR).sort((a, b) => a - b);
}

/** The first full date near the top of the text, as YYYY-MM-DD or YYYY-MM. */
export function headerDate(text: string, language: string): string | null {
  const head = text.slice(0, HEADER_CHARS);
  if (!MAY_HOLD_YEAR.test(head)) return null;
  for (const r of [
    ...parser(language).parse(head),
    ...(language === 'en' ? [] : chrono.casual.parse(head)),
  ]) {
    const y = r.start.get('year');
    if (!y || !r.start.isCertain('month') || !r.text.includes(String(y))) continue;
    const m = r.start.get('month');
    if (!y || !m || y < MIN_YEAR || y > MAX_YEAR) continue;
    const mm = String(m).padStart(2, '0');
    const d = r.start.isCertain('day') ? r.start.get('day') : null;
    return d ? `${y}-${mm}-${String(d).padStart(2, '0')}` : `${y}-${mm}`;
  }
  return null;
}

export function attachDates(doc: RelatedDocument): DatedDocument {
  const date = doc.date ?? headerDate(doc.text, doc.language);
  const docYear = date ? Number(date.slice(0, 4)) : null;
  const sentenceYears = doc.sentences.map((s) => yearsIn(s.text, doc.language));
  const relations: DatedRelation[] = doc.relations.map((r) => {
    const years = sentenceYears[r.sentence] ?? [];
    if (years.length) return { ...r, years, yearSource: 'text' };
    if (docYear !== null) return { ...r, years: [docYear], yearSource: 'document' };
    return { ...r, years: [] };
  });
  const bodyYears = new Set<number>();
  doc.sentences.forEach((s, i) => {
    if (!s.peripheral) for (const y of sentenceYears[i] ?? []) bodyYears.add(y);
  });
  return { ...doc, date, relations, years: [...bodyYears].sort((a, b) => a - b) };
}

/**
 * startsDate's answers by language and text. Speed: the entity stage asks about the same
 * short texts again and again (14 calls per document, 82% of them repeats at 1,000
 * documents); it is bounded so that a large corpus cannot grow it without limit.
 */
const startsDateMemo = new Map<string, boolean>();
const STARTS_DATE_MEMO_SIZE = 50_000;

/** Does the text begin with a date ("March 4, 2021", "Mai 2022")? */
export function startsDate(text: string, language: string): boolean {
  const key = `${language}\u0000${text}`;
  let answer = startsDateMemo.get(key);
  if (answer === undefined) {
    const r = parser(language).parse(text)[0];
    // A weekday alone ("on Monday") is a date too, never a name.
    answer =
      r !== undefined &&
      r.index === 0 &&
      (r.start.isCertain('month') || r.start.isCertain('weekday')) &&
      !/^\d/.test(r.text);
    if (startsDateMemo.size >= STARTS_DATE_MEMO_SIZE) startsDateMemo.clear();
    startsDateMemo.set(key, answer);
  }
  return answer;
}
