import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const bySale = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('saleToBuyer:'))
    .map((line) => line.slice('saleToBuyer: '.length));

const SOLD = [
  /^acquisition borealis-[a-z-]+ -> tremon-/,
  /^subsidiary tremon-[a-z-]+ -> (orvalis|nordwind|grupo-solara|solara)/,
  /^acquisition borealis-[a-z-]+ -> (orvalis|nordwind|grupo-solara|solara)/,
];

describe('saleToBuyer', () => {
  const cases: [string, string][] = [
    ['en', 'Orvalis Networks Ltd sold Tremon Cloud Inc to Borealis Mining Ltd.'],
    [
      'en',
      'Orvalis Networks Ltd would sell its regional unit Tremon Cloud Inc to the Canadian miner Borealis Mining Ltd.',
    ],
    ['fr', 'Tremon Systèmes SAS est vendue par le groupe Orvalis SA à Borealis Mines SA.'],
    ['fr', 'Orvalis SA cède Tremon Systèmes SAS à Borealis Mines SA.'],
    ['de', 'Nordwind AG verkauft Tremon Systeme GmbH an Borealis Bergbau GmbH.'],
    ['es', 'Grupo Solara SA vende Tremon Sistemas SA a Borealis Minería SA.'],
    ['pt', 'A Grupo Solara SA vendeu a Tremon Sistemas SA para a Borealis Mineração SA.'],
    ['it', 'Solara Energia SpA cede Tremon Sistemi SpA a Borealis Minerali SpA.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    const found = bySale(text, language);
    expect(found).toHaveLength(3);
    SOLD.forEach((pattern, i) => expect(found[i]).toMatch(pattern));
  });

  it('reads a sold stake as investments', () => {
    expect(
      bySale(
        'Orvalis Networks Ltd agreed to sell its stake in Tremon Cloud Inc to Borealis Mining Ltd.',
        'en',
      ),
    ).toEqual([
      'investment borealis-mining -> tremon-cloud',
      'investment orvalis-networks -> tremon-cloud',
    ]);
  });

  const controlling: [string, string][] = [
    [
      'en',
      'Orvalis Networks Ltd sold its majority stake in Tremon Cloud Inc to Borealis Mining Ltd.',
    ],
    ['en', 'Orvalis Networks Ltd sold its 60% stake in Tremon Cloud Inc to Borealis Mining Ltd.'],
    [
      'fr',
      'Orvalis SA cède sa participation majoritaire dans Tremon Systèmes SAS à Borealis Mines SA.',
    ],
    [
      'de',
      'Nordwind AG verkauft ihre Mehrheitsbeteiligung an Tremon Systeme GmbH an Borealis Bergbau GmbH.',
    ],
    [
      'es',
      'Grupo Solara SA vende su participación mayoritaria en Tremon Sistemas SA a Borealis Minería SA.',
    ],
    [
      'pt',
      'A Grupo Solara SA vendeu a sua participação majoritária na Tremon Sistemas SA para a Borealis Mineração SA.',
    ],
    [
      'it',
      'Solara Energia SpA cede la sua quota di maggioranza in Tremon Sistemi SpA a Borealis Minerali SpA.',
    ],
  ];
  it.each(controlling)(
    "reads a sold controlling stake as the buyer's acquisition (%s): %s",
    (language, text) => {
      const found = bySale(text, language);
      expect(found).toHaveLength(2);
      expect(found[0]).toMatch(/^acquisition borealis-[a-z-]+ -> tremon-/);
      expect(found[1]).toMatch(
        /^investment (orvalis|nordwind|grupo-solara|solara)[a-z-]* -> tremon-/,
      );
    },
  );

  it('reads a sold minority stake as investments, and the seller as no company bought', () => {
    const found = bySale(
      'Orvalis Networks Ltd sold its 40% stake in Tremon Cloud Inc to Borealis Mining Ltd.',
      'en',
    );
    expect(found).toEqual([
      'investment borealis-mining -> tremon-cloud',
      'investment orvalis-networks -> tremon-cloud',
    ]);
  });

  it('reads every company of a sold list', () => {
    expect(
      bySale(
        'Orvalis Networks Ltd sold Tremon Cloud Inc and Kelvar Energy Ltd to Borealis Mining Ltd.',
        'en',
      ),
    ).toHaveLength(5);
  });

  it('reads the buyer of a sold company when the seller is no name', () => {
    expect(
      bySale('The retailer would sell its unit Tremon Cloud Inc to Borealis Mining Ltd.', 'en'),
    ).toEqual(['acquisition borealis-mining -> tremon-cloud']);
  });

  it('links nothing without a buyer', () => {
    expect(bySale('Orvalis Networks Ltd sold Tremon Cloud Inc last year.', 'en')).toEqual([]);
    expect(
      bySale('Orvalis Networks Ltd sells Tremon Cloud Inc products to farmers in Kenya.', 'en'),
    ).toEqual([]);
  });

  it('does not read a passive as an active sale', () => {
    expect(bySale('Tremon Cloud Inc was sold by Orvalis Networks Ltd last year.', 'en')).toEqual(
      [],
    );
  });

  it('reads no sold company past a comma, where the clause has moved on', () => {
    expect(
      bySale(
        'Orvalis Networks Ltd wants to sell its unit, preferring Tremon Cloud Inc to Borealis Mining Ltd.',
        'en',
      ),
    ).toEqual([]);
    expect(
      bySale(
        'Solara Energia SpA vuole vendere la sua controllata, preferendo Tremon Sistemi SpA alla Borealis Minerali SpA.',
        'it',
      ),
    ).toEqual([]);
  });

  it('does not take the buyer of a product for a sold company', () => {
    expect(bySale('Orvalis Networks Ltd sells turbines to Borealis Mining Ltd.', 'en')).toEqual([]);
    expect(
      bySale('Orvalis Networks Ltd sells Tremon Cloud Inc servers to Borealis Mining Ltd.', 'en'),
    ).toEqual([]);
  });
});

describe('a sale named by its noun', () => {
  it.each([
    ['en', 'The sale of Tremon Cloud Inc to Borealis Mining Ltd closed in March.'],
    ['fr', 'La cession de Tremon Systèmes SAS à Borealis Mines SA a été finalisée en mars.'],
    ['de', 'Der Verkauf der Tremon Systeme GmbH an die Borealis Bergbau AG ist abgeschlossen.'],
    ['es', 'La venta de Tremon Sistemas SA a Borealis Minería SA se cerró en marzo.'],
    ['pt', 'A venda da Tremon Sistemas SA à Borealis Mineração SA foi concluída em março.'],
    ['it', 'La cessione di Tremon Sistemi SpA a Borealis Miniere SpA è stata completata a marzo.'],
  ])('%s: %s makes the buyer acquire the company', (language, text) => {
    expect(bySale(text, language)).toEqual([
      expect.stringMatching(/^acquisition borealis-[a-z-]+ -> tremon-[a-z-]+$/u),
    ]);
  });

  it('needs the buyer named after the company sold', () => {
    expect(
      bySale('The sale of Tremon Cloud Inc was announced by Borealis Mining Ltd.', 'en'),
    ).toEqual([]);
    expect(bySale('The sale of its stake to Borealis Mining Ltd closed.', 'en')).toEqual([]);
  });
});
