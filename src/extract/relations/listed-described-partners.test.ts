import { describe, expect, it } from 'vitest';
import { relate } from '../__fixtures__/helpers.js';

describe('listWith: partners described before their names', () => {
  it('links the subject with each listed partner', () => {
    const cases: [string, string][] = [
      [
        'en',
        'Acme Holdings signed partnerships with regional lenders Beta Bank and Gamma Finance.',
      ],
      ['fr', 'Acme SA a signé des partenariats avec les opérateurs Beta Bank et Gamma Finance.'],
      ['es', 'Acme SA firmó alianzas con los operadores Beta Bank y Gamma Finance.'],
      ['pt', 'A Acme SA assinou parcerias com as operadoras Beta Bank e Gamma Finance.'],
      ['it', 'Acme SpA ha firmato accordi con gli operatori Beta Bank e Gamma Finance.'],
    ];
    for (const [language, text] of cases)
      expect(relate(text, language).rel, language).toEqual([
        'partnership acme -> beta-bank',
        'partnership acme -> gamma-finance',
      ]);
  });

  it('links no one when a preposition stands between "with" and the names', () => {
    expect(
      relate('Acme Holdings signed agreements with the help of Beta Bank and Gamma Finance.').rel,
    ).toEqual([]);
  });
});
