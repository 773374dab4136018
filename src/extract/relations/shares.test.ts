import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byShares = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('shareList:'))
    .map((line) => line.slice('shareList: '.length))
    .sort();

describe('shareList', () => {
  const cases: [string, string][] = [
    ['en', 'The field is run by Tremon Oil Ltd (operator Acme Corp 40%, Borealis Mining Ltd 60%).'],
    ['fr', 'Le gisement appartient à Tremon Pétrole SA (Acme SA 40 %, Borealis Mines SA 60 %).'],
    ['de', 'Das Feld gehört der Tremon Öl GmbH (Acme GmbH 40 Prozent, Nordwind AG 60 Prozent).'],
    ['es', 'El yacimiento es de Tremon Petróleo SA (Acme SA 40%, Grupo Solara SA 60%).'],
    ['pt', 'O campo pertence à Tremon Petróleo SA (Acme SA 40%, Borealis Mineração SA 60%).'],
    ['it', 'Il giacimento è di Tremon Petroli SpA (Acme SpA 40%, Borealis Minerali SpA 60%).'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    const found = byShares(text, language);
    expect(found).toHaveLength(3);
    expect(found.every((line) => line.startsWith('joint_venture '))).toBe(true);
    expect(found.filter((line) => line.includes('tremon'))).toHaveLength(2);
  });

  it('needs a share after every name in the parentheses', () => {
    expect(
      byShares('The field is run by Tremon Oil Ltd (Acme Corp 40%, Borealis Mining Ltd).', 'en'),
    ).toEqual([]);
  });

  it('needs two owners', () => {
    expect(byShares('The field is run by Tremon Oil Ltd (Acme Corp 40%).', 'en')).toEqual([]);
  });

  it('needs a company before the parentheses', () => {
    expect(
      byShares('The market shares (Acme Corp 30%, Borealis Mining Ltd 20%) barely moved.', 'en'),
    ).toEqual([]);
  });
});
