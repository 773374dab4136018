import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byInverted = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('invertedBelonging:'))
    .map((line) => line.slice('invertedBelonging: '.length))
    .sort();

/** German and Italian may name the owner first and put the verb before the units. */
describe('invertedBelonging', () => {
  const cases: [string, string, string[]][] = [
    ['de', 'Zur Acme AG gehört auch die Borealis GmbH.', ['subsidiary borealis -> acme']],
    [
      'de',
      'Zur Acme AG gehören die Borealis GmbH und die Nordwind GmbH.',
      ['subsidiary borealis -> acme', 'subsidiary nordwind -> acme'],
    ],
    ['it', 'Alla Acme SpA fa capo la Borealis Srl.', ['subsidiary borealis -> acme']],
    [
      'it',
      'Alla Acme SpA fanno capo la Borealis Srl e la Nordwind Srl.',
      ['subsidiary borealis -> acme', 'subsidiary nordwind -> acme'],
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(byInverted(text, language)).toEqual(expected);
  });

  it('reads no owner behind other words: "Zu den Kunden der Acme gehört Beta"', () => {
    expect(byInverted('Zu den Kunden der Acme AG gehört die Borealis GmbH.', 'de')).toEqual([]);
  });

  it('reads the preposition only at the start of a clause', () => {
    expect(
      byInverted('Die Borealis GmbH wechselt zur Acme AG gehört die Nordwind GmbH.', 'de'),
    ).toEqual([]);
  });
});
