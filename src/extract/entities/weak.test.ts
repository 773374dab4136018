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

  it('keeps a longer name whose later word the text also uses in lower case', () => {
    const text = [
      'Orvalis and Tremon extend cabin partnership',
      'Orvalis Cabin and Tremon have extended their partnership.',
      'Orvalis Cabin will continue to supply Tremon with galleys until 2030.',
    ].join('\n');
    const { orgs, rel } = relate(text);
    expect(orgs).toContain('Orvalis Cabin');
    expect(rel).toContain('partnership orvalis-cabin -> tremon');
    expect(rel).toContain('supply orvalis-cabin -> tremon');
  });

  it('reads a model number as a product, not a company', () => {
    const { orgs, rel } = relate(
      'Orvalis Ltd and Tremon have extended their partnership for XR350 seats.',
    );
    expect(orgs).not.toContain('XR350');
    expect(rel).toEqual(['partnership orvalis -> tremon']);
  });

  it('reads what a company owns ("its Widget portfolio") as a product', () => {
    const { orgs, rel } = relate('Orvalis Ltd will supply its Skyrail portfolio to Tremon Inc.');
    expect(orgs).toEqual(['Orvalis Ltd', 'Tremon Inc.']);
    expect(rel).toEqual(['supply orvalis -> tremon']);
    expect(relate('Orvalis Ltd sells their Skyrail range to Tremon Inc.').orgs).not.toContain(
      'Skyrail',
    );
  });

  it('does not take a weekday for a company', () => {
    expect(relate('Orvalis Ltd, the supplier, announced the partnership on Monday.').orgs).toEqual([
      'Orvalis Ltd',
    ]);
  });
});
