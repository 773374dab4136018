import { describe, expect, it } from 'vitest';
import { loadNameWords, NameNormaliser } from './names.js';
import { names } from './__fixtures__/build.js';

describe('organisation and place names', () => {
  it('ignores case, accents and punctuation', () => {
    expect(names.name('ÉCLAIR-Énergie, S.A.R.L.')).toBe('eclair energie s a r l');
    expect(names.name('Eclair Energie')).toBe('eclair energie');
  });

  it('drops a possessive s', () => {
    expect(names.name("Acme's")).toBe('acme');
    expect(names.name('Acme’s')).toBe('acme');
  });

  it('drops legal forms and designators at the end', () => {
    expect(names.name('Acme Holdings Ltd')).toBe('acme');
    expect(names.name('Acme Corp.')).toBe('acme');
  });

  it('drops articles and legal words at the start', () => {
    expect(names.name('The Acme Group')).toBe('acme');
    expect(names.name('Groupe Acme')).toBe('acme');
    expect(names.name('Banco de Acme')).toBe('banco de acme');
  });

  it('keeps one word, even a legal one', () => {
    expect(names.name('Group')).toBe('group');
    // The end is trimmed first: "The Group" keeps "the".
    expect(names.name('The Group')).toBe('the');
  });

  it('gives an empty string for nothing', () => {
    expect(names.name(undefined)).toBe('');
    expect(names.name('')).toBe('');
    expect(names.name('—')).toBe('');
  });
});

describe("people's names", () => {
  it('ignores titles and word order', () => {
    expect(names.person('Dr. Jane Roe')).toBe(names.person('Roe Jane'));
    expect(names.person('Mme Claire Dubois')).toBe('claire dubois');
    expect(names.person('Herr Max Muster')).toBe('max muster');
  });

  it('needs a title to be followed by the name', () => {
    expect(names.person('Drake Roe')).toBe('drake roe');
  });
});

describe('the word list', () => {
  it('reads legal forms, articles and person titles from data/eval-name-words.csv', () => {
    const words = loadNameWords();
    expect(words.affixes.has('gmbh')).toBe(true);
    expect(words.affixes.has('the')).toBe(true);
    expect(words.personTitles.has('mme')).toBe(true);
  });

  it('is what the normaliser uses', () => {
    const bare = new NameNormaliser({ affixes: new Set(), personTitles: new Set() });
    expect(bare.name('Acme Ltd')).toBe('acme ltd');
    expect(bare.person('Dr Jane Roe')).toBe('dr jane roe');
  });
});
