import { describe, expect, it } from 'vitest';
import { fakePlaces, place, relate } from '../__fixtures__/helpers.js';

describe('entities', () => {
  it('keeps a German sentence from being cut like a title-case headline', () => {
    const { orgs, rel } = relate(
      'Banco Orvidra übernimmt im Jahr 2014 Tremon SA für 40 Millionen Euro.',
      'de',
    );
    expect(orgs).toEqual(['Banco Orvidra', 'Tremon SA']);
    expect(rel).toEqual(['acquisition banco-orvidra -> tremon']);
  });
});

describe('places in datelines', () => {
  const places = fakePlaces({
    'Los Angeles': place('region:city:1', 'Los Angeles', 'city'),
    'Mexico City': place('region:city:2', 'Mexico City', 'city'),
    Mexico: place('region:country:MX', 'Mexico'),
  });

  it('keeps the article a place name starts with', () => {
    const { orgs } = relate(
      'Los Angeles, 18 de enero de 2019 — Orvalis Inc. abre una oficina.',
      'es',
      places,
    );
    expect(orgs).toEqual(['Orvalis Inc.']);
  });

  it('reads an upper-case city of two words as one place, not a country and a name', () => {
    const { orgs } = relate(
      'MEXICO CITY, February 7, 2014 — Orvalis Inc. will supply Tremon Ltd.',
      'en',
      places,
    );
    expect(orgs).toEqual(['Orvalis Inc.', 'Tremon Ltd.']);
  });
});

describe('legal forms at the end of a sentence', () => {
  it('leave the sentence’s full stop out of the name', () => {
    expect(relate('Orvalis AB ist eine Tochtergesellschaft von Tremon AG.', 'de').orgs).toEqual([
      'Orvalis AB',
      'Tremon AG',
    ]);
    expect(relate('Orvalis AB was acquired by Tremon Inc.').orgs).toEqual([
      'Orvalis AB',
      'Tremon Inc.',
    ]);
  });
});
