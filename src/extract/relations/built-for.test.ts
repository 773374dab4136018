import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byBuiltFor = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('builtFor:'))
    .map((line) => line.slice('builtFor: '.length));

describe('builtFor', () => {
  const cases: [string, string, string][] = [
    [
      'en',
      'Orvalis Networks Ltd will build the network for Tremon Telecom Ltd under a new contract.',
      'supply orvalis-networks -> tremon-telecom',
    ],
    [
      'en',
      'Orvalis Networks Ltd installed 400 base stations for the mobile operator Tremon Telecom Ltd.',
      'supply orvalis-networks -> tremon-telecom',
    ],
    [
      'fr',
      "Orvalis Réseaux SA construira le réseau pour l'opérateur Tremon Télécom SA.",
      'supply orvalis-reseaux -> tremon-telecom',
    ],
    [
      'de',
      'Nordwind Netze AG baut für Tremon Telekom GmbH ein neues Netz.',
      'supply nordwind-netze -> tremon-telekom',
    ],
    [
      'es',
      'Grupo Solara SA construirá la red para Tremon Telecomunicaciones SA.',
      'supply solara -> tremon-telecom',
    ],
    [
      'pt',
      'A Kelvar Redes SA construirá a rede para a Tremon Telecomunicações SA.',
      'supply kelvar-redes -> tremon-telecomunicacoes',
    ],
    [
      'it',
      'Kelvar Reti SpA costruirà la rete per Tremon Telecomunicazioni SpA.',
      'supply kelvar-reti -> tremon-telecomunicazioni',
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(byBuiltFor(text, language)).toEqual([expected]);
  });

  it('reads no supply for what is no goods, nor a time, a project or a customer’s own thing', () => {
    const texts = [
      'Orvalis Networks Ltd will build a case for Tremon Telecom Ltd in court.',
      'Orvalis Networks Ltd hopes to build support for Tremon Telecom Ltd among investors.',
      'Orvalis Networks Ltd built a plant for the first time in Kenya.',
      'Orvalis Networks Ltd will build turbines for the Atlas project.',
      "Orvalis Networks Ltd will build a plant for Tremon Telecom Ltd's parent.",
      'Orvalis Networks Ltd will build a plant with Kelvar Energy Ltd for Tremon Telecom Ltd.',
      'Orvalis Networks Ltd will build a plant, and talks for Tremon Telecom Ltd go on.',
    ];
    for (const text of texts) expect(byBuiltFor(text, 'en')).toEqual([]);
    expect(
      byBuiltFor('Nordwind Netze AG will Vertrauen für Tremon Telekom GmbH bauen.', 'de'),
    ).toEqual([]);
  });
});
