import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const relations = (text: string, language: string) =>
  traced(text, language).map((line) => line.slice(line.indexOf(': ') + 2));

describe('mutualWithDescribed after an article', () => {
  const cases: [string, string][] = [
    ['en', 'Acme Corp signed an agreement with the mining group Borealis SA.'],
    ['fr', 'Acme SA a signé un accord avec le groupe allemand Borealis AG.'],
    ['de', 'Die Acme AG hat eine Kooperation mit der Energiefirma Borealis GmbH vereinbart.'],
    [
      'de',
      'Die Acme AG hat eine Vereinbarung mit dem saudi-arabischen Energieunternehmen Borealis GmbH geschlossen.',
    ],
    ['es', 'Acme SA firmó un acuerdo con el grupo alemán Borealis AG.'],
    ['pt', 'A Acme SA assinou um acordo com o grupo alemão Borealis AG.'],
    ['it', 'Acme SpA ha firmato un accordo con la francese Borealis SA.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(new Set(relations(text, language))).toEqual(new Set(['partnership acme -> borealis']));
  });

  const negatives: [string, string][] = [
    // A preposition in the description: the name is not the partner.
    ['en', 'Acme Corp signed an agreement with the help of Borealis SA.'],
    ['de', 'Die Acme AG hat eine Vereinbarung mit der Hilfe von der Borealis GmbH geschlossen.'],
    // A comma: the name begins another clause.
    ['en', 'Acme Corp signed an agreement with the government, Borealis SA said.'],
    // Too many words between: no noun phrase of one name.
    ['it', 'Acme SpA ha firmato un accordo con la regione per i nuovi impianti di Borealis SA.'],
  ];
  it.each(negatives)('links nothing in %s: %s', (language, text) => {
    expect(relations(text, language)).toEqual([]);
  });

  it('takes no description without an article that ends in no class noun', () => {
    const text = 'Acme SpA ha firmato un accordo con grande interesse Borealis SA.';
    expect(relations(text, 'it')).toEqual([]);
  });

  it('takes the name after a participle phrase, not the name inside it (de)', () => {
    const found = relations(
      'Die Acme AG gründete ein Joint Venture mit der mehrheitlich zur Nordwind AG gehörenden Borealis GmbH.',
      'de',
    );
    expect(found).toContain('joint_venture acme -> borealis');
    expect(found).not.toContain('joint_venture acme -> nordwind');
  });
});
