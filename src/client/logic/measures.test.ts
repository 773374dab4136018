import { describe, expect, it } from 'vitest';
import { buildIndex } from './graphIndex';
import { measureValues, nodeSizes, toUndirectedGraph } from './measures';
import { nodeSize } from './style';
import { idOf, makeGraph, seedIndex } from './testGraph';

// A star (Hub with four leaves) joined by a bridge to a pair: Hub has the most
// connections, Bridge lies on every path between the two sides.
const star = buildIndex(
  makeGraph(
    [
      { id: 'Hub', mentions: 3 },
      { id: 'A' },
      { id: 'B' },
      { id: 'C' },
      { id: 'Bridge', mentions: 9 },
      { id: 'Far' },
    ],
    [
      { source: 'Hub', target: 'A' },
      { source: 'Hub', target: 'B' },
      { source: 'Hub', target: 'C' },
      { source: 'Hub', target: 'Bridge' },
      { source: 'Bridge', target: 'Far' },
      { source: 'Far', target: 'Bridge', type: 'supply' },
    ],
  ),
);

describe('node measures', () => {
  it('counts connections and mentions', () => {
    expect(measureValues(star, 'connections').get('Hub')).toBe(4);
    expect(measureValues(star, 'connections').get('Bridge')).toBe(3);
    expect(measureValues(star, 'mentions').get('Bridge')).toBe(9);
  });

  it('sees one undirected link per related pair', () => {
    const graph = toUndirectedGraph(star);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(5);
  });

  it('ranks the hub first by PageRank and the bridge by betweenness', () => {
    const rank = measureValues(star, 'pagerank');
    expect(Math.max(...rank.values())).toBe(rank.get('Hub'));
    const between = measureValues(star, 'betweenness');
    expect(between.get('Hub')).toBeGreaterThan(between.get('Bridge')!);
    expect(between.get('Bridge')).toBeGreaterThan(0);
    expect(between.get('A')).toBe(0);
  });

  it('on the seed graph, China Telecom Global has the highest betweenness', () => {
    const index = seedIndex();
    const between = measureValues(index, 'betweenness');
    expect(Math.max(...between.values())).toBe(between.get(idOf(index, 'China Telecom Global')));
  });

  it('sizes by connections as before, and others between 20 and 96 by square root', () => {
    const byDegree = nodeSizes(measureValues(star, 'connections'), 'connections');
    expect(byDegree.get('Hub')).toBe(nodeSize(4));
    const byMentions = nodeSizes(measureValues(star, 'mentions'), 'mentions');
    expect(byMentions.get('Bridge')).toBe(96);
    expect(byMentions.get('Hub')).toBe(Math.round(20 + 76 * Math.sqrt(3 / 9)));
    expect(byMentions.get('A')).toBe(Math.round(20 + 76 * Math.sqrt(1 / 9)));
  });
});
