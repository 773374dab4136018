import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../schema/graph';
import { graphSubset } from './exportJson';
import { applyFilters, DEFAULT_FILTERS } from './filter';
import { neighbourhood } from './neighbourhood';
import { idOf, seedIndex } from './testGraph';
import type { Filters } from './types';

const index = seedIndex();
const cases: [string, Partial<Filters>][] = [
  ['no filters', {}],
  ['Africa', { region: 'Africa' }],
  ['2018 only', { yearFrom: 2018, yearTo: 2018, includeUndated: false }],
  ['companies only', { entityTypes: ['company'] }],
  ['people only', { entityTypes: ['person'] }],
  ['nothing', { relationTypes: [] }],
];

describe('JSON export', () => {
  it.each(cases)('is a valid graph.json subset: %s', (_name, over) => {
    const filters = {
      ...DEFAULT_FILTERS,
      ...over,
      region: over.region ? idOf(index, over.region) : null,
    };
    const visible = applyFilters(index, filters);
    const subset = graphSubset(index, visible);
    const r = validateGraph(JSON.parse(JSON.stringify(subset)));
    expect(r.ok ? 'valid' : r.error).toBe('valid');
    for (const id of visible.nodes) expect(subset.nodes.some((n) => n.id === id)).toBe(true);
    expect(subset.edges.map((e) => e.id).sort()).toEqual([...visible.edges].sort());
  });

  it('keeps the places and containing regions a visible relation names', () => {
    const visible = neighbourhood(
      index,
      idOf(index, 'Liquid Telecom'),
      1,
      applyFilters(index, DEFAULT_FILTERS),
    );
    const subset = graphSubset(index, visible);
    const labels = subset.nodes.map((n) => n.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Africa', 'Asia', 'Southern Africa', 'South Africa']),
    );
    expect(labels).not.toContain('Geely Holding Group');
    expect(
      subset.documents.every((d) =>
        d.entities.every((s) => subset.nodes.some((n) => n.id === s.node)),
      ),
    ).toBe(true);
  });
});
