import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const by = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('relativeHolding:'))
    .map((line) => line.slice('relativeHolding: '.length));

describe('relativeHolding', () => {
  it.each([
    ['en', 'Tremon Cloud Inc, in which Orvalis Networks Ltd holds a 40% stake, opened an office.'],
    ['en', 'Tremon Cloud Inc, of which Orvalis Networks Ltd owns 40 per cent, opened an office.'],
    ['fr', 'Tremon Systèmes SAS, dont Orvalis SA détient 40 %, a ouvert un bureau.'],
    ['es', 'Tremon Sistemas SA, de la que Orvalis SA posee el 40%, abrió una oficina.'],
    ['pt', 'A Tremon Sistemas SA, da qual a Orvalis SA detém 40%, abriu um escritório.'],
    ['it', 'Tremon Sistemi SpA, di cui Orvalis SpA detiene il 40%, ha aperto un ufficio.'],
    ['de', 'Die Tremon Systeme GmbH, an der die Orvalis AG 40 Prozent hält, eröffnet ein Büro.'],
  ])('%s: %s', (language, text) => {
    expect(by(text, language)).toEqual([
      expect.stringMatching(/^investment orvalis(-networks)? -> tremon-[a-z]+$/u),
    ]);
  });

  it('needs a share: "in which Acme invested" states none', () => {
    const text =
      'Tremon Cloud Inc, in which Orvalis Networks Ltd invested last year, opened an office.';
    expect(by(text, 'en')).toEqual([]);
  });

  it('needs the comma after the company held', () => {
    const text = 'The region in which Orvalis Networks Ltd holds 40% of the market grew.';
    expect(by(text, 'en')).toEqual([]);
  });
});
