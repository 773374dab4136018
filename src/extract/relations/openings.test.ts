import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byOpening = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('openingPossessiveUnit:'))
    .map((line) => line.slice('openingPossessiveUnit: '.length));

describe('openingPossessiveUnit', () => {
  // German is left out: the entity stage reads "Tochter Tremon GmbH" as one name today.
  const cases: [string, string][] = [
    [
      'en',
      'Orvalis Networks Ltd runs ports in Asia.\nIts subsidiary Tremon Cloud Inc runs the terminal.',
    ],
    ['fr', 'Orvalis SA exploite des ports.\nSa filiale Tremon Systèmes SAS gère le terminal.'],
    ['es', 'Grupo Solara SA explota puertos.\nSu filial Tremon Sistemas SA gestiona la terminal.'],
    [
      'pt',
      'A Borealis Mineração SA opera portos.\nSua subsidiária Tremon Sistemas SA gere o terminal.',
    ],
    [
      'it',
      'Borealis Minerali SpA gestisce porti.\nLa sua controllata Tremon Sistemi SpA gestisce il terminal.',
    ],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(byOpening(text, language)).toEqual([
      expect.stringMatching(/^subsidiary tremon-[a-z-]+ -> (orvalis|grupo-solara|solara|borealis)/),
    ]);
  });

  it('links nothing when the previous sentence names two organisations or none', () => {
    expect(
      byOpening(
        'Orvalis Networks Ltd and Kelvar Energy Ltd run ports.\nIts subsidiary Tremon Cloud Inc runs the terminal.',
        'en',
      ),
    ).toEqual([]);
    expect(byOpening('Its subsidiary Tremon Cloud Inc runs the terminal.', 'en')).toEqual([]);
  });
});
