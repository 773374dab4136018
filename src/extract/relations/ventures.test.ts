import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byVenture = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('namedVenture:'))
    .map((line) => line.slice('namedVenture: '.length));

describe('namedVenture', () => {
  const appositions: [string, string][] = [
    [
      'en',
      'Tremon Cloud Inc, a joint venture between Orvalis Networks Ltd and Borealis Mining Ltd, opened a plant.',
    ],
    [
      'fr',
      'Tremon Systèmes SAS, une coentreprise créée par Orvalis SA et Borealis Mines SA, ouvre une usine.',
    ],
    [
      'de',
      'Die Tremon Systeme GmbH, ein Gemeinschaftsunternehmen von Nordwind AG und Borealis Bergbau GmbH, baut ein Werk.',
    ],
    [
      'es',
      'Tremon Sistemas SA, la empresa conjunta creada por Grupo Solara SA y Borealis Minería SA, abre una planta.',
    ],
    [
      'pt',
      'A Tremon Sistemas SA, uma joint venture entre a Borealis Mineração SA e a Grupo Solara SA, abre uma fábrica.',
    ],
    [
      'it',
      'Tremon Sistemi SpA, la joint venture costituita da Borealis Minerali SpA e Solara Energia SpA, apre uno stabilimento.',
    ],
  ];
  it.each(appositions)(
    '%s: links each member to the venture named before the cue',
    (language, text) => {
      const found = byVenture(text, language);
      expect(found.filter((line) => / -> tremon-/.test(line))).toHaveLength(2);
      expect(found.filter((line) => !/tremon-/.test(line))).toHaveLength(1);
      expect(found.every((line) => line.startsWith('joint_venture '))).toBe(true);
    },
  );

  const named: [string, string][] = [
    [
      'en',
      'Orvalis Networks Ltd will hold 70% of the joint venture, to be called Tremon Cloud Inc, with Borealis Mining Ltd holding the rest.',
    ],
    [
      'fr',
      'Orvalis SA détiendra 70 % de la coentreprise, baptisée Tremon Systèmes SAS, avec Borealis Mines SA.',
    ],
    [
      'de',
      'Nordwind AG hält 70 Prozent an dem Gemeinschaftsunternehmen namens Tremon Systeme GmbH, zusammen mit Borealis Bergbau GmbH.',
    ],
    [
      'es',
      'Grupo Solara SA tendrá el 70 % de la empresa conjunta, denominada Tremon Sistemas SA, con Borealis Minería SA.',
    ],
    [
      'pt',
      'A Grupo Solara SA terá 70% da empresa conjunta, denominada Tremon Sistemas SA, com a Borealis Mineração SA.',
    ],
    [
      'it',
      'Solara Energia SpA avrà il 70% della joint venture, denominata Tremon Sistemi SpA, con Borealis Minerali SpA.',
    ],
  ];
  it.each(named)(
    '%s: reads a venture named after the cue, its subject and partner',
    (language, text) => {
      const found = byVenture(text, language);
      expect(found.filter((line) => / -> tremon-/.test(line))).toHaveLength(2);
      expect(found).toHaveLength(3);
    },
  );

  it('links nothing when the venture has no name', () => {
    expect(
      byVenture(
        'Orvalis Networks Ltd and Borealis Mining Ltd formed a joint venture last year.',
        'en',
      ),
    ).toEqual([]);
    expect(
      byVenture(
        'A joint venture between Orvalis Networks Ltd and Borealis Mining Ltd opened.',
        'en',
      ),
    ).toEqual([]);
  });

  it('does not take a list of members for the name', () => {
    expect(
      byVenture(
        'Orvalis Networks Ltd, Kelvar Energy Ltd and Borealis Mining Ltd, a consortium, won the tender.',
        'en',
      ),
    ).toEqual([]);
  });

  it('does not read a name separated from the cue by other words', () => {
    expect(
      byVenture(
        'Orvalis Networks Ltd said on Monday that a joint venture with Borealis Mining Ltd is planned.',
        'en',
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'en',
      'Orvalis Networks Ltd and Kelvar Energy Ltd each hold 50% of the joint venture, Tremon Cloud Inc.',
    ],
    [
      'en',
      'Orvalis Networks Ltd and Kelvar Energy Ltd formed Tremon Cloud Inc, a joint venture, in 2019.',
    ],
    [
      'fr',
      'Orvalis SA et Kelvar Énergie SA ont créé Tremon Systèmes SAS, une coentreprise, en 2019.',
    ],
    [
      'es',
      'Orvalis SA y Kelvar Energía SA crearon Tremon Sistemas SA, una empresa conjunta, en 2019.',
    ],
    [
      'de',
      'Die Orvalis AG und die Kelvar Energie AG gründeten die Tremon Systeme GmbH, ein Gemeinschaftsunternehmen.',
    ],
  ])('%s: links both members to a venture named beside the cue: %s', (language, text) => {
    const found = byVenture(text, language);
    expect(found.filter((line) => / -> tremon-/u.test(line))).toHaveLength(2);
    expect(found.some((line) => /orvalis.* -> kelvar|kelvar.* -> orvalis/u.test(line))).toBe(true);
  });

  it('does not take a speaker after the comma for the venture', () => {
    const text =
      'Orvalis Networks Ltd and Kelvar Energy Ltd formed a joint venture, Tremon Cloud Inc said.';
    expect(byVenture(text, 'en')).toEqual([]);
  });
});
