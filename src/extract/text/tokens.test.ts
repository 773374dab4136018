import { describe, expect, it } from 'vitest';
import { MAX_SLUG, slugify, tokenize } from './tokens.js';

describe('slugify', () => {
  it('folds accents and joins words with hyphens', () => {
    expect(slugify('China Telecom (Americas) Ltd.')).toBe('china-telecom-americas-ltd');
    expect(slugify('Société Générale')).toBe('societe-generale');
    expect(slugify('***')).toBe('x');
  });

  it('bounds the length of a slug and keeps long ones apart', () => {
    const long = Array.from({ length: 120 }, (_, i) => `Word${i}`).join(' ');
    const a = slugify(long);
    const b = slugify(`${long} Holdings`);
    expect(a.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(b.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(a).toMatch(/^word0-word1-word2-.*-[0-9a-z]+$/);
    expect(a).not.toBe(b);
    expect(slugify(long)).toBe(a);
    expect(slugify('A'.repeat(400))).toMatch(/^a{108}-[0-9a-z]+$/);
  });
});

describe('tokenize: elision', () => {
  it('splits a French or Italian elided article or preposition from its word', () => {
    expect(tokenize("l'Afrique dell’Europa nell'Unione").map((token) => token.text)).toEqual([
      "l'",
      'Afrique',
      'dell’',
      'Europa',
      "nell'",
      'Unione',
    ]);
  });
});

describe('tokenize: slashes', () => {
  it('splits names a slash lists, and keeps units, years and legal forms whole', () => {
    const words = (text: string) => tokenize(text).map((token) => token.text);
    expect(words('Wien/Abu Dhabi')).toEqual(['Wien', 'Abu', 'Dhabi']);
    expect(words('Acme/Borealis')).toEqual(['Acme', 'Borealis']);
    expect(words('Nordwind A/S, 90 km/h, 2023/24, and/or')).toEqual([
      'Nordwind',
      'A/S',
      '90',
      'km/h',
      '2023/24',
      'and/or',
    ]);
  });
});
