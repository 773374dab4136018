import { describe, expect, it } from 'vitest';
import { knowledge } from '../__fixtures__/helpers.js';
import { relationWords } from './words.js';

describe('relationWords', () => {
  it('ends prepositional cues with the language’s "of" and other prepositions', () => {
    expect([...relationWords(knowledge, 'en').prepositions]).toEqual(
      expect.arrayContaining(['of', 'to', 'for', 'from', 'in']),
    );
    expect([...relationWords(knowledge, 'fr').prepositions]).toEqual(
      expect.arrayContaining(['de', 'dans', 'en']),
    );
    expect([...relationWords(knowledge, 'de').prepositions]).toEqual(
      expect.arrayContaining(['von', 'an']),
    );
  });

  it('tells first-person subjects from possessives', () => {
    const fr = relationWords(knowledge, 'fr');
    expect(fr.firstPerson.has('notre') && !fr.firstPersonSubjects.has('notre')).toBe(true);
    expect(fr.firstPersonSubjects.has('nous')).toBe(true);
  });
});
