import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../schema/graph.js';
import { layoutGraph } from './layout.js';

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
