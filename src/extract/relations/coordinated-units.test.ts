import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byCoordinatedUnit = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('coordinatedUnit:'))
    .map((line) => line.slice('coordinatedUnit: '.length));

describe('coordinatedUnit', () => {
  const cases: [string, string][] = [
    ['en', 'Acme Holdings Ltd and finance arm Tremon Capital Ltd signed the deal.'],
    ['en', 'Acme Holdings Ltd and subsidiary Tremon Capital Ltd signed the deal.'],
    ['fr', 'Acme Holding SA et filiale Tremon Capital SA ont signé le contrat.'],
    ['de', 'Die Acme Holding AG und Tochter Tremon Capital GmbH unterzeichneten den Vertrag.'],
    ['es', 'Acme Holding SA y filial Tremon Capital SA firmaron el contrato.'],
    ['pt', 'A Acme Holding SA e subsidiária Tremon Capital SA assinaram o contrato.'],
    ['it', 'Acme Holding SpA e controllata Tremon Capital SpA hanno firmato il contratto.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(byCoordinatedUnit(text, language)).toEqual([
      expect.stringMatching(/^subsidiary tremon(-capital)? -> acme/),
    ]);
  });

  it('needs the unit name right after the noun', () => {
    expect(
      byCoordinatedUnit('Acme Holdings Ltd and subsidiaries of Tremon Capital Ltd signed.', 'en'),
    ).toEqual([]);
  });

  it('leaves a unit with an article or a possessive to other rules', () => {
    expect(
      byCoordinatedUnit('Acme Holdings Ltd and the subsidiary Tremon Capital Ltd signed.', 'en'),
    ).toEqual([]);
    expect(
      byCoordinatedUnit('Acme Holdings Ltd and its subsidiary Tremon Capital Ltd signed.', 'en'),
    ).toEqual([]);
  });

  it('needs "and" right after the owner', () => {
    expect(
      byCoordinatedUnit('Acme Holdings Ltd sold shares and subsidiary Tremon Capital Ltd.', 'en'),
    ).toEqual([]);
  });
});
