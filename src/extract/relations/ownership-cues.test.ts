import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

/** Ownership cues of data/relation-cues.csv, with the article joined to the preposition. */
describe('ownership cues', () => {
  const cases: [string, string, string][] = [
    ['en', 'Tremon Cloud Inc is majority-owned by Orvalis Networks Ltd.', 'subsidiary'],
    [
      'en',
      'Tremon Cloud Inc, which is wholly owned by Orvalis Networks Ltd, opened a plant.',
      'subsidiary',
    ],
    ['fr', 'Tremon Systèmes SAS, filiale du groupe Orvalis SA, ouvre une usine.', 'subsidiary'],
    ['fr', 'Tremon Systèmes SAS est contrôlée par Orvalis SA depuis 2019.', 'subsidiary'],
    ['de', 'Die Tremon Systeme GmbH ist eine Tochterfirma der Nordwind AG.', 'subsidiary'],
    ['es', 'Tremon Sistemas SA, filial del Grupo Solara, abrió una planta.', 'subsidiary'],
    ['es', 'Tremon Sistemas SA es una subsidiaria de Grupo Solara.', 'subsidiary'],
    [
      'pt',
      'A Tremon Sistemas SA, subsidiária da Borealis Mineração SA, abriu uma fábrica.',
      'subsidiary',
    ],
    ['pt', 'A Tremon Sistemas SA foi adquirida pela Borealis Mineração SA em 2020.', 'acquisition'],
    [
      'it',
      'Tremon Sistemi SpA, controllata della Borealis Minerali SpA, apre uno stabilimento.',
      'subsidiary',
    ],
    ['it', 'Tremon Sistemi SpA è stata acquisita dalla Borealis Minerali SpA.', 'acquisition'],
  ];

  it.each(cases)('%s: %s', (language, sentence, type) => {
    const found = traced(sentence, language);
    expect(
      found.some((line) => line.includes(`${type} `) && /tremon/.test(line.split('->')[0] ?? '')),
    ).toBe(type === 'subsidiary');
    expect(found.filter((line) => line.includes(`${type} `))).toHaveLength(1);
  });

  it('links no parent that is not named', () => {
    expect(traced('Tremon Cloud Inc is majority-owned by the group.')).toEqual([]);
    expect(traced('Tremon Sistemas SA, filial del grupo, abrió una planta.', 'es')).toEqual([]);
  });

  it('links no rivals', () => {
    expect(traced('Tremon Cloud Inc and Orvalis Networks Ltd are rivals.')).toEqual([]);
  });
});
