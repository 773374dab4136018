import { describe, expect, it } from 'vitest';
import { relate } from '../__fixtures__/helpers.js';

describe('weak names', () => {
  it('accepts the short name of a company the document names with its legal form', () => {
    // German capitalises every noun, so one word alone needs the document's support.
    const de = relate(
      [
        'Orvalis Limited eröffnet ein Büro.',
        'Tremon Systeme AG übernimmt Orvalis für 12 Millionen Dollar.',
      ].join('\n'),
      'de',
    );
    expect(de.orgs).toEqual(['Orvalis Limited', 'Tremon Systeme AG', 'Orvalis']);
    expect(de.rel).toContain('acquisition tremon-systeme -> orvalis');
  });

  it('accepts a name English would read as a common word when the document names it in full', () => {
    // "Febrial" looks like an adjective to an English tagger.
    const en = relate(
      ['Febrial SA opened an office.', 'Febrial was acquired by Tremon Limited in 2021.'].join(
        '\n',
      ),
    );
    expect(en.orgs).toEqual(['Febrial SA', 'Febrial', 'Tremon Limited']);
    expect(en.rel).toContain('acquisition tremon -> febrial');
  });

  it('accepts the short name even where its words are also used as common words', () => {
    const text = [
      'Orvalis Solar plc makes solar panels.',
      'Orvalis Solar and Tremon Limited have formed a joint venture.',
    ].join('\n');
    expect(relate(text).rel).toEqual(['joint_venture orvalis-solar -> tremon']);
  });

  it('still ignores a common word with no company behind it', () => {
    expect(relate('Independent analysts expect Tremon Limited to grow.').orgs).toEqual([
      'Tremon Limited',
    ]);
  });
});
