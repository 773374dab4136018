/**
 * Stage `dates`: years for every relation, and the document's publication date.
 *
 * A relation's years are the years written in its evidence sentence, except those that
 * only bound the deal's term ("until 2033", text/term-years.ts). When none is left, "last
 * year" gives the year before the publication date, and otherwise the publication date
 * stands in, marked `yearSource: "document"`. The publication date comes from metadata,
 * else from the first full date near the top.
 */
import type { Knowledge } from '../knowledge/index.js';
import { headerDate, yearsIn } from '../text/dates.js';
import { saysPreviousYear, termYears, yearWords } from '../text/term-years.js';
import type { DatedDocument, DatedRelation, RelatedDocument } from '../types.js';

/** The years a sentence says its relations were made in, and where they came from. */
function relationYears(
  text: string,
  written: readonly number[],
  documentYear: number | null,
  words: ReturnType<typeof yearWords> | undefined,
): Pick<DatedRelation, 'years' | 'yearSource'> {
  const terms = words && written.length ? termYears(text, words) : new Set<number>();
  const made = written.filter((year) => !terms.has(year));
  if (made.length) return { years: made, yearSource: 'text' };
  if (documentYear === null) return { years: [] };
  if (words && saysPreviousYear(text, words))
    return { years: [documentYear - 1], yearSource: 'text' };
  return { years: [documentYear], yearSource: 'document' };
}

/** Without `knowledge`, every written year counts and no relative year is read. */
export function attachDates(doc: RelatedDocument, knowledge?: Knowledge): DatedDocument {
  const date = doc.date ?? headerDate(doc.text, doc.language);
  const documentYear = date ? Number(date.slice(0, 4)) : null;
  const words = knowledge && yearWords(knowledge, doc.language);
  const sentenceYears = doc.sentences.map((s) => yearsIn(s.text, doc.language));
  const relations: DatedRelation[] = doc.relations.map((relation) => ({
    ...relation,
    ...relationYears(
      doc.sentences[relation.sentence]?.text ?? '',
      sentenceYears[relation.sentence] ?? [],
      documentYear,
      words,
    ),
  }));
  const bodyYears = new Set<number>();
  doc.sentences.forEach((s, i) => {
    if (!s.peripheral) for (const year of sentenceYears[i] ?? []) bodyYears.add(year);
  });
  return { ...doc, date, relations, years: [...bodyYears].sort((a, b) => a - b) };
}
