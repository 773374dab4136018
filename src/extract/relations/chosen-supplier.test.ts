import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byChoice = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('chosenSupplier:'))
    .map((line) => line.slice('chosenSupplier: '.length));

describe('chosenSupplier', () => {
  const cases: [string, string, string[]][] = [
    [
      'en',
      'Tremon Telecom Ltd picked Orvalis Networks Ltd and Kelvar Systems Ltd to supply 5G equipment.',
      ['supply orvalis-networks -> tremon-telecom', 'supply kelvar-systems -> tremon-telecom'],
    ],
    [
      'en',
      'Tremon Telecom Ltd tapped Orvalis Networks Ltd to build its fibre network.',
      ['supply orvalis-networks -> tremon-telecom'],
    ],
    [
      'fr',
      'Tremon Télécom SA a choisi Orvalis Réseaux SA pour fournir ses antennes.',
      ['supply orvalis-reseaux -> tremon-telecom'],
    ],
    [
      'de',
      'Tremon Telekom GmbH hat Nordwind Netze AG ausgewählt, um Antennen zu liefern.',
      ['supply nordwind-netze -> tremon-telekom'],
    ],
    [
      'es',
      'Tremon Telecomunicaciones SA eligió a Grupo Solara SA para suministrar las antenas.',
      ['supply solara -> tremon-telecom'],
    ],
    [
      'pt',
      'A Tremon Telecomunicações SA escolheu a Kelvar Redes SA para fornecer as antenas.',
      ['supply kelvar-redes -> tremon-telecomunicacoes'],
    ],
    [
      'it',
      'Tremon Telecomunicazioni SpA ha scelto Kelvar Reti SpA per fornire le antenne.',
      ['supply kelvar-reti -> tremon-telecomunicazioni'],
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(byChoice(text, language)).toEqual(expected);
  });

  it('reads the passive: the subject was chosen by the one after "by"', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'Orvalis Networks Ltd was picked by Tremon Telecom Ltd to supply 5G equipment.',
        'supply orvalis-networks -> tremon-telecom',
      ],
      [
        'fr',
        'Orvalis Réseaux SA a été choisi par Tremon Télécom SA pour fournir ses antennes.',
        'supply orvalis-reseaux -> tremon-telecom',
      ],
      [
        'it',
        'Kelvar Reti SpA è stata scelta da Tremon Telecomunicazioni SpA per fornire le antenne.',
        'supply kelvar-reti -> tremon-telecomunicazioni',
      ],
    ];
    for (const [language, text, expected] of cases)
      expect(byChoice(text, language), text).toEqual([expected]);
  });

  it('reads no supply without a purpose of supplying, nor for "picked up"', () => {
    const texts = [
      'Tremon Telecom Ltd picked up a stake in Orvalis Networks Ltd to supply its shops.',
      'Tremon Telecom Ltd picked Orvalis Networks Ltd as its new chief partner.',
      'Tremon Telecom Ltd chose Orvalis Networks Ltd to lead the talks.',
      'Tremon Telecom Ltd named Jane Roe to supply the board with advice.',
    ];
    for (const text of texts) expect(byChoice(text, 'en')).toEqual([]);
  });
});
