import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const held = (text: string, language: string) =>
  traced(text, language).filter((line) => line.startsWith('heldShare:'));

describe('heldShare', () => {
  const cases: [string, string, string][] = [
    ['en', 'Tremon Ltd is owned 40% by Acme Corp.', 'investment acme -> tremon'],
    ['fr', 'Tremon SAS est détenue à 51 % par Acme SA.', 'subsidiary tremon -> acme'],
    ['fr', 'Tremon SAS, détenue à 30 % par Acme SA, ouvre une usine.', 'investment acme -> tremon'],
    [
      'es',
      'Tremon SA está participada al 100% por Grupo Solara SA.',
      'subsidiary tremon -> solara',
    ],
    [
      'es',
      'Tremon SA, controlada en un 60 % por Grupo Solara SA, abrió una planta.',
      'subsidiary tremon -> solara',
    ],
    ['pt', 'A Tremon SA é detida em 30% pela Grupo Solara SA.', 'investment solara -> tremon'],
    ['it', 'Tremon SpA è controllata al 70% da Gruppo Solara SpA.', 'subsidiary tremon -> solara'],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(held(text, language)).toEqual([`heldShare: ${expected}`]);
  });

  it('needs a share right after the participle and a named holder after it', () => {
    expect(held('Tremon SAS, détenue depuis 2019 par Acme SA, ouvre une usine.', 'fr')).toEqual([]);
    expect(held('Tremon SA está participada al 100% por fondos.', 'es')).toEqual([]);
    expect(held('Tremon SAS détient 51 % du marché, devant Acme SA.', 'fr')).toEqual([]);
  });
});
