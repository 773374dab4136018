import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const relations = (text: string) =>
  traced(text, 'de').map((line) => line.slice(line.indexOf(': ') + 2));
const byClauseFinal = (text: string) =>
  traced(text, 'de').filter((line) => /^(clauseFinalCue|splitClauseFinal):/.test(line));

/** German puts participles, infinitives and separable particles last; no other handled language does. */
describe('clause-final verbs (de)', () => {
  const cases: [string, string][] = [
    [
      'Die Acme AG hat im Juni die Borealis Bergbau GmbH übernommen.',
      'acquisition acme -> borealis-bergbau',
    ],
    [
      'Die Acme AG hat per 30. Juni die Borealis Bergbau GmbH übernommen.',
      'acquisition acme -> borealis-bergbau',
    ],
    [
      'Demnach will die Acme AG die Borealis Bergbau GmbH übernehmen.',
      'acquisition acme -> borealis-bergbau',
    ],
    [
      'Die Acme AG hat 2019 die Borealis Bergbau GmbH der Nordwind AG erworben.',
      'acquisition acme -> borealis-bergbau',
    ],
    [
      'Die Borealis Bergbau GmbH wurde 2019 von der Acme AG übernommen.',
      'acquisition acme -> borealis-bergbau',
    ],
    ['Die Acme AG kauft die Borealis Bergbau GmbH auf.', 'acquisition acme -> borealis-bergbau'],
    [
      'Die Acme AG ist mit 20 Prozent an der Borealis Bergbau GmbH beteiligt.',
      'investment acme -> borealis-bergbau',
    ],
    [
      'Die Acme AG steigt mit einem Anteil bei der Borealis Bergbau GmbH ein.',
      'investment acme -> borealis-bergbau',
    ],
    [
      'Die Acme AG arbeitet seit Jahren mit der Borealis Bergbau GmbH zusammen.',
      'partnership acme -> borealis-bergbau',
    ],
    [
      'Die Acme AG und die Borealis Bergbau GmbH arbeiten seit 1997 in Asien zusammen.',
      'partnership acme -> borealis-bergbau',
    ],
    [
      'Seit 2010 haben die Acme AG und die Borealis Bergbau GmbH eng zusammengearbeitet.',
      'partnership acme -> borealis-bergbau',
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(new Set(relations(text))).toEqual(new Set([expected]));
  });

  it('links both subjects of a coordinated subject to the object', () => {
    expect(
      relations(
        'Die Acme AG und die Nordwind AG haben die Borealis Bergbau GmbH übernommen.',
      ).sort(),
    ).toEqual(['acquisition acme -> borealis-bergbau', 'acquisition nordwind -> borealis-bergbau']);
  });

  const negatives: string[] = [
    // A name after a preposition is no object, and without a passive "von" names no agent.
    'Die Acme AG hat die Sparte von der Borealis Bergbau GmbH übernommen.',
    // The verb does not end its clause.
    'Die Acme AG, die 2019 von der Borealis Bergbau GmbH übernommen wurde, wächst.',
    // The partner after "mit" shares the purchase; it is not bought.
    'Die Acme AG will mit der Borealis Bergbau GmbH ein Werk kaufen.',
    // A list of subjects without an object.
    'Die Acme AG, die Borealis Bergbau GmbH und die Nordwind AG wollen Strom kaufen.',
    // The subject is not named: the first name stands too far into the clause.
    'Die Käufer haben nach langem Warten im Juni die Sparte Borealis Bergbau GmbH des Herstellers Nordwind AG übernommen.',
    // Each company in its own clause.
    'Die Acme AG baut ein Werk, die Borealis Bergbau GmbH will Strom kaufen.',
    // "zusammen" that is no particle of "arbeiten".
    'Die Acme AG und die Borealis Bergbau GmbH kommen zusammen auf 30 Prozent.',
  ];
  it.each(negatives)('links nothing in: %s', (text) => {
    expect(byClauseFinal(text)).toEqual([]);
  });
});
