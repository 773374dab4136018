import { describe, expect, it } from 'vitest';
import { buildIndex, regionInside, regionsWithin } from './graphIndex';
import { idOf, makeGraph, seedIndex } from './testGraph';

describe('buildIndex', () => {
  const index = seedIndex();

  it('places Nairobi and Johannesburg inside Africa, and not inside Asia', () => {
    const africa = idOf(index, 'Africa');
    const asia = idOf(index, 'Asia');
    for (const city of ['Nairobi', 'Johannesburg', 'Cape Town', 'Zimbabwe']) {
      expect(regionInside(index, idOf(index, city), africa)).toBe(true);
      expect(regionInside(index, idOf(index, city), asia)).toBe(false);
    }
    expect(regionInside(index, africa, africa)).toBe(true);
    expect(regionInside(index, africa, idOf(index, 'Nairobi'))).toBe(false);
  });

  it('follows memberOf into macro-regions, and survives cycles', () => {
    const g = makeGraph(
      [
        { id: 'me', type: 'region', level: 'macro' },
        { id: 'asia', type: 'region', level: 'continent' },
        { id: 'ae', type: 'region', level: 'country', parent: 'asia', memberOf: ['me'] },
        { id: 'dubai', type: 'region', level: 'city', parent: 'ae' },
        { id: 'x', type: 'region', parent: 'y' },
        { id: 'y', type: 'region', parent: 'x' },
      ],
      [],
    );
    const idx = buildIndex(g);
    expect(regionInside(idx, 'dubai', 'me')).toBe(true);
    expect(regionInside(idx, 'dubai', 'asia')).toBe(true);
    expect([...idx.regionAncestors.get('x')!].sort()).toEqual(['x', 'y']);
    expect([...regionsWithin(idx, 'me')].sort()).toEqual(['ae', 'dubai', 'me']);
    expect([...regionsWithin(idx, 'dubai')]).toEqual(['dubai']);
  });

  it('counts degrees, years and hierarchy-only regions', () => {
    expect(index.degree.get(idOf(index, 'China Telecom Global'))).toBeGreaterThanOrEqual(4);
    expect(index.yearCounts.get(2018)).toBeGreaterThan(0);
    expect(index.hierarchyOnly.has(idOf(index, 'Eastern Africa'))).toBe(true);
    expect(index.hierarchyOnly.has(idOf(index, 'Nairobi'))).toBe(false);
    expect(index.yearExtent).toEqual({ min: 2018, max: 2025 });
  });
});
