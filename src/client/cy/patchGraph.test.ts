import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyCorrections, type Correction } from '../logic/corrections';
import { applyFilters, DEFAULT_FILTERS } from '../logic/filter';
import { buildIndex } from '../logic/graphIndex';
import { idOf, seedIndex } from '../logic/testGraph';
import { diffVisibility } from './controller';
import { buildElements } from './elements';
import { patchGraph } from './patchGraph';
import { buildStylesheet } from './stylesheet';
import { shownEdges, shownNodes } from './shown';

describe('patchGraph', () => {
  const before = seedIndex();
  const ids = (c: cytoscape.CollectionReturnValue) => new Set(c.map((e) => e.id()));

  /** The canvas after the corrections, patched as the controller does it. */
  function patched(corrections: Correction[]) {
    const shown = applyFilters(before, DEFAULT_FILTERS);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet({ large: false }),
      elements: buildElements(before, shown),
    });
    cy.zoom(1.7);
    cy.pan({ x: 40, y: -25 });
    const after = buildIndex(applyCorrections(before.graph, corrections).graph);
    const next = applyFilters(after, DEFAULT_FILTERS);
    const created: string[] = [];
    cy.on('add', (event) => void created.push(event.target.id()));
    cy.batch(() => {
      const kept = patchGraph(cy, before, after, shown, () => undefined);
      diffVisibility(cy, after, kept, next);
    });
    return { cy, after, next, created };
  }

  it('a merge removes the node, moves its relations to the target, and keeps the camera', () => {
    const from = idOf(before, 'China Telecom Global');
    const into = idOf(before, 'China Telecom');
    const { cy, after, next, created } = patched([{ kind: 'merge', node: from, into }]);
    expect(cy.getElementById(from).empty()).toBe(true);
    expect(ids(shownNodes(cy))).toEqual(new Set(next.nodes));
    expect(ids(shownEdges(cy))).toEqual(new Set(next.edges));
    // Every relation now ends at the target, on the canvas as in the corrected graph.
    for (const edge of cy.edges()) {
      const data = after.edgeById.get(edge.id())!;
      expect([edge.source().id(), edge.target().id()]).toEqual([data.source, data.target]);
    }
    // Only the moved relations were created again, never the whole graph.
    expect(created.length).toBeGreaterThan(0);
    expect(created.length).toBeLessThan(after.graph.edges.length);
    expect(cy.zoom()).toBe(1.7);
    expect(cy.pan()).toEqual({ x: 40, y: -25 });
  });

  it('a rename changes the label drawn; a hidden node and a wrong relation leave the canvas', () => {
    const zte = idOf(before, 'ZTE');
    const huawei = idOf(before, 'Huawei');
    const edge = before.edgesByNode.get(zte)!.find((e) => e.source !== huawei)!;
    const { cy } = patched([
      { kind: 'rename', node: zte, label: 'ZTE Corp' },
      { kind: 'hide', node: huawei },
      { kind: 'reject', edge: edge.id },
    ]);
    expect(cy.getElementById(zte).data('label')).toBe('ZTE Corp');
    expect(cy.getElementById(huawei).empty()).toBe(true);
    expect(cy.getElementById(edge.id).empty()).toBe(true);
  });
});
