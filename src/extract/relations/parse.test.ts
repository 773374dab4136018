import { describe, expect, it } from 'vitest';
import { fakePlaces, place } from '../__fixtures__/helpers.js';
import { parsed } from '../__fixtures__/relations.js';

const places = fakePlaces({
  Lagos: place('region:city:1', 'Lagos', 'city'),
  Accra: place('region:city:2', 'Accra', 'city'),
});

describe('parseSentence', () => {
  it('makes "our" in an attributed quote a possessive party for the speaker’s organisation', () => {
    const [sentence] = parsed(
      '"Tremon Cloud Inc is one of our partners," said Jane Roe, CEO of Orvalis Networks Ltd.',
    ).sentences;
    const our = sentence?.orgs.find((o) => sentence.tokens[o.first]?.lower === 'our');
    expect(our).toMatchObject({ key: 'org:orvalis-networks', possessive: true });
  });

  it('makes "we" a party that is not possessive', () => {
    const [sentence] = parsed(
      '"We chose Tremon Cloud Inc," said Jane Roe, CEO of Orvalis Networks Ltd.',
    ).sentences;
    const we = sentence?.orgs.find((o) => sentence.tokens[o.first]?.lower === 'we');
    expect(we).toMatchObject({ key: 'org:orvalis-networks', possessive: false });
  });

  it('joins a short form in parentheses to the name before it', () => {
    const [sentence] = parsed(
      'Orvalis Networks Ltd (Orvalis) and Tremon Cloud Inc grew.',
    ).sentences;
    expect(sentence?.orgs.map((o) => [o.key, o.first, o.last])).toEqual([
      ['org:orvalis-networks', 0, 3],
      ['org:tremon-cloud', 5, 7],
    ]);
  });

  it('lets a list of places share the locative before it', () => {
    const [sentence] = parsed(
      'Orvalis Networks Ltd opened offices in Lagos and Accra.',
      'en',
      places,
    ).sentences;
    expect(sentence?.places.map((p) => p.locative)).toEqual([true, true]);
    expect(sentence?.regions).toEqual(['region:city:1', 'region:city:2']);
  });

  it('makes object and subject pronouns ("us", "noi") parties that are not possessive', () => {
    const [english] = parsed(
      '"Tremon Cloud Inc chose us," said Jane Roe, CEO of Orvalis Networks Ltd.',
    ).sentences;
    expect(english?.orgs.find((o) => english.tokens[o.first]?.lower === 'us')).toMatchObject({
      possessive: false,
    });
    const [italian] = parsed(
      '«Noi cresciamo», ha detto Jane Roe, amministratrice delegata di Orvalis Networks SpA.',
      'it',
    ).sentences;
    expect(italian?.orgs.find((o) => italian.tokens[o.first]?.lower === 'noi')).toMatchObject({
      possessive: false,
    });
  });
});
