import { describe, expect, it } from 'vitest';
import { relate } from '../__fixtures__/helpers.js';

describe('taking the majority of a company', () => {
  it('is its acquisition, in every language that says it so', () => {
    const cases: [string, string][] = [
      ['de', 'Nordwind AG übernimmt die Mehrheit an Quorvant.'],
      ['fr', 'Borealis SA a acquis la majorité de Quorvant.'],
      ['es', 'Borealis SA compró la mayoría de Quorvant.'],
      ['pt', 'A Borealis SA comprou a maioria da Quorvant.'],
      ['it', 'Borealis SpA ha rilevato la maggioranza di Quorvant.'],
    ];
    for (const [language, text] of cases)
      expect(relate(text, language).rel, language).toEqual([
        expect.stringMatching(/^acquisition (nordwind|borealis) -> quorvant$/u),
      ]);
  });

  it('links nothing when the majority is of people or of a market', () => {
    expect(
      relate('La majorité des analystes attend un accord avec Borealis SA.', 'fr').rel,
    ).toEqual([]);
    expect(relate('Borealis SA détient la majorité du marché.', 'fr')).toEqual({
      orgs: ['Borealis SA'],
      rel: [],
    });
    expect(relate('La mayoría de los bancos apoya a Borealis SA.', 'es').rel).toEqual([]);
  });
});
