import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const by = (pattern: string, text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith(`${pattern}:`))
    .map((line) => line.slice(pattern.length + 2));

describe('supplyToRecipient', () => {
  // German nouns are capitalised, so long goods ("Tonnen grünen Wasserstoffs") read as a
  // name today; the construction is left to the cue patterns there.
  const cases: [string, string, string][] = [
    [
      'en',
      'Kelvar Energy will supply at least 6,000 tonnes of renewable hydrogen a year to steelmaker Tremon Steel Ltd for ten years.',
      'supply kelvar-energy -> tremon-steel',
    ],
    [
      'fr',
      "Kelvar Énergie SA fournit depuis cette année au moins 6 000 tonnes d'hydrogène vert par an au sidérurgiste Tremon Acier SAS.",
      'supply kelvar-energie -> tremon-acier',
    ],
    [
      'es',
      'Kelvar Energía SA suministra desde este año al menos 6.000 toneladas de hidrógeno verde por año a la siderúrgica Tremon Acero SA.',
      'supply kelvar-energia -> tremon-acero',
    ],
    [
      'pt',
      'A Kelvar Energia SA fornecerá a partir de maio pelo menos 6.000 toneladas de hidrogénio verde por ano à siderúrgica Tremon Aço SA.',
      'supply kelvar-energia -> tremon-aco',
    ],
    [
      'it',
      'Kelvar Energia SpA fornirà da maggio almeno 6.000 tonnellate di idrogeno verde ogni anno per dieci anni alla acciaieria Tremon Acciai SpA.',
      'supply kelvar-energia -> tremon-acciai',
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(by('supplyToRecipient', text, language)).toEqual([expected]);
  });

  it('leaves a name right after the verb to the cue patterns', () => {
    const text = 'Kelvar Energy supplies Tremon Steel Ltd with hydrogen.';
    expect(by('supplyToRecipient', text, 'en')).toEqual([]);
  });

  it('reads no "to" beyond a list or a clause', () => {
    const texts = [
      'Kelvar Energy has a renewable energy supply pipeline, skilled staff, and proximity to Tremon Steel Ltd.',
      'Kelvar Energy will supply hydrogen in the north; deliveries to Tremon Steel Ltd start in May.',
    ];
    for (const text of texts) expect(by('supplyToRecipient', text, 'en')).toEqual([]);
  });
});
