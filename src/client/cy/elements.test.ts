import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../logic/filter';
import { idOf, seedIndex } from '../logic/testGraph';
import { buildElements, elementsFor } from './elements';
import { buildStylesheet } from './stylesheet';

describe('cytoscape elements', () => {
  const index = seedIndex();

  it('carry build-time positions and degree-based size, for what the first frame shows', () => {
    const visible = applyFilters(index, { ...DEFAULT_FILTERS, region: idOf(index, 'Africa') });
    const els = buildElements(index, visible);
    // Only what is shown; the rest is created when first shown (controller.ts).
    expect(els).toHaveLength(visible.nodes.size + visible.edges.size);
    expect(visible.nodes.size).toBeLessThan(index.graph.nodes.length);
    expect(visible.edges.size).toBeLessThan(index.graph.edges.length);
    expect(new Set(els.map((e) => e.data.id))).toEqual(
      new Set([...visible.nodes, ...visible.edges]),
    );
    const ctg = els.find((e) => e.data.id === idOf(index, 'China Telecom Global'))!;
    const node = index.nodeById.get(idOf(index, 'China Telecom Global'))!;
    expect(ctg.position).toEqual({ x: node.x, y: node.y });
    expect(els.find((e) => e.data.id === idOf(index, 'Huawei'))).toBeUndefined();
    // Nodes first, hubs last, so Cytoscape draws them on top; then the relations.
    const groups = els.map((e) => e.group);
    expect(groups).toEqual([...groups].sort((a, b) => (a === b ? 0 : a === 'nodes' ? -1 : 1)));
    const sizes = els.filter((e) => e.group === 'nodes').map((e) => Number(e.data.size));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(Number(ctg.data.size)).toBeGreaterThan(Math.min(...sizes));
  });

  it('gives the same definitions whatever the order of the ids', () => {
    const all = applyFilters(index, DEFAULT_FILTERS);
    const ids = (xs: Iterable<string>) => [...xs];
    const forward = elementsFor(index, ids(all.nodes), ids(all.edges));
    const backward = elementsFor(index, ids(all.nodes).reverse(), ids(all.edges));
    expect(backward).toEqual(forward);
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
