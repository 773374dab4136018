import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from './filter';
import { summarise } from './summary';
import { idOf, labelsOf, seedIndex } from './testGraph';

const index = seedIndex();
const all = applyFilters(index, DEFAULT_FILTERS);

describe('summarise', () => {
  it('keeps the N best-connected nodes and the relations among them', () => {
    const s = summarise(index, all, 3, []);
    expect(s.nodes.size).toBe(3);
    expect(s.totalNodes).toBe(all.nodes.size);
    expect(s.nodes.has(idOf(index, 'China Telecom Global'))).toBe(true);
    for (const id of s.edges) {
      const e = index.edgeById.get(id)!;
      expect(s.nodes.has(e.source) && s.nodes.has(e.target)).toBe(true);
    }
  });

  it('adds expanded nodes with their neighbours, and pinned nodes', () => {
    const s = summarise(index, all, 1, [idOf(index, 'Huawei')], [idOf(index, 'Internet Society')]);
    expect(labelsOf(index, s.nodes)).toEqual(
      expect.arrayContaining(['Huawei', 'Vietnam', 'Internet Society']),
    );
  });
});
