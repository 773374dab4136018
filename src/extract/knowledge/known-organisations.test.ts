import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../__fixtures__/helpers.js';
import { loadKnowledge } from './index.js';
import {
  describesOrganisation,
  findKnownOrganisation,
  indexKnownOrganisations,
  isAmbiguousName,
  knownOrganisation,
  KNOWN_ORGANISATIONS_CODEC,
  nameKey,
  organisationLookup,
  readDescriptionRules,
} from './known-organisations.js';

const rules = readDescriptionRules(knowledge.dataDir);

describe('describesOrganisation', () => {
  it.each([
    'German multinational engineering company',
    'Irish bank',
    'Dutch supermarket chain',
    'chain of bakeries in Portugal',
    'US based pet store chain',
    'United Kingdom–based furniture retailer',
    'Spanish travel agency',
    'French automotive brand of a larger group',
    'regional electricity grid operator in Bavaria',
    'one of the largest banks in Chile',
  ])('keeps "%s"', (description) => {
    expect(describesOrganisation(description, rules)).toBe(true);
  });

  it.each([
    'country in South America',
    'city in Saxony, Germany',
    'school district in Ohio',
    'government agency of the state of Utah',
    'municipal police force in a Czech town',
    'public library system in Oregon',
    'bus rapid transit line in a capital city',
    'flag of an island nation',
    'British toy store',
    'nonprofit organization based in Texas',
    'Do not use: duplicate of a retail company',
    'a description that names no kind at all',
  ])('drops "%s"', (description) => {
    expect(describesOrganisation(description, rules)).toBe(false);
  });

  it('lets the longest term decide: an agency is public, a travel agency trades', () => {
    expect(describesOrganisation('state agency for roads', rules)).toBe(false);
    expect(describesOrganisation('travel agency for roads', rules)).toBe(true);
  });
});

describe('readDescriptionRules', () => {
  it('names the row of an unknown kind', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kinds-'));
    writeFileSync(path.join(dir, 'known-organisation-kinds.csv'), 'term,kind\ncompany,maybe\n');
    expect(() => readDescriptionRules(dir)).toThrow(/row 2: unknown kind "maybe"/);
  });
});

describe('nameKey', () => {
  it('ignores case, accents, punctuation and legal forms at the end', () => {
    expect(nameKey('Volkswagen AG', knowledge)).toBe('volkswagen');
    expect(nameKey('VOLKSWAGEN', knowledge)).toBe('volkswagen');
    expect(nameKey('Nestlé S.A.', knowledge)).toBe(nameKey('Nestle', knowledge));
    expect(nameKey('Kestrel-Turbines Ltd.', knowledge)).toBe('kestrel turbines');
    expect(nameKey("Fennick's", knowledge)).toBe(nameKey('Fennick', knowledge));
  });

  it('drops the bracketed note Wikidata adds to a label', () => {
    expect(nameKey('Kestrel Turbines (Norway)', knowledge)).toBe('kestrel turbines');
  });
});

describe('isAmbiguousName', () => {
  it('marks one-word names that are words of the language', () => {
    expect(isAmbiguousName('orange')).toBe(true);
    expect(isAmbiguousName('next')).toBe(true);
  });

  it('leaves names and longer names alone', () => {
    expect(isAmbiguousName('volkswagen')).toBe(false);
    expect(isAmbiguousName('next retail')).toBe(false);
  });
});

describe('findKnownOrganisation on a hand-made table', () => {
  const table = {
    Q900001: { label: 'Kestrel Turbines', description: 'Norwegian wind turbine manufacturer' },
    Q900002: { label: 'Kestrelland', description: 'country in a made-up ocean' },
    Q900003: { label: 'Kestrel Valley Schools', description: 'school district in Ohio' },
    Q900004: { label: 'Orange', description: 'made-up telecommunications company' },
    Q900005: { label: 'Fennick Group', description: 'British retail group' },
    Q900006: { label: 'Fennick', description: 'British clothing retailer' },
    Q900010: { label: 'Harbour Bank', description: 'bank in Lisbon' },
    Q900009: { label: 'Harbour Bank', description: 'bank in Porto' },
  };
  const index = indexKnownOrganisations(table, knowledge, rules);
  const find = (name: string) => findKnownOrganisation(index, name, knowledge);

  it('finds an organisation by its name, with its item and description', () => {
    expect(find('Kestrel Turbines AS')).toEqual({
      wikidata: 'Q900001',
      label: 'Kestrel Turbines',
      description: 'Norwegian wind turbine manufacturer',
      ambiguous: false,
    });
  });

  it('never returns places or schools', () => {
    expect(find('Kestrelland')).toBeUndefined();
    expect(find('Kestrel Valley Schools')).toBeUndefined();
  });

  it('marks a common-word name as ambiguous', () => {
    expect(find('Orange')?.ambiguous).toBe(true);
  });

  it('prefers the label written as the name, else the oldest item', () => {
    expect(find('Fennick')?.wikidata).toBe('Q900006');
    expect(find('Fennick Group')?.wikidata).toBe('Q900005');
    expect(find('Harbour Bank')?.wikidata).toBe('Q900009');
  });
});

describe('knownOrganisation on the name-suggestion-index table', () => {
  it('finds a well-known company with its Wikidata item, whatever its legal form', () => {
    const found = knownOrganisation('Volkswagen AG', knowledge);
    expect(found).toMatchObject({ wikidata: 'Q246', label: 'Volkswagen', ambiguous: false });
    expect(knownOrganisation('Siemens', knowledge)?.wikidata).toBe('Q81230');
  });

  it('does not return a country or a school district', () => {
    expect(knownOrganisation('Canada', knowledge)).toBeUndefined();
    expect(knownOrganisation('Arlington Independent School District', knowledge)).toBeUndefined();
  });

  it('marks a brand named by a common word as ambiguous', () => {
    expect(knownOrganisation('Orange', knowledge)).toMatchObject({
      wikidata: 'Q1431486',
      ambiguous: true,
    });
  });
});

describe('organisationLookup', () => {
  it('when deferred, reads or builds the index at the first name, not before', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pa-known-'));
    const fresh = loadKnowledge(knowledge.dataDir);
    const lookup = organisationLookup(fresh, { dir, version: 'test' }, true);
    expect(readdirSync(dir)).toEqual([]);
    expect(lookup('IKEA AB')?.wikidata).toBe('Q54078');
    expect(readdirSync(dir)).toEqual(['known-organisations-test.json']);
  });
});

describe('KNOWN_ORGANISATIONS_CODEC', () => {
  it('reads back what it wrote', () => {
    const index = new Map([['acme', [{ wikidata: 'Q1', label: 'Acme', description: 'company' }]]]);
    const json = JSON.parse(JSON.stringify(KNOWN_ORGANISATIONS_CODEC.toJson(index))) as unknown;
    expect(KNOWN_ORGANISATIONS_CODEC.fromJson(json)).toEqual(index);
  });

  it('refuses a malformed entry', () => {
    expect(() => KNOWN_ORGANISATIONS_CODEC.fromJson([['acme', [['Q1', 'Acme']]]])).toThrow(
      /not \[wikidata, label, description\]/,
    );
    expect(() => KNOWN_ORGANISATIONS_CODEC.fromJson({})).toThrow(/not a list/);
  });
});
