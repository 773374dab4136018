import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from './filter';
import { neighbourhood } from './neighbourhood';
import { idOf, labelsOf, seedIndex } from './testGraph';

const index = seedIndex();
const all = applyFilters(index, DEFAULT_FILTERS);

describe('neighbourhood', () => {
  it('1 hop from Liquid Telecom', () => {
    const n = neighbourhood(index, idOf(index, 'Liquid Telecom'), 1, all);
    expect(labelsOf(index, n.nodes)).toEqual([
      'Cape Town',
      'China Telecom Global',
      'Johannesburg',
      'Liquid Telecom',
      'Willem Marais',
      'Zimbabwe',
    ]);
    // Induced subgraph: relations between neighbours are included.
    for (const id of n.edges) {
      const e = index.edgeById.get(id)!;
      expect(n.nodes.has(e.source) && n.nodes.has(e.target)).toBe(true);
    }
  });

  it('2 hops reach partners of partners', () => {
    const n = neighbourhood(index, idOf(index, 'Liquid Telecom'), 2, all);
    expect(labelsOf(index, n.nodes)).toEqual(
      expect.arrayContaining(['ZTE', 'China Telecom', 'Donald Tan', 'Nairobi']),
    );
    expect(labelsOf(index, n.nodes)).not.toContain('Geely Holding Group');
  });

  it('walks only the kept relations, but keeps the start node', () => {
    const none = { nodes: new Set<string>(), edges: new Set<string>() };
    const n = neighbourhood(index, idOf(index, 'ZTE'), 2, none);
    expect(labelsOf(index, n.nodes)).toEqual(['ZTE']);
  });
});
