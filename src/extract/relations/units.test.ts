import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const by = (pattern: string, text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith(`${pattern}:`))
    .map((line) => line.slice(pattern.length + 2));

describe('unitList', () => {
  // German is left out: the entity stage reads "Töchter Tremon GmbH" as one name today.
  const cases: [string, string][] = [
    [
      'en',
      'Orvalis Networks Ltd sold its subsidiaries Tremon Cloud Inc and Kelvar Energy Ltd last year.',
    ],
    [
      'en',
      "Orvalis Networks Ltd's units Tremon Cloud Inc, Kelvar Energy Ltd and Borealis Mining Ltd grew.",
    ],
    ['fr', 'Orvalis SA renforce ses filiales Tremon Systèmes SAS et Kelvar Énergie SAS.'],
    ['es', 'Grupo Solara SA vende sus filiales Tremon Sistemas SA y Kelvar Energía SA.'],
    ['pt', 'A Grupo Solara SA vende as suas subsidiárias Tremon Sistemas SA e Kelvar Energia SA.'],
    ['it', 'Solara Energia SpA vende le sue controllate Tremon Sistemi SpA e Kelvar Energia SpA.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    const found = by('unitList', text, language);
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const line of found)
      expect(line).toMatch(
        /^subsidiary (tremon|kelvar|borealis)-[a-z-]+ -> (orvalis|nordwind|grupo-solara|solara)/,
      );
  });

  it('links no list without a parent', () => {
    expect(
      by('unitList', 'The subsidiaries Tremon Cloud Inc and Kelvar Energy Ltd grew.', 'en'),
    ).toEqual([]);
  });

  it('does not link listed parties that are not after a unit noun', () => {
    expect(
      by(
        'unitList',
        'Orvalis Networks Ltd and its partners Tremon Cloud Inc and Kelvar Energy Ltd grew.',
        'en',
      ),
    ).toEqual([]);
  });
});

describe('appositiveUnit', () => {
  it('links the name before "another Acme subsidiary" to Acme', () => {
    expect(
      by(
        'appositiveUnit',
        'Tremon Cloud Inc, another Orvalis Networks Ltd subsidiary, opened a plant.',
        'en',
      ),
    ).toEqual(['subsidiary tremon-cloud -> orvalis-networks']);
    expect(
      by('appositiveUnit', 'Tremon Cloud Inc, an Orvalis Networks Ltd unit, grew.', 'en'),
    ).toEqual(['subsidiary tremon-cloud -> orvalis-networks']);
  });

  it('needs the comma of an apposition', () => {
    expect(
      by(
        'appositiveUnit',
        'Tremon Cloud Inc bought another Orvalis Networks Ltd subsidiary.',
        'en',
      ),
    ).toEqual([]);
  });
});
