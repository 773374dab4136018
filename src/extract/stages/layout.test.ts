import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../schema/graph.js';
import { FORCE_ABOVE, layoutAlgorithm, layoutGraph } from './layout.js';

function node(id: string, extra: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    type: 'company',
    label: id,
    aliases: [],
    mentions: 1,
    years: [],
    documents: [],
    x: 0,
    y: 0,
    confidence: 0.9,
    ...extra,
  };
}

const graph: Graph = {
  schemaVersion: 1,
  texts: 'inline',
  documents: [],
  nodes: [
    node('org:a'),
    node('org:b'),
    node('org:c'),
    node('region:country:NG', {
      type: 'region',
      level: 'country',
      parent: 'region:continent:africa',
    }),
    node('region:continent:africa', { type: 'region', level: 'continent' }),
  ],
  edges: [
    {
      id: 'partnership:org:a->org:b',
      source: 'org:a',
      target: 'org:b',
      type: 'partnership',
      years: [],
      regions: [],
      confidence: 0.9,
      evidence: [{ document: 'd', text: 'x', start: 0, end: 1 }],
    },
    {
      id: 'active_in:org:c->region:country:NG',
      source: 'org:c',
      target: 'region:country:NG',
      type: 'active_in',
      years: [],
      regions: [],
      confidence: 0.6,
      evidence: [{ document: 'd', text: 'x', start: 0, end: 1 }],
    },
  ],
};

describe('layoutGraph', () => {
  it('gives every node a finite, distinct position', () => {
    const out = layoutGraph(graph);
    const keys = new Set(out.nodes.map((n) => `${n.x},${n.y}`));
    expect(keys.size).toBe(graph.nodes.length);
    for (const n of out.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
  });

  it('is deterministic and leaves Math.random alone', () => {
    const random = Math.random;
    const a = layoutGraph(graph).nodes.map((n) => [n.id, n.x, n.y]);
    const b = layoutGraph(graph).nodes.map((n) => [n.id, n.x, n.y]);
    expect(a).toEqual(b);
    expect(Math.random).toBe(random);
  });

  it('keeps linked nodes closer than unlinked ones', () => {
    const out = layoutGraph(graph);
    const pos = new Map(out.nodes.map((n) => [n.id, n]));
    const d = (p: string, q: string) =>
      Math.hypot(
        (pos.get(p)?.x ?? 0) - (pos.get(q)?.x ?? 0),
        (pos.get(p)?.y ?? 0) - (pos.get(q)?.y ?? 0),
      );
    expect(d('org:a', 'org:b')).toBeLessThan(d('org:a', 'org:c'));
  });
});

describe('layoutGraph on large graphs (force layout)', () => {
  /** A hub-and-spoke graph of `n` companies around a few hubs, plus a region chain. */
  function big(n: number): Graph {
    const nodes = Array.from({ length: n }, (_, i) => node(`org:${String(i).padStart(5, '0')}`));
    const edges = nodes.slice(10).map((m, i) => ({
      ...(graph.edges[0] as Graph['edges'][number]),
      id: `supply:${m.id}`,
      source: m.id,
      target: `org:${String(i % 10).padStart(5, '0')}`,
    }));
    return { ...graph, nodes: [...nodes, ...graph.nodes.slice(3)], edges };
  }

  it('switches to the force layout above FORCE_ABOVE nodes, and fcose below', () => {
    expect(layoutAlgorithm(FORCE_ABOVE)).toBe('fcose');
    expect(layoutAlgorithm(FORCE_ABOVE + 1)).toBe('force');
    expect(layoutAlgorithm(10, { forceAbove: 5 })).toBe('force');
    expect(layoutAlgorithm(10_000, { algorithm: 'fcose' })).toBe('fcose');
  });

  it('is deterministic, leaves Math.random alone and gives finite, distinct positions', () => {
    const random = Math.random;
    const g = big(1200);
    const a = layoutGraph(g);
    const b = layoutGraph(g);
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
    expect(Math.random).toBe(random);
    for (const n of a.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    expect(new Set(a.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(a.nodes.length);

    // Linked nodes end up closer than nodes around different hubs.
    const pos = new Map(a.nodes.map((n) => [n.id, n]));
    const d = (p: string, q: string) =>
      Math.hypot(
        (pos.get(p)?.x ?? 0) - (pos.get(q)?.x ?? 0),
        (pos.get(p)?.y ?? 0) - (pos.get(q)?.y ?? 0),
      );
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const linked = mean(g.edges.map((e) => d(e.source, e.target)));
    const apart = mean(a.nodes.slice(10, 600).map((n, i) => d(n.id, a.nodes[i + 605]?.id ?? n.id)));
    expect(linked).toBeLessThan(apart / 2);
    expect(d('region:country:NG', 'region:continent:africa')).toBeLessThan(apart / 2);
  });

  it('keeps nodes apart around hubs: none within 30 px (a node drawn) of another', () => {
    // Four hubs of 300 spokes each: what a country or a big customer looks like at scale.
    const g = big(1210);
    const hubbed = {
      ...g,
      edges: g.edges.map((e, i) => ({ ...e, target: `org:${String(i % 4).padStart(5, '0')}` })),
    };
    const out = layoutGraph(hubbed).nodes;
    let close = 0;
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        if (Math.hypot(a.x - b.x, a.y - b.y) < 30) close++;
      }
    expect(close).toBe(0);
  });
});

describe('layoutGraph keeping a previous layout', () => {
  const before = layoutGraph(graph);
  const previous = new Map(before.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  const partnership = graph.edges[0] as Graph['edges'][number];
  /** The graph plus org:d linked to org:a, and org:e and org:f linked only to each other. */
  const grown: Graph = {
    ...graph,
    nodes: [...graph.nodes, node('org:d'), node('org:e'), node('org:f')],
    edges: [
      ...graph.edges,
      { ...partnership, id: 'partnership:org:a->org:d', source: 'org:a', target: 'org:d' },
      { ...partnership, id: 'partnership:org:e->org:f', source: 'org:e', target: 'org:f' },
    ],
  };
  const at = (g: Graph, id: string) => {
    const found = g.nodes.find((n) => n.id === id);
    if (!found) throw new Error(`no node ${id}`);
    return found;
  };
  const distance = (g: Graph, p: string, q: string) =>
    Math.hypot(at(g, p).x - at(g, q).x, at(g, p).y - at(g, q).y);

  it('leaves every node where it was when the graph has not changed', () => {
    const again = layoutGraph(graph, { previous });
    expect(again.nodes.map((n) => [n.id, n.x, n.y])).toEqual(
      before.nodes.map((n) => [n.id, n.x, n.y]),
    );
  });

  it('keeps the nodes that had a position and places a new one beside its neighbour', () => {
    const after = layoutGraph(grown, { previous });
    for (const n of before.nodes)
      expect([at(after, n.id).x, at(after, n.id).y]).toEqual([n.x, n.y]);
    // Beside org:a: nearer to it than to any other node that was there before.
    const near = distance(after, 'org:d', 'org:a');
    expect(near).toBeLessThan(180);
    for (const n of before.nodes.filter((m) => m.id !== 'org:a'))
      expect(near).toBeLessThan(distance(after, 'org:d', n.id));
  });

  it('places new nodes with no placed neighbour next to each other, apart from the rest', () => {
    const after = layoutGraph(grown, { previous });
    const positions = new Set(after.nodes.map((n) => `${n.x},${n.y}`));
    expect(positions.size).toBe(after.nodes.length);
    for (const n of after.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    expect(distance(after, 'org:e', 'org:f')).toBeLessThan(180);
    expect(distance(after, 'org:e', 'org:f')).toBeGreaterThanOrEqual(30);
  });

  it('is deterministic given the same previous positions, and leaves Math.random alone', () => {
    const random = Math.random;
    const a = layoutGraph(grown, { previous }).nodes.map((n) => [n.id, n.x, n.y]);
    const b = layoutGraph(grown, { previous }).nodes.map((n) => [n.id, n.x, n.y]);
    expect(a).toEqual(b);
    expect(Math.random).toBe(random);
  });

  it('lays out from scratch when no node had a position before', () => {
    const stranger = new Map([['org:gone', { x: 5, y: 5 }]]);
    expect(layoutGraph(grown, { previous: stranger })).toEqual(layoutGraph(grown));
    expect(layoutGraph(grown, { previous: new Map() })).toEqual(layoutGraph(grown));
  });

  it('drops the positions of nodes that are gone', () => {
    const shrunk = { ...graph, nodes: graph.nodes.filter((n) => n.id !== 'org:c'), edges: [] };
    const after = layoutGraph(shrunk, { previous });
    expect(after.nodes.map((n) => n.id)).not.toContain('org:c');
    for (const n of after.nodes)
      expect([n.x, n.y]).toEqual([at(before, n.id).x, at(before, n.id).y]);
  });
});
