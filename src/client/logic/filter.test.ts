import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS, isRelationFilterActive, yearsMatch } from './filter';
import { buildIndex } from './graphIndex';
import { edgeBetween, idOf, labelsOf, makeGraph, seedIndex } from './testGraph';
import type { Filters } from './types';

const index = seedIndex();
const f = (over: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...over });

describe('applyFilters on the seed graph', () => {
  it('keeps everything but hierarchy-only regions without filters', () => {
    const v = applyFilters(index, DEFAULT_FILTERS);
    expect(v.edges.size).toBe(index.graph.edges.length);
    expect(v.nodes.has(idOf(index, 'Internet Society'))).toBe(true);
    expect(v.nodes.has(idOf(index, 'Eastern Africa'))).toBe(false);
  });

  it('region Africa keeps Liquid Telecom and China Telecom Global and their partnership', () => {
    const v = applyFilters(index, f({ region: idOf(index, 'Africa') }));
    const labels = labelsOf(index, v.nodes);
    expect(labels).toEqual(
      expect.arrayContaining(['Liquid Telecom', 'China Telecom Global', 'Nairobi', 'Johannesburg']),
    );
    for (const absent of [
      'ZTE',
      'Huawei',
      'Geely Holding Group',
      'Vietnam',
      'Hong Kong',
      'China Telecom Americas',
    ])
      expect(labels).not.toContain(absent);
    expect(
      v.edges.has(edgeBetween(index, 'Liquid Telecom', 'China Telecom Global', 'partnership').id),
    ).toBe(true);
    expect(v.edges.has(edgeBetween(index, 'ZTE', 'China Telecom Global', 'supply').id)).toBe(false);
  });

  it('a country keeps relations located in its cities', () => {
    const v = applyFilters(index, f({ region: idOf(index, 'Kenya') }));
    expect(labelsOf(index, v.nodes)).toEqual(['China Telecom Global', 'Donald Tan', 'Nairobi']);
  });

  it('a people link without places follows its organisation', () => {
    const v = applyFilters(index, f({ region: idOf(index, 'Africa') }));
    expect(v.nodes.has(idOf(index, 'Willem Marais'))).toBe(true);
    expect(v.nodes.has(idOf(index, 'Donald Tan'))).toBe(true);
    expect(v.nodes.has(idOf(index, 'Xiao Ming'))).toBe(false);
  });

  it('years 2018–2018 without undated keep only 2018 relations', () => {
    const v = applyFilters(index, f({ yearFrom: 2018, yearTo: 2018, includeUndated: false }));
    expect(v.edges.size).toBeGreaterThan(0);
    for (const id of v.edges) expect(index.edgeById.get(id)!.years).toContain(2018);
    expect(
      v.edges.has(edgeBetween(index, 'Geely Holding Group', 'China Telecom', 'partnership').id),
    ).toBe(true);
    expect(v.nodes.has(idOf(index, 'Huawei'))).toBe(false);
  });

  it('include undated keeps relations without years', () => {
    const undated = edgeBetween(index, 'ZTE', 'China Telecom Global', 'partnership');
    expect(applyFilters(index, f({ yearFrom: 2018, yearTo: 2018 })).edges.has(undated.id)).toBe(
      true,
    );
    expect(
      applyFilters(index, f({ yearFrom: 2018, yearTo: 2018, includeUndated: false })).edges.has(
        undated.id,
      ),
    ).toBe(false);
  });

  it('relation types keep only matching relations and their ends', () => {
    const v = applyFilters(index, f({ relationTypes: ['subsidiary'] }));
    expect(labelsOf(index, v.nodes)).toEqual([
      'China Telecom',
      'China Telecom Americas',
      'China Telecom Global',
    ]);
  });

  it('entity types hide nodes and the relations that touch them', () => {
    const v = applyFilters(index, f({ entityTypes: ['company', 'organization'] }));
    for (const id of v.nodes)
      expect(['company', 'organization']).toContain(index.nodeById.get(id)!.type);
    for (const id of v.edges) expect(index.edgeById.get(id)!.type).not.toBe('works_for');
  });

  it('a company linked only to a place in the region is kept even with places hidden', () => {
    const v = applyFilters(index, f({ region: idOf(index, 'Vietnam'), entityTypes: ['company'] }));
    expect(labelsOf(index, v.nodes)).toEqual(['Huawei', 'ZTE']);
    expect(v.edges.size).toBe(0);
  });

  it('no Huawei–ZTE relation is ever shown', () => {
    const v = applyFilters(index, f({ region: idOf(index, 'Vietnam') }));
    const huawei = idOf(index, 'Huawei');
    const zte = idOf(index, 'ZTE');
    for (const id of v.edges) {
      const e = index.edgeById.get(id)!;
      expect([e.source, e.target].sort()).not.toEqual([huawei, zte].sort());
    }
  });

  it('all filters combine', () => {
    const v = applyFilters(
      index,
      f({
        region: idOf(index, 'Asia'),
        yearFrom: 2019,
        yearTo: 2019,
        relationTypes: ['supply', 'partnership'],
        includeUndated: false,
      }),
    );
    expect(labelsOf(index, v.nodes)).toEqual(['China Telecom Global', 'ZTE']);
    expect(v.edges.size).toBe(1);
  });
});

describe('filter helpers', () => {
  it('yearsMatch honours open bounds and undated', () => {
    expect(yearsMatch([2018], f({ yearFrom: 2018 }))).toBe(true);
    expect(yearsMatch([2017], f({ yearFrom: 2018 }))).toBe(false);
    expect(yearsMatch([2017, 2020], f({ yearFrom: 2018, yearTo: 2019 }))).toBe(false);
    expect(yearsMatch([], f({ includeUndated: false }))).toBe(false);
  });

  it('entity types alone are not a relation filter', () => {
    expect(isRelationFilterActive(f({ entityTypes: ['company'] }))).toBe(false);
    expect(isRelationFilterActive(f({ relationTypes: ['supply'] }))).toBe(true);
  });

  it('handles an edge whose place is missing from the hierarchy', () => {
    const g = makeGraph(
      [{ id: 'a' }, { id: 'b' }, { id: 'r', type: 'region' }, { id: 'q', type: 'region' }],
      [{ source: 'a', target: 'b', regions: ['q'] }],
    );
    const v = applyFilters(buildIndex(g), f({ region: 'r' }));
    expect(v.nodes.size).toBe(0);
  });
});
