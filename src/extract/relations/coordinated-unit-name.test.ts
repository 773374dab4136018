import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const by = (pattern: string, text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith(`${pattern}:`))
    .map((line) => line.slice(pattern.length + 2));

describe('coordinatedUnitName', () => {
  // German is left out: "die Tremon Systeme GmbH" after the comma takes an article the
  // construction does not read yet.
  const cases: [string, string, string][] = [
    [
      'en',
      'Kelvar Energy and Orvalis Networks’s Indian subsidiary, Tremon Cloud Ltd, have established a joint venture.',
      'joint_venture kelvar-energy -> tremon-cloud',
    ],
    [
      'fr',
      'Kelvar Énergie SA et la filiale indienne de Orvalis Réseaux SA, Tremon Systèmes SAS, ont créé une coentreprise.',
      'joint_venture kelvar-energie -> tremon-systemes',
    ],
    [
      'es',
      'Kelvar Energía SA y la filial india de Orvalis Redes SA, Tremon Sistemas SA, crearon una empresa conjunta.',
      'joint_venture kelvar-energia -> tremon-sistemas',
    ],
    [
      'pt',
      'A Kelvar Energia SA e a subsidiária indiana da Orvalis Redes SA, Tremon Sistemas SA, criaram uma joint venture.',
      'joint_venture kelvar-energia -> tremon-sistemas',
    ],
    [
      'it',
      'Kelvar Energia SpA e la controllata indiana di Orvalis Reti SpA, Tremon Sistemi SpA, hanno costituito una joint venture.',
      'joint_venture kelvar-energia -> tremon-sistemi',
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(by('coordinatedUnitName', text, language)).toEqual([expected]);
  });

  it('reads no plain list of names', () => {
    const text =
      'Kelvar Energy and Orvalis Networks, Tremon Cloud Ltd and Borealis Mining signed an agreement.';
    expect(by('coordinatedUnitName', text, 'en')).toEqual([]);
  });
});

describe('coordinatedUnitOf', () => {
  const cases: [string, string, string][] = [
    [
      'fr',
      'Kelvar Énergie SA et la filiale indienne de Orvalis Réseaux SA, Tremon Systèmes SAS, ont créé une coentreprise.',
      'subsidiary tremon-systemes -> orvalis-reseaux',
    ],
    [
      'es',
      'Kelvar Energía SA y la filial india de Orvalis Redes SA, Tremon Sistemas SA, crearon una empresa conjunta.',
      'subsidiary tremon-sistemas -> orvalis-redes',
    ],
    [
      'pt',
      'A Kelvar Energia SA e a subsidiária indiana da Orvalis Redes SA, Tremon Sistemas SA, criaram uma joint venture.',
      'subsidiary tremon-sistemas -> orvalis-redes',
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(by('coordinatedUnitOf', text, language)).toEqual([expected]);
  });

  it('makes the first member no unit of the owner', () => {
    const text = 'Kelvar Énergie SA et la filiale de Orvalis Réseaux SA ont créé une coentreprise.';
    expect(traced(text, 'fr').some((line) => line.includes('kelvar-energie -> orvalis'))).toBe(
      false,
    );
  });

  it('leaves "and its subsidiary Beta" to the turned cue', () => {
    const text = 'Orvalis Réseaux SA et sa filiale Tremon Systèmes SAS ont ouvert un site.';
    expect(by('coordinatedUnitOf', text, 'fr')).toEqual([]);
    expect(traced(text, 'fr')).toContain(
      'turnedCue: subsidiary tremon-systemes -> orvalis-reseaux',
    );
  });

  it('leaves a unit noun that is no member of a coordination to the other patterns', () => {
    const text = 'Kelvar Énergie SA, filiale de Orvalis Réseaux SA, a signé un accord.';
    expect(by('coordinatedUnitOf', text, 'fr')).toEqual([]);
    expect(traced(text, 'fr')).toContain(
      'forwardCue: subsidiary kelvar-energie -> orvalis-reseaux',
    );
  });
});
