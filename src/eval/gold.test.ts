import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldError, parseGold, readGold } from './gold.js';

const minimal = { doc: 'acme.txt', language: 'en' };

function problems(data: unknown): string[] {
  try {
    parseGold(data, 'gold.json');
  } catch (err) {
    if (err instanceof GoldError) return err.message.split('\n');
    throw err;
  }
  return [];
}

describe('gold schema', () => {
  it('needs only doc and language; lists default to empty', () => {
    const [doc] = parseGold([minimal], 'gold.json');
    expect(doc?.organizations).toEqual([]);
    expect(doc?.relations).toEqual([]);
    expect(doc?.noise_organizations).toEqual([]);
  });

  it('reads a full entry', () => {
    const [doc] = parseGold(
      [
        {
          ...minimal,
          date: '2021-03-04',
          organizations: [{ name: 'Acme Robotics', aliases: ['Acme'] }, { name: 'Globex' }],
          optional_organizations: ['Initech'],
          noise_organizations: ['Daily Widget News'],
          people: [{ name: 'Jane Roe', organization: 'Acme Robotics', role: 'CEO' }],
          places: [{ name: 'France', kind: 'country', country: 'FR' }],
          years: [2021],
          relations: [{ a: 'Acme', b: 'Globex', type: 'supply', year: 2021 }],
          forbidden_relations: [{ a: 'Globex', b: 'Initech', why: 'rivals' }],
          region_links: [{ org: 'Acme Robotics', place: 'France', year: null }],
        },
      ],
      'gold.json',
    );
    expect(doc?.organizations[1]?.aliases).toEqual([]);
    expect(doc?.relations[0]?.type).toBe('supply');
  });

  it('names the file, the document and the field of a problem', () => {
    const bad = { ...minimal, relations: [{ a: 'Acme', b: 'Globex', type: 'merger' }] };
    const [first] = problems([minimal, bad]);
    expect(first).toMatch(/^gold\.json: document 2 \(acme\.txt\): relations\[0\]\.type: /);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    expect(problems([{ ...minimal, organisations: [] }])[0]).toMatch(
      /document 1 \(acme\.txt\).*organisations/,
    );
  });

  it('checks language codes, country codes, dates and place kinds', () => {
    const found = problems([
      {
        doc: 'a.txt',
        language: 'English',
        date: '4 March 2021',
        places: [{ name: 'Lyon', kind: 'town', country: 'FRA' }],
      },
    ]);
    expect(found.some((p) => p.includes('language: expected an ISO 639-1 code'))).toBe(true);
    expect(found.some((p) => p.includes('date: expected YYYY'))).toBe(true);
    expect(found.some((p) => p.includes('places[0].kind'))).toBe(true);
    expect(found.some((p) => p.includes('places[0].country: expected an ISO 3166-1'))).toBe(true);
  });

  it('accepts an empty country for a region across countries', () => {
    expect(
      problems([{ ...minimal, places: [{ name: 'Sahel', kind: 'region', country: '' }] }]),
    ).toEqual([]);
  });

  it('requires a document', () => {
    expect(problems([])[0]).toMatch(/expected at least one document/);
    expect(problems({})[0]).toMatch(/^gold\.json: \(top level\)/);
  });

  it('finds a document annotated twice', () => {
    expect(problems([minimal, minimal])[0]).toMatch(
      /document 2 \(acme\.txt\): doc: .* annotated twice/,
    );
  });

  it('finds relation endpoints that are no organisation of the document', () => {
    const doc = {
      ...minimal,
      organizations: [{ name: 'Acme Robotics', aliases: ['Acme'] }, { name: 'Globex' }],
      optional_organizations: ['Initech'],
      relations: [
        { a: 'Acme', b: 'Initech', type: 'partnership' },
        { a: 'Acme', b: 'Globx', type: 'partnership' },
      ],
      forbidden_relations: [{ a: 'Umbrella', b: 'Globex' }],
    };
    expect(problems([doc])).toEqual([
      `gold.json: document 1 (acme.txt): relations[1].b: "Globx" is not the name or alias of one of this document's organizations or optional_organizations`,
      `gold.json: document 1 (acme.txt): forbidden_relations[0].a: "Umbrella" is not the name or alias of one of this document's organizations or optional_organizations`,
    ]);
  });

  it('reads a file, and says when it is not JSON', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gold-'));
    const good = path.join(dir, 'gold.json');
    const broken = path.join(dir, 'broken.json');
    writeFileSync(good, JSON.stringify([minimal]));
    writeFileSync(broken, '[{"doc": ');
    expect(readGold(good)).toHaveLength(1);
    expect(() => readGold(broken)).toThrow(/^broken\.json: not valid JSON/);
    expect(() => readGold(path.join(dir, 'none.json'))).toThrow(/^none\.json: cannot read/);
  });
});

describe('the README', () => {
  it('shows an example entry that the schema accepts', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Measuring quality on your own pages'));
    const example = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(example).toBeDefined();
    expect(parseGold(JSON.parse(example ?? ''), 'README.md')).toHaveLength(1);
  });
});
