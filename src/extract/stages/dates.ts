/**
 * Stage `dates`: years for every relation, and the document's publication date.
 *
 * A relation's years are the years written in its evidence sentence; only when the
 * sentence gives none does the publication date stand in, marked `yearSource: "document"`.
 * The publication date comes from metadata, else from the first full date near the top.
 */
import { headerDate, yearsIn } from '../text/dates.js';
import type { DatedDocument, DatedRelation, RelatedDocument } from '../types.js';

export function attachDates(doc: RelatedDocument): DatedDocument {
  const date = doc.date ?? headerDate(doc.text, doc.language);
  const documentYear = date ? Number(date.slice(0, 4)) : null;
  const sentenceYears = doc.sentences.map((s) => yearsIn(s.text, doc.language));
  const relations: DatedRelation[] = doc.relations.map((relation) => {
    const years = sentenceYears[relation.sentence] ?? [];
    if (years.length) return { ...relation, years, yearSource: 'text' };
    if (documentYear !== null)
      return { ...relation, years: [documentYear], yearSource: 'document' };
    return { ...relation, years: [] };
  });
  const bodyYears = new Set<number>();
  doc.sentences.forEach((s, i) => {
    if (!s.peripheral) for (const year of sentenceYears[i] ?? []) bodyYears.add(year);
  });
  return { ...doc, date, relations, years: [...bodyYears].sort((a, b) => a - b) };
}
