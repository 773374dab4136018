import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byHolding = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('percentHolding:'))
    .map((line) => line.slice('percentHolding: '.length));

describe('percentHolding', () => {
  const cases: [string, string][] = [
    ['en', 'Borealis Mining Ltd holds 40% of Tremon Cloud Inc.'],
    ['en', 'Borealis Mining Ltd owns 40 per cent of Tremon Cloud Inc.'],
    ['fr', 'Borealis Mines SA détient 40 % de Tremon Systèmes SAS.'],
    ['de', 'Die Borealis Bergbau GmbH hält 40 Prozent an der Tremon Systeme GmbH.'],
    ['es', 'Borealis Minería SA posee el 40 % de Tremon Sistemas SA.'],
    ['pt', 'A Borealis Mineração SA detém 40% da Tremon Sistemas SA.'],
    ['it', 'Borealis Minerali SpA detiene il 40% di Tremon Sistemi SpA.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(byHolding(text, language)).toEqual([
      expect.stringMatching(/^investment borealis-[a-z-]+ -> tremon-[a-z-]+$/),
    ]);
  });

  const ofCapital: [string, string][] = [
    ['en', 'Borealis Mining Ltd holds 40% of the share capital of Tremon Cloud Inc.'],
    ['fr', 'Borealis Mines SA détient 40 % du capital de Tremon Systèmes SAS.'],
    ['es', 'Borealis Minería SA tenía el 59 % de las acciones de Tremon Sistemas SA.'],
    ['es', 'Borealis Minería SA tiene el 40 % del capital social de Tremon Sistemas SA.'],
    ['pt', 'A Borealis Mineração SA tem 15% do capital da Tremon Sistemas SA.'],
    ['it', 'Borealis Minerali SpA deteneva il 30% del capitale di Tremon Sistemi SpA.'],
  ];
  it.each(ofCapital)('a share of the capital, %s: %s', (language, text) => {
    expect(byHolding(text, language)).toEqual([
      expect.stringMatching(/^investment borealis-[a-z-]+ -> tremon-[a-z-]+$/),
    ]);
  });

  it('needs the capital or shares of the company, not another noun', () => {
    expect(
      byHolding(
        'Borealis Minería SA tiene un 40 % de cuota de mercado de Tremon Sistemas SA.',
        'es',
      ),
    ).toEqual([]);
    expect(
      byHolding('A Borealis Mineração SA tem 15% do mercado da Tremon Sistemas SA.', 'pt'),
    ).toEqual([]);
  });

  it('needs a share of the company, not a number of something else', () => {
    expect(byHolding('Borealis Mining Ltd holds 40 meetings with Tremon Cloud Inc.', 'en')).toEqual(
      [],
    );
    expect(
      byHolding(
        'Borealis Mining Ltd holds talks on 40% of the market with Tremon Cloud Inc.',
        'en',
      ),
    ).toEqual([]);
  });

  it('needs a holder before the verb', () => {
    expect(byHolding('The state holds 40% of Tremon Cloud Inc.', 'en')).toEqual([]);
  });
});
