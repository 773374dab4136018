import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../knowledge/data-dir.js';
import { loadKnowledge } from '../knowledge/index.js';
import { loadTextKnowledge } from '../knowledge/text.js';
import { clean } from '../stages/clean.js';
import type { RawDocument } from '../types.js';

const TEXT_KNOWLEDGE = loadTextKnowledge(DEFAULT_DATA_DIR, loadKnowledge(DEFAULT_DATA_DIR));

function page(lines: string[], date: string | null = null): RawDocument {
  return { id: 'doc', file: 'doc.txt', format: 'txt', date, text: lines.join('\n') };
}

const BODY =
  'Acme Mining has signed a supply agreement with Borealis Steel for its plant near the coast.';

describe('dateline: a dated furniture line near the top gives the publication date', () => {
  it.each([
    ['en', 'Last Updated : Sep 29 2015 | 12:48 PM IST', '2015-09-29'],
    ['en', 'Published March 4, 2021', '2021-03-04'],
    ['fr', 'Publié le 3 mars 2021 à 10h15', '2021-03-03'],
    ['de', 'Veröffentlicht am 4. Mai 2019', '2019-05-04'],
    ['es', 'Publicado el 12 de junio de 2020', '2020-06-12'],
    ['pt', 'Publicado em 7 de abril de 2011', '2011-04-07'],
    ['it', 'Pubblicato il 15 marzo 2022', '2022-03-15'],
  ])('%s: "%s"', (_language, line, expected) => {
    const result = clean(
      page(['Acme and Borealis sign a deal', '', line, '', BODY]),
      TEXT_KNOWLEDGE,
    );
    expect(result.date).toBe(expected);
    expect(result.text).not.toContain(line);
  });

  it('a date the metadata gives wins', () => {
    const result = clean(
      page(['Title', '', 'Published March 4, 2021', '', BODY], '2021-03-05'),
      TEXT_KNOWLEDGE,
    );
    expect(result.date).toBe('2021-03-05');
  });

  it('a date in a body sentence is no dateline', () => {
    const text =
      'Acme Mining said on March 4, 2021 that it had signed a supply deal with Borealis Steel.';
    expect(clean(page(['Title', '', text]), TEXT_KNOWLEDGE).date).toBeNull();
  });

  it('a furniture line without a date gives none', () => {
    expect(
      clean(page(['Title', '', 'Published by staff', '', BODY]), TEXT_KNOWLEDGE).date,
    ).toBeNull();
  });
});
