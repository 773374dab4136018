import { describe, expect, it } from 'vitest';
import atlasJson from '../../test-support/atlas-graph.json';
import { validateGraph } from '../../schema/graph';
import {
  communityEntries,
  detectCommunities,
  filterKeys,
  keepCommunities,
  OTHER_COMMUNITIES,
} from './communities';
import { applyFilters, DEFAULT_FILTERS } from './filter';
import { buildIndex } from './graphIndex';
import { makeGraph } from './testGraph';

// Two triangles joined by one relation, and a node on its own.
const twoGroups = buildIndex(
  makeGraph(
    ['A1', 'A2', 'Hub A', 'B1', 'B2', 'Hub B', 'Alone'].map((id) => ({ id })),
    [
      { source: 'A1', target: 'A2' },
      { source: 'A1', target: 'Hub A' },
      { source: 'A2', target: 'Hub A' },
      { source: 'Hub A', target: 'Hub B' },
      { source: 'B1', target: 'B2' },
      { source: 'B1', target: 'Hub B' },
      { source: 'B2', target: 'Hub B' },
      { source: 'Hub A', target: 'A1', type: 'supply' },
    ],
  ),
);

describe('communities', () => {
  it('finds the two groups and names each after its best-connected member', () => {
    const found = detectCommunities(twoGroups);
    const named = found.list.map((c) => [c.name, [...c.members].sort()]);
    expect(named).toEqual([
      ['Hub A', ['A1', 'A2', 'Hub A']],
      ['Hub B', ['B1', 'B2', 'Hub B']],
      ['Alone', ['Alone']],
    ]);
    expect(found.byNode.get('B1')).toBe('Hub B');
    expect(found.modularity).toBeGreaterThan(0.3);
  });

  it('is the same on every run', () => {
    const a = detectCommunities(twoGroups);
    const b = detectCommunities(twoGroups);
    expect([...a.byNode]).toEqual([...b.byNode]);
  });

  it('lists groups of two or more, with the single nodes as "Other nodes"', () => {
    const found = detectCommunities(twoGroups);
    expect(communityEntries(found)).toEqual([
      { key: 'Hub A', name: 'Hub A', count: 3 },
      { key: 'Hub B', name: 'Hub B', count: 3 },
      { key: OTHER_COMMUNITIES, name: 'Other nodes', count: 1 },
    ]);
    expect(filterKeys(found).get('Alone')).toBe(OTHER_COMMUNITIES);
  });

  it('keeps the chosen communities and only the relations inside them', () => {
    const keys = filterKeys(detectCommunities(twoGroups));
    const all = applyFilters(twoGroups, DEFAULT_FILTERS);
    const kept = keepCommunities(twoGroups, all, keys, ['Hub B']);
    expect([...kept.nodes].sort()).toEqual(['B1', 'B2', 'Hub B']);
    expect(kept.edges.size).toBe(3);
    const both = keepCommunities(twoGroups, all, keys, ['Hub A', 'Hub B']);
    expect(both.edges.size).toBe(all.edges.size);
  });

  it('splits the atlas fixture into named groups, the biggest hub heading one of them', () => {
    const r = validateGraph(structuredClone(atlasJson));
    if (!r.ok) throw new Error(r.error);
    const index = buildIndex(r.graph);
    const found = detectCommunities(index);
    const entries = communityEntries(found);
    expect(entries.length).toBeGreaterThanOrEqual(5);
    expect(entries.map((e) => e.name)).toContain('Norvik Systems');
    expect(found.modularity).toBeGreaterThan(0.4);
  });
});
