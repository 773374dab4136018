import { describe, expect, it } from 'vitest';
import { findRuns, isTitleCase, joinPlaceRuns } from './runs.js';
import { tokenize } from './tokens.js';

const fn = new Set(['and', 'in', 'im', 'für', 'und']);

describe('isTitleCase', () => {
  it('takes an English line with every word capitalised for a headline', () => {
    expect(isTitleCase(tokenize('Orvalis And Tremon Sign Supply Deal In Lagos'), fn)).toBe(true);
    expect(isTitleCase(tokenize('Orvalis and Tremon signed a supply deal in Lagos'), fn)).toBe(
      false,
    );
  });

  it('reads a German sentence with one lower-case verb as running text', () => {
    const tokens = tokenize('Banco Orvidra übernimmt im Jahr 2014 Tremon SA für 40 Millionen Euro');
    expect(isTitleCase(tokens, fn)).toBe(true); // as English, it would look like a headline
    expect(isTitleCase(tokens, fn, true)).toBe(false);
  });
});

describe('findRuns', () => {
  const runs = (text: string) =>
    findRuns(tokenize(text), text, 0, new Set(['of']), new Set(['plc'])).map((r) =>
      tokenize(text)
        .slice(r.first, r.last + 1)
        .map((t) => t.text)
        .join(' '),
    );

  it('ends a name with a legal form written in lower case, and only then', () => {
    expect(runs('Orvalis bought Tremon Solar plc in May')).toEqual([
      'Orvalis',
      'Tremon Solar plc',
      'May',
    ]);
    expect(runs('Orvalis as a supplier of Tremon')).toEqual(['Orvalis', 'Tremon']);
  });
});

describe('findRuns with an owner phrase', () => {
  it('ends a name at a connector that opens an owner phrase, and only there', () => {
    const text = 'Orvalis Technik des Herstellers Tremon and Bank of Kelvar';
    const tokens = tokenize(text);
    const opensOwner = (at: number) => tokens[at + 1]?.text === 'Herstellers';
    const found = findRuns(tokens, text, 0, new Set(['des', 'of']), new Set(), opensOwner);
    expect(found.map((r) => text.slice(tokens[r.first]?.start, tokens[r.last]?.end))).toEqual([
      'Orvalis Technik',
      'Herstellers Tremon',
      'Bank of Kelvar',
    ]);
  });
});

describe('joinPlaceRuns', () => {
  it('joins two runs around a lower-case word only when the whole is a place', () => {
    const text = 'Orvalis es Tremon and Sul es Salaam';
    const tokens = tokenize(text);
    const joined = joinPlaceRuns(
      findRuns(tokens, text, 0, new Set()),
      tokens,
      text,
      0,
      (a, b) => text.slice(tokens[a]?.start, tokens[b]?.end) === 'Sul es Salaam',
    );
    expect(joined.map((r) => text.slice(tokens[r.first]?.start, tokens[r.last]?.end))).toEqual([
      'Orvalis',
      'Tremon',
      'Sul es Salaam',
    ]);
  });

  it('joins across an elided word glued to the next run ("Côte d’Ivoire"), not a spaced one', () => {
    const text = 'Orvalis vend en Côte d’Ivoire et Costa d’ Avorio';
    const tokens = tokenize(text);
    const slice = (a: number, b: number) => text.slice(tokens[a]?.start, tokens[b]?.end);
    const places = new Set(['Côte d’Ivoire', 'Costa d’ Avorio']);
    const joined = joinPlaceRuns(findRuns(tokens, text, 0, new Set()), tokens, text, 0, (a, b) =>
      places.has(slice(a, b)),
    );
    expect(joined.map((r) => slice(r.first, r.last))).toEqual([
      'Orvalis',
      'Côte d’Ivoire',
      'Costa',
      'Avorio',
    ]);
  });
});
