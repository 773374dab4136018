import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../logic/filter';
import { idOf, seedIndex } from '../logic/testGraph';
import { buildElements } from './elements';
import { buildStylesheet } from './stylesheet';

describe('cytoscape elements', () => {
  const index = seedIndex();

  it('carry build-time positions, degree-based size, and the first frame visibility', () => {
    const visible = applyFilters(index, { ...DEFAULT_FILTERS, region: idOf(index, 'Africa') });
    const els = buildElements(index, visible);
    // Every node, but only the relations shown (the others are created when first shown).
    expect(els).toHaveLength(index.graph.nodes.length + visible.edges.size);
    expect(visible.edges.size).toBeLessThan(index.graph.edges.length);
    expect(els.filter((e) => e.group === 'edges').every((e) => visible.edges.has(e.data.id!))).toBe(
      true,
    );
    const ctg = els.find((e) => e.data.id === idOf(index, 'China Telecom Global'))!;
    const node = index.nodeById.get(idOf(index, 'China Telecom Global'))!;
    expect(ctg.position).toEqual({ x: node.x, y: node.y });
    expect(ctg.classes).toBe('');
    expect(els.find((e) => e.data.id === idOf(index, 'Huawei'))!.classes).toBe('hidden');
    const huge = els.find((e) => e.data.id === idOf(index, 'Eastern Africa'))!;
    expect(Number(ctg.data.size)).toBeGreaterThan(Number(huge.data.size));
    // Hubs last, so Cytoscape draws them on top.
    const sizes = els.filter((e) => e.group === 'nodes').map((e) => Number(e.data.size));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  });

  it('styles every node and relation type, and simplifies edges for big graphs', () => {
    const small = buildStylesheet({ large: false });
    const large = buildStylesheet({ large: true });
    expect(small.map((b) => ('selector' in b ? b.selector : ''))).toEqual(
      expect.arrayContaining(['node[type = "company"]', 'edge[type = "works_for"]', '.hidden']),
    );
    const edge = (sheet: typeof small) =>
      sheet.find((b) => 'selector' in b && b.selector === 'edge')!;
    expect(JSON.stringify(edge(small))).toContain('bezier');
    expect(JSON.stringify(edge(large))).toContain('haystack');
  });
});
