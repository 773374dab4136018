import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const by = (pattern: string, text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith(`${pattern}:`))
    .map((line) => line.slice(pattern.length + 2));

describe('ownerThroughUnit', () => {
  // German puts the verb last ("hat über ihre Tochter Beta die Gamma übernommen"): the cue
  // then follows the object, and the construction is read by no cue pattern.
  const cases: [string, string, string[]][] = [
    [
      'en',
      'Orvalis Networks through its venture capital unit Kelvar Ventures recently completed its acquisition of Tremon Cloud Inc.',
      [
        'acquisition kelvar-ventures -> tremon-cloud',
        'acquisition orvalis-networks -> tremon-cloud',
      ],
    ],
    [
      'en',
      'Orvalis Networks, through its unit Kelvar Ventures, signed an agreement with Tremon Cloud Inc.',
      [
        'partnership kelvar-ventures -> tremon-cloud',
        'partnership orvalis-networks -> tremon-cloud',
      ],
    ],
    [
      'fr',
      'Orvalis Réseaux SA, via sa filiale Kelvar Énergie SAS, acquiert Tremon Systèmes SAS.',
      [
        'acquisition kelvar-energie -> tremon-systemes',
        'acquisition orvalis-reseaux -> tremon-systemes',
      ],
    ],
    [
      'es',
      'Orvalis Redes SA, a través de su filial Kelvar Energía SA, adquirió Tremon Sistemas SA.',
      [
        'acquisition kelvar-energia -> tremon-sistemas',
        'acquisition orvalis-redes -> tremon-sistemas',
      ],
    ],
    [
      'pt',
      'A Orvalis Redes SA, através da sua subsidiária Kelvar Energia SA, adquiriu a Tremon Sistemas SA.',
      [
        'acquisition kelvar-energia -> tremon-sistemas',
        'acquisition orvalis-redes -> tremon-sistemas',
      ],
    ],
    [
      'it',
      'Orvalis Reti SpA, tramite la sua controllata Kelvar Energia SpA, ha acquisito Tremon Sistemi SpA.',
      [
        'acquisition kelvar-energia -> tremon-sistemi',
        'acquisition orvalis-reti -> tremon-sistemi',
      ],
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(by('ownerThroughUnit', text, language)).toEqual(expected);
  });

  it('gives the owner no part in what a unit it sold does', () => {
    const text = 'Orvalis Networks sold its unit Kelvar Ventures, which acquired Tremon Cloud Inc.';
    expect(by('ownerThroughUnit', text, 'en')).toEqual([]);
    expect(traced(text, 'en').some((line) => line.includes('orvalis-networks -> tremon'))).toBe(
      false,
    );
  });
});
