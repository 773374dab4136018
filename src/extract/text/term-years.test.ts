import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../knowledge/data-dir.js';
import { loadKnowledge } from '../knowledge/index.js';
import { saysPreviousYear, termYears, yearWords } from './term-years.js';

const knowledge = loadKnowledge(DEFAULT_DATA_DIR);
const terms = (text: string, language: string) => [
  ...termYears(text, yearWords(knowledge, language)),
];

describe('termYears: years that bound a deal, not the year it was made', () => {
  const cases: [string, string, number[]][] = [
    ['en', 'Acme will supply Beta with hydrogen for ten years from 2029.', [2029]],
    ['en', 'Acme extended its concession with Beta until the end of 2033.', [2033]],
    ['en', 'Acme will buy cells from Beta between January 2022 and 2025.', [2022, 2025]],
    ['fr', "Acme fournira Beta à partir de 2029 et jusqu'en 2035.", [2029, 2035]],
    ['de', 'Die Acme AG beliefert die Beta GmbH bis Ende 2013.', [2013]],
    ['es', 'Acme suministrará a Beta a partir de 2029 y hasta finales de 2035.', [2029, 2035]],
    ['pt', 'A Acme fornecerá à Beta a partir de 2029 até ao final de 2035.', [2029, 2035]],
    ['it', 'Acme fornirà Beta a partire dal 2029 e fino al 2035.', [2029, 2035]],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(terms(text, language).sort()).toEqual(expected);
  });

  it('keeps the year a deal was made', () => {
    const texts: [string, string][] = [
      ['en', 'In 2019 Acme acquired Beta from Gamma.'],
      ['en', 'Acme acquired Beta from Gamma in 2019.'],
      ['en', 'Beta was bought by Acme in March 2021.'],
      ['fr', 'En 2019, Acme a racheté Beta.'],
      ['de', 'Die Acme AG hat 2019 die Beta GmbH übernommen.'],
      ['es', 'Acme compró Beta en 2019.'],
      ['pt', 'A Acme comprou a Beta em 2019.'],
      ['it', 'Acme ha acquisito Beta nel 2019.'],
    ];
    for (const [language, text] of texts) expect(terms(text, language)).toEqual([]);
  });
});

describe('saysPreviousYear', () => {
  const cases: [string, string][] = [
    ['en', 'Acme and Beta had last year signed a pricing deal.'],
    ['fr', "Acme a signé l'an dernier un accord avec Beta."],
    ['de', 'Die Acme AG hat letztes Jahr die Beta GmbH übernommen.'],
    ['es', 'Acme firmó el año pasado un acuerdo con Beta.'],
    ['pt', 'A Acme assinou no ano passado um acordo com a Beta.'],
    ['it', "Acme ha firmato l'anno scorso un accordo con Beta."],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(saysPreviousYear(text, yearWords(knowledge, language))).toBe(true);
  });

  it('reads no other year words as the previous year', () => {
    expect(
      saysPreviousYear('Acme signs a deal with Beta this year.', yearWords(knowledge, 'en')),
    ).toBe(false);
  });
});
