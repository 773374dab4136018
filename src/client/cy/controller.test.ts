import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_TYPES, NODE_TYPES } from '../../schema/constants';
import { applyFilters, DEFAULT_FILTERS } from '../logic/filter';
import { seedIndex } from '../logic/testGraph';
import type { Filters, VisibleSet } from '../logic/types';
import { diffVisibility } from './controller';
import { buildElements } from './elements';
import { buildStylesheet } from './stylesheet';
import { shownEdges, shownNodes } from './shown';

describe('diffVisibility', () => {
  const index = seedIndex();
  const regions = index.graph.nodes.filter((n) => n.type === 'region').map((n) => n.id);

  const filtersArb: fc.Arbitrary<Filters> = fc.record({
    region: fc.option(fc.constantFrom(...regions), { nil: null }),
    yearFrom: fc.option(fc.integer({ min: 2015, max: 2026 }), { nil: null }),
    yearTo: fc.constant(null),
    includeUndated: fc.boolean(),
    relationTypes: fc.subarray([...EDGE_TYPES]),
    entityTypes: fc.subarray([...NODE_TYPES]),
    hideUnconnected: fc.constantFrom('auto' as const, 'on' as const, 'off' as const),
    minConnections: fc.integer({ min: 0, max: 3 }),
    minConfidence: fc.constantFrom(0, 0.5, 0.8),
  });

  const ids = (c: cytoscape.CollectionReturnValue) => new Set(c.map((e) => e.id()));
  /**
   * What Cytoscape itself would draw (`ele.visible()`: an edge needs both ends displayed).
   * Headless, nothing flushes the style before reading it, as the renderer would, and
   * `visible()` is cached on the style: reading `display` first applies pending changes.
   */
  const drawn = (cy: cytoscape.Core) => {
    cy.elements().forEach((e) => void e.style('display'));
    return ids(cy.elements(':visible'));
  };

  it('makes the canvas show exactly the visible set after any sequence of filter changes', () => {
    fc.assert(
      // The first frame too comes from random filters: what it hides is created later.
      fc.property(
        filtersArb,
        fc.array(filtersArb, { minLength: 1, maxLength: 8 }),
        (first, steps) => {
          let shown: VisibleSet = applyFilters(index, first);
          const cy = cytoscape({
            headless: true,
            styleEnabled: true,
            style: buildStylesheet({ large: true }),
            elements: buildElements(index, shown),
          });
          for (const f of steps) {
            const next = applyFilters(index, f);
            diffVisibility(cy, index, shown, next);
            shown = next;
            expect(ids(shownNodes(cy))).toEqual(new Set(next.nodes));
            expect(ids(shownEdges(cy))).toEqual(new Set(next.edges));
            // What Cytoscape itself would draw.
            expect(drawn(cy)).toEqual(new Set([...next.nodes, ...next.edges]));
          }
          cy.destroy();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves the relations of hidden nodes alone, and creates relations when first shown', () => {
    const all = applyFilters(index, DEFAULT_FILTERS);
    // With the real stylesheet, so that Cytoscape itself says what it would draw.
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet({ large: true }),
      elements: buildElements(index, all),
    });
    const noCompanies = applyFilters(index, {
      ...DEFAULT_FILTERS,
      entityTypes: NODE_TYPES.filter((t) => t !== 'company'),
    });
    diffVisibility(cy, index, all, noCompanies);
    // Every relation of the seed graph touches a company; none was re-classed.
    expect(cy.edges('.hidden')).toHaveLength(0);
    expect(shownEdges(cy)).toHaveLength(noCompanies.edges.size);
    expect(drawn(cy)).toEqual(ids(shownNodes(cy).union(shownEdges(cy))));
    const someEdge = [...all.edges][0]!;
    cy.getElementById(someEdge).remove();
    diffVisibility(cy, index, noCompanies, all);
    expect(cy.getElementById(someEdge).nonempty()).toBe(true);
    expect(ids(shownEdges(cy))).toEqual(new Set(all.edges));
  });
});
