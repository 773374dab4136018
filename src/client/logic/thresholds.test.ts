import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from './filter';
import { buildIndex } from './graphIndex';
import { applyThresholds, hidesUnconnected, unconnectedShare } from './thresholds';
import { makeGraph, seedIndex, labelsOf } from './testGraph';
import type { Filters } from './types';

const f = (over: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...over });

// A hub with three partners, a pair, and two loners: 2 of 8 nodes have no relation.
const star = buildIndex(
  makeGraph(
    ['Hub', 'A', 'B', 'C', 'P', 'Q', 'Loner1', 'Loner2'].map((id) => ({ id })),
    [
      { source: 'Hub', target: 'A' },
      { source: 'Hub', target: 'B', confidence: 0.5 },
      { source: 'Hub', target: 'C' },
      { source: 'A', target: 'B' },
      { source: 'P', target: 'Q' },
    ],
  ),
);

const run = (filters: Filters) => applyThresholds(star, filters, applyFilters(star, filters));

describe('Hide unconnected', () => {
  it('starts on when more than a fifth of the nodes have no relation', () => {
    expect(unconnectedShare(star)).toBe(2 / 8);
    expect(hidesUnconnected(star, DEFAULT_FILTERS)).toBe(true);
    const v = run(DEFAULT_FILTERS);
    expect(labelsOf(star, v.nodes)).toEqual(['A', 'B', 'C', 'Hub', 'P', 'Q']);
    expect(labelsOf(star, v.held)).toEqual(['Loner1', 'Loner2']);
  });

  it('starts off when few nodes are alone, and follows an explicit choice', () => {
    const connected = buildIndex(
      makeGraph(
        ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => ({ id })),
        [
          { source: 'A', target: 'B' },
          { source: 'C', target: 'D' },
          { source: 'E', target: 'A' },
        ],
      ),
    );
    expect(unconnectedShare(connected)).toBeCloseTo(1 / 6);
    expect(hidesUnconnected(connected, DEFAULT_FILTERS)).toBe(false);
    expect(hidesUnconnected(connected, f({ hideUnconnected: 'on' }))).toBe(true);
    expect(hidesUnconnected(star, f({ hideUnconnected: 'off' }))).toBe(false);
    expect(run(f({ hideUnconnected: 'off' })).nodes.size).toBe(8);
  });

  it('hides a node left alone once its neighbours are held back', () => {
    // X has two relations, but both partners have one: at a minimum of 2 they go, and X
    // is left with none, so it goes too.
    const fan = buildIndex(
      makeGraph(
        ['X', 'Y1', 'Y2'].map((id) => ({ id })),
        [
          { source: 'X', target: 'Y1' },
          { source: 'X', target: 'Y2' },
        ],
      ),
    );
    const apply = (filters: Filters) => applyThresholds(fan, filters, applyFilters(fan, filters));
    expect(apply(f({ minConnections: 2, hideUnconnected: 'off' })).nodes.size).toBe(0);
    expect(apply(f({ minConnections: 1, hideUnconnected: 'on' })).nodes.size).toBe(3);
  });
});

describe('Min. connections', () => {
  it('keeps nodes with at least that many kept relations, and the relations between them', () => {
    const v = run(f({ minConnections: 2, hideUnconnected: 'off' }));
    expect(labelsOf(star, v.nodes)).toEqual(['A', 'B', 'Hub']);
    expect(v.edges.size).toBe(3);
    expect(labelsOf(star, v.held)).toEqual(['C', 'Loner1', 'Loner2', 'P', 'Q']);
  });

  it('counts only relations the other filters keep, until every node left has the minimum', () => {
    // Hub–B is under the confidence minimum: B keeps one relation and goes, then A has
    // one left and goes, then Hub and C: nothing has two connections any more.
    expect(run(f({ minConnections: 2, hideUnconnected: 'off' })).nodes.size).toBe(3);
    expect(run(f({ minConnections: 2, minConfidence: 0.8 })).nodes.size).toBe(0);
    expect(labelsOf(star, run(f({ minConnections: 1, minConfidence: 0.8 })).nodes)).toEqual([
      'A',
      'B',
      'C',
      'Hub',
      'P',
      'Q',
    ]);
  });
});

describe('on the seed graph', () => {
  it('hides the places and organisations that no relation reaches', () => {
    const index = seedIndex();
    const v = applyThresholds(index, DEFAULT_FILTERS, applyFilters(index, DEFAULT_FILTERS));
    expect(labelsOf(index, v.held)).toContain('Internet Society');
    for (const id of v.nodes)
      expect((index.edgesByNode.get(id) ?? []).some((e) => v.edges.has(e.id))).toBe(true);
  });
});
