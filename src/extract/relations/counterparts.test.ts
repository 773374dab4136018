import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byList = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('counterpartList:'))
    .map((line) => line.slice('counterpartList: '.length));

describe('counterpartList', () => {
  const customers: [string, string][] = [
    [
      'en',
      'Orvalis Networks Ltd won contracts from customers such as Tremon Cloud Inc, Kelvar Energy Ltd and Borealis Mining Ltd.',
    ],
    ['fr', 'Orvalis SA compte des clients tels que Tremon Systèmes SAS et Kelvar Énergie SAS.'],
    ['de', 'Nordwind AG beliefert Kunden wie Tremon Systeme GmbH und Kelvar Energie GmbH.'],
    ['es', 'Grupo Solara SA atiende a clientes como Tremon Sistemas SA y Kelvar Energía SA.'],
    ['pt', 'A Grupo Solara SA atende clientes como a Tremon Sistemas SA e a Kelvar Energia SA.'],
    ['it', 'Solara Energia SpA serve clienti come Tremon Sistemi SpA e Kelvar Energia SpA.'],
  ];
  it.each(customers)('%s: the company supplies each listed customer', (language, text) => {
    const found = byList(text, language);
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const line of found)
      expect(line).toMatch(
        /^supply (orvalis|nordwind|grupo-solara|solara)[a-z-]* -> (tremon|kelvar|borealis)-/,
      );
  });

  it("reads the possessor's customers and suppliers", () => {
    expect(
      byList(
        "Orvalis Networks Ltd's customers include Tremon Cloud Inc and Kelvar Energy Ltd.",
        'en',
      ),
    ).toEqual([
      'supply orvalis-networks -> tremon-cloud',
      'supply orvalis-networks -> kelvar-energy',
    ]);
    expect(
      byList('Orvalis Networks Ltd buys from suppliers such as Tremon Cloud Inc.', 'en'),
    ).toEqual(['supply tremon-cloud -> orvalis-networks']);
  });

  it('links no list without a company it belongs to', () => {
    expect(
      byList('Customers such as Tremon Cloud Inc and Kelvar Energy Ltd complained.', 'en'),
    ).toEqual([]);
  });

  it('links no single name that is not introduced as an example', () => {
    expect(byList('Orvalis Networks Ltd told customers Tremon Cloud Inc would pay.', 'en')).toEqual(
      [],
    );
  });
});
