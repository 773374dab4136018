import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byGroup = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('parenthesisedGroup:'))
    .map((line) => line.slice('parenthesisedGroup: '.length));

describe('parenthesisedGroup', () => {
  const cases: [string, string][] = [
    ['fr', 'Borealis France SAS (groupe Acme) ouvre une usine.'],
    ['de', 'Die Borealis GmbH (Konzern Acme AG) baut ein Werk.'],
    ['es', 'Borealis España SL (grupo Acme) abrió una planta.'],
    ['pt', 'A Borealis Brasil Ltda (grupo Acme) abriu uma fábrica.'],
    ['it', 'Borealis Italia Srl (gruppo Acme) apre uno stabilimento.'],
    ['it', 'La fabbrica è di Borealis Italia Srl (Gruppo Acme SpA).'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(byGroup(text, language)).toEqual([
      expect.stringMatching(/^subsidiary borealis[a-z-]* -> [a-z-]*acme$/),
    ]);
  });

  const negatives: [string, string][] = [
    // A name ending in "Group" may define a short form.
    ['en', 'Borealis Holdings Ltd (Acme Group) opened a plant.'],
    // No group noun: a short form, a ticker or a country.
    ['en', 'Borealis Ltd (Acme Corp) opened a plant.'],
    // More than the group in the parentheses.
    ['it', 'Borealis Italia Srl (gruppo Acme, 40%) apre uno stabilimento.'],
  ];
  it.each(negatives)('links nothing in %s: %s', (language, text) => {
    expect(byGroup(text, language)).toEqual([]);
  });
});
