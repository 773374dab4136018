import { describe, expect, it } from 'vitest';
import { relate } from '../__fixtures__/helpers.js';

describe('coordinatedObjects', () => {
  it('links the subject of a directed cue with every listed object, in every language', () => {
    const cases: [string, string][] = [
      ['en', 'Acme Holdings acquired Beta Networks and Gamma Systems.'],
      ['fr', 'Acme SA rachète Beta Networks et Gamma Systems.'],
      ['de', 'Acme AG übernimmt Beta Networks und Gamma Systems.'],
      ['es', 'Acme SA adquirió Beta Networks y Gamma Systems.'],
      ['pt', 'A Acme SA adquiriu a Beta Networks e a Gamma Systems.'],
      ['it', 'Acme SpA ha acquisito Beta Networks e Gamma Systems.'],
    ];
    for (const [language, text] of cases)
      expect(relate(text, language).rel, language).toEqual([
        'acquisition acme -> beta-networks',
        'acquisition acme -> gamma-systems',
      ]);
  });

  it('reads a backward cue the other way for each object', () => {
    expect(
      relate('Acme Telecom selected Beta Networks and Gamma Systems to supply equipment.').rel,
    ).toEqual(['supply beta-networks -> acme-telecom', 'supply gamma-systems -> acme-telecom']);
  });

  it('does not take the subject of the next clause, or a name after an apposition', () => {
    expect(
      relate('Acme Holdings acquired Beta Networks and Gamma Systems acquired Delta Labs.').rel,
    ).toEqual(['acquisition acme -> beta-networks', 'acquisition gamma-systems -> delta-labs']);
    expect(
      relate('Acme Holdings acquired Beta Networks and Gamma Systems said it would sue.').rel,
    ).toEqual(['acquisition acme -> beta-networks']);
    expect(
      relate('Beta Networks, a subsidiary of Delta Labs, and Gamma Systems won the tender.').rel,
    ).toEqual(['subsidiary beta-networks -> delta-labs']);
    expect(
      relate('Beta Networks, filial de Delta Labs, y Gamma Systems ganaron el concurso.', 'es').rel,
    ).toEqual(['subsidiary beta-networks -> delta-labs']);
  });
});
