import { describe, expect, it } from 'vitest';
import { buildSearchEntries, normalise, search } from './search';
import { seedIndex } from './testGraph';

const index = seedIndex();
const entries = buildSearchEntries(index.graph.nodes, index.degree);
const labels = (q: string) => search(entries, q).map((h) => h.label);

describe('search', () => {
  it('finds by label prefix, best match first', () => {
    expect(labels('China Telecom')[0]).toBe('China Telecom');
    expect(labels('china telecom g')[0]).toBe('China Telecom Global');
  });

  it('finds by alias and says which alias matched', () => {
    const [hit] = search(entries, 'CTG');
    expect(hit?.label).toBe('China Telecom Global');
    expect(hit?.via).toBe('CTG');
    expect(labels('Geely Holding')[0]).toBe('Geely Holding Group');
  });

  it('ignores case and accents', () => {
    expect(normalise('  Zimbabwéen ')).toBe('zimbabween');
    expect(labels('ZIMBABWEEN')).toContain('Zimbabwe');
  });

  it('matches word starts inside labels', () => {
    expect(labels('telecom')).toEqual(
      expect.arrayContaining(['Liquid Telecom', 'China Telecom Global']),
    );
  });

  it('returns nothing for an empty query and honours the filter', () => {
    expect(search(entries, '   ')).toEqual([]);
    expect(
      search(entries, 'a', 50, (e) => e.type === 'person').every((h) => h.type === 'person'),
    ).toBe(true);
  });
});
