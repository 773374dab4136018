import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../knowledge/data-dir.js';
import { loadKnowledge } from '../knowledge/index.js';
import type { RelatedDocument } from '../types.js';
import { attachDates } from './dates.js';

const knowledge = loadKnowledge(DEFAULT_DATA_DIR);

/** One sentence with one relation in it, published on `date`. */
function document(sentence: string, date: string | null): RelatedDocument {
  return {
    id: 'doc',
    file: 'doc.txt',
    title: 'Title',
    date,
    text: sentence,
    zones: [{ kind: 'body', start: 0, end: sentence.length }],
    language: 'en',
    sentences: [{ text: sentence, start: 0, end: sentence.length }],
    relations: [
      {
        type: 'supply',
        source: 'org:acme',
        target: 'org:beta',
        sentence: 0,
        regions: [],
        cue: 'supply',
        confidence: 0.9,
      },
    ],
  } as unknown as RelatedDocument;
}

const yearsOf = (sentence: string, date: string | null) =>
  attachDates(document(sentence, date), knowledge).relations[0];

describe('attachDates: the year a relation was made', () => {
  it('takes the year the sentence names', () => {
    expect(yearsOf('In 2019 Acme agreed to supply Beta.', '2024-03-01')).toMatchObject({
      years: [2019],
      yearSource: 'text',
    });
  });

  it('gives a term year no say: the publication year stands in', () => {
    expect(yearsOf('Acme will supply Beta for ten years from 2029.', '2024-03-01')).toMatchObject({
      years: [2024],
      yearSource: 'document',
    });
  });

  it('reads "last year" as the year before the publication', () => {
    expect(yearsOf('Acme had last year agreed to supply Beta.', '2021-06-29')).toMatchObject({
      years: [2020],
    });
  });

  it('without knowledge, counts every written year', () => {
    const doc = document('Acme will supply Beta for ten years from 2029.', '2024-03-01');
    expect(attachDates(doc).relations[0]?.years).toEqual([2029]);
  });
});
