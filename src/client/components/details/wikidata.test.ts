import { describe, expect, it } from 'vitest';
import { wikidataHref } from './wikidata';

describe('wikidataHref', () => {
  it('links an item id to its Wikidata page', () => {
    expect(wikidataHref('Q246')).toBe('https://www.wikidata.org/wiki/Q246');
  });

  it('gives no link for a missing or malformed id', () => {
    expect(wikidataHref(undefined)).toBeNull();
    expect(wikidataHref('')).toBeNull();
    expect(wikidataHref('P31')).toBeNull();
    expect(wikidataHref('Q246/../../evil')).toBeNull();
    expect(wikidataHref('javascript:alert(1)')).toBeNull();
  });
});
