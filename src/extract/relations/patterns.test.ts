import { describe, expect, it } from 'vitest';
import { relate } from '../__fixtures__/helpers.js';

describe('directed cues', () => {
  it('keeps "A SA rachète B" as A -> B: a legal form before the cue is no possessive', () => {
    expect(
      relate('Orvalis SA rachète Tremon Systèmes S.A. pour 75 millions d’euros.', 'fr').rel,
    ).toEqual(['acquisition orvalis -> tremon-systemes']);
    expect(relate('Orvalis SA a racheté Tremon Systèmes SAS en 2021.', 'fr').rel).toEqual([
      'acquisition orvalis -> tremon-systemes',
    ]);
  });

  it('still turns a role noun round after a possessive determiner', () => {
    expect(
      relate('Orvalis SA et sa filiale Tremon Systèmes SAS ont ouvert un site.', 'fr').rel,
    ).toContain('subsidiary tremon-systemes -> orvalis');
  });
});
