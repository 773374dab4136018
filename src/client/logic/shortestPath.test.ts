import { describe, expect, it } from 'vitest';
import { buildIndex } from './graphIndex';
import { shortestPath } from './shortestPath';
import { idOf, makeGraph, seedIndex } from './testGraph';

describe('shortestPath', () => {
  const index = seedIndex();
  const label = (id: string) => index.nodeById.get(id)!.label;

  it('Liquid Telecom to Geely goes through China Telecom Global and China Telecom', () => {
    const p = shortestPath(
      index,
      idOf(index, 'Liquid Telecom'),
      idOf(index, 'Geely Holding Group'),
    )!;
    expect(p.nodes.map(label)).toEqual([
      'Liquid Telecom',
      'China Telecom Global',
      'China Telecom',
      'Geely Holding Group',
    ]);
    expect(p.edges).toHaveLength(3);
  });

  it('does not link Huawei and ZTE through Vietnam: places are not relations', () => {
    expect(shortestPath(index, idOf(index, 'Huawei'), idOf(index, 'ZTE'))).toBeNull();
  });

  it('is deterministic among equal paths', () => {
    const g = makeGraph(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      [
        { source: 'a', target: 'c' },
        { source: 'c', target: 'd' },
        { source: 'a', target: 'b' },
        { source: 'b', target: 'd' },
      ],
    );
    expect(shortestPath(buildIndex(g), 'a', 'd')!.nodes).toEqual(['a', 'b', 'd']);
  });

  it('handles unknown ids and the trivial path', () => {
    expect(shortestPath(index, 'nope', idOf(index, 'ZTE'))).toBeNull();
    expect(shortestPath(index, idOf(index, 'ZTE'), idOf(index, 'ZTE'))).toEqual({
      nodes: [idOf(index, 'ZTE')],
      edges: [],
    });
  });
});
