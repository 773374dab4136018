import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const by = (pattern: string, text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith(`${pattern}:`))
    .map((line) => line.slice(pattern.length + 2));

describe('appositiveSubject', () => {
  const cases: [string, string, string][] = [
    [
      'en',
      'Kelvar Energy – a subsidiary of Orvalis Networks – signed an agreement with Tremon Cloud Inc last month.',
      'partnership kelvar-energy -> tremon-cloud',
    ],
    [
      'en',
      'Kelvar Energy (a subsidiary of Orvalis Networks) signed an agreement with Tremon Cloud Inc.',
      'partnership kelvar-energy -> tremon-cloud',
    ],
    [
      'en',
      'Kelvar Energy, a unit of Orvalis Networks, acquired Tremon Cloud Inc.',
      'acquisition kelvar-energy -> tremon-cloud',
    ],
    [
      'fr',
      'Kelvar Énergie SA, filiale de Orvalis Réseaux SA, a signé un accord avec Tremon Systèmes SAS.',
      'partnership kelvar-energie -> tremon-systemes',
    ],
    [
      'de',
      'Die Kelvar Energie GmbH, eine Tochter der Orvalis Netze AG, hat eine Vereinbarung mit der Tremon Systeme GmbH unterzeichnet.',
      'partnership kelvar-energie -> tremon-systeme',
    ],
    [
      'es',
      'Kelvar Energía SA, filial de Orvalis Redes SA, firmó un acuerdo con Tremon Sistemas SA.',
      'partnership kelvar-energia -> tremon-sistemas',
    ],
    [
      'pt',
      'A Kelvar Energia SA, subsidiária da Orvalis Redes SA, assinou um acordo com a Tremon Sistemas SA.',
      'partnership kelvar-energia -> tremon-sistemas',
    ],
    [
      'it',
      'Kelvar Energia SpA, controllata di Orvalis Reti SpA, ha firmato un accordo con Tremon Sistemi SpA.',
      'partnership kelvar-energia -> tremon-sistemi',
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(by('appositiveSubject', text, language)).toEqual([expected]);
    // The name inside the apposition is no party of the cue after it.
    expect(traced(text, language).some((line) => /orvalis-[a-z]+ -> tremon/.test(line))).toBe(
      false,
    );
  });

  it('reads "another Acme subsidiary" and "an Acme company" as appositions', () => {
    const cases: [string, string][] = [
      [
        'Kelvar Energy, another Orvalis Networks subsidiary, will supply turbines to Tremon Cloud Inc.',
        'supply kelvar-energy -> tremon-cloud',
      ],
      [
        'The order went to Kelvar Energy, another Orvalis Networks subsidiary, which will supply turbines to Tremon Cloud Inc.',
        'supply kelvar-energy -> tremon-cloud',
      ],
      [
        'Kelvar Energy, an Orvalis Networks company, signed a partnership with Tremon Cloud Inc.',
        'partnership kelvar-energy -> tremon-cloud',
      ],
    ];
    for (const [text, expected] of cases) {
      expect(by('appositiveSubject', text, 'en')).toEqual([expected]);
      expect(traced(text, 'en').some((line) => line.includes('orvalis-networks -> tremon'))).toBe(
        false,
      );
    }
  });

  it('reads no list of names as an apposition', () => {
    const text = 'Kelvar Energy, Orvalis Networks and Tremon Cloud Inc signed an agreement.';
    expect(by('appositiveSubject', text, 'en')).toEqual([]);
  });

  it('reads no former name as an apposition', () => {
    const text =
      'Kelvar Energy (formerly Orvalis Networks) signed an agreement with Tremon Cloud Inc.';
    expect(by('appositiveSubject', text, 'en')).toEqual([]);
  });

  it('leaves a cue inside the apposition to the other patterns', () => {
    const text = 'Kelvar Energy, a subsidiary of Orvalis Networks, reported higher sales.';
    expect(by('appositiveSubject', text, 'en')).toEqual([]);
    expect(traced(text, 'en')).toContain(
      'forwardCue: subsidiary kelvar-energy -> orvalis-networks',
    );
  });
});
