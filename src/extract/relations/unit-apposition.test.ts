import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const relations = (text: string, language: string) => [
  ...new Set(traced(text, language).map((line) => line.slice(line.indexOf(': ') + 2))),
];

describe('unitNamedWithOwner', () => {
  const cases: [string, string][] = [
    ['en', 'The subsidiary Borealis Ltd of Acme Corp opened a plant.'],
    ['fr', 'La filiale Borealis SAS de Acme SA ouvre une usine.'],
    ['de', 'Die Konzerntochter Borealis GmbH der Acme AG baut ein Werk.'],
    ['de', 'Die Division Borealis GmbH des Werkstoff- und Maschinenherstellers Acme AG wächst.'],
    ['es', 'La filial Borealis SL de Acme SA abrió una planta.'],
    ['pt', 'A subsidiária Borealis Ltda da Acme SA abriu uma fábrica.'],
    ['it', 'La controllata Borealis Srl di Acme SpA apre uno stabilimento.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(relations(text, language)).toEqual(['subsidiary borealis -> acme']);
  });

  it('reads no owner after a preposition or a number', () => {
    expect(relations('Die Sparte Borealis GmbH der 3 Werke in der Acme AG wächst.', 'de')).toEqual(
      [],
    );
    expect(
      relations('La controllata Borealis Srl di 3 stabilimenti vicino alla Acme SpA cresce.', 'it'),
    ).toEqual([]);
  });
});

describe('articleUnitBeside and articleUnitCue', () => {
  const cases: [string, string][] = [
    ['fr', 'Acme SA et la filiale Borealis SAS construisent une usine.'],
    ['de', 'Die Acme AG und die Tochter Borealis GmbH bauen ein Werk.'],
    ['es', 'Acme SA y la filial Borealis SL construyen una planta.'],
    ['pt', 'A Acme SA e a subsidiária Borealis Ltda constroem uma fábrica.'],
    ['it', 'Acme SpA e la controllata Borealis Srl costruiscono un impianto.'],
    ['it', 'Acme SpA e la nuova controllata Borealis Srl costruiscono un impianto.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(relations(text, language)).toEqual(['subsidiary borealis -> acme']);
  });

  it('leaves a unit whose owner is named after it to that owner', () => {
    expect(
      relations('Die Acme AG und die Tochter Borealis GmbH der Nordwind AG bauen ein Werk.', 'de'),
    ).toEqual(['subsidiary borealis -> nordwind']);
  });

  it('links nothing without "and" before the article', () => {
    expect(
      relations('Acme SpA costruisce con la controllata Borealis Srl un impianto.', 'it'),
    ).not.toContain('subsidiary borealis -> acme');
    expect(relations('Acme SpA, la controllata, apre uno stabilimento.', 'it')).toEqual([]);
  });
});
