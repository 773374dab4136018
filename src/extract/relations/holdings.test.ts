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
