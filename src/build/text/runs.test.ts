import { describe, expect, it } from 'vitest';
import { isTitleCase } from './runs.js';
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
