import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../schema/graph.js';
import type { EntityFacts } from './entities.js';
import { withoutRejected } from './rejected.js';

function facts(names: string[], surfaces: string[] = []): EntityFacts {
  return {
    type: 'company',
    names,
    surfaces: new Set(surfaces),
    acronyms: [],
    orgTypes: [],
    mentions: 1,
    strong: true,
    documents: new Set(['d1']),
    roles: new Map(),
  };
}

function edge(type: GraphEdge['type'], source: string, target: string): GraphEdge {
  const evidence = [{ document: 'd1', text: 'x', start: 0, end: 1 }];
  return {
    id: `${type}:${source}->${target}`,
    source,
    target,
    type,
    years: [],
    regions: [],
    confidence: 1,
    evidence,
  };
}

const entities = new Map([
  ['org:acme', facts(['Acme Holdings'], ['Acme'])],
  ['org:borealis', facts(['Borealis Mining'])],
]);

describe('withoutRejected', () => {
  const edges = [
    edge('supply', 'org:acme', 'org:borealis'),
    edge('partnership', 'org:acme', 'org:borealis'),
  ];

  it('drops a relation named by any form of its ends, ignoring case', () => {
    const kept = withoutRejected(edges, entities, [
      { source: 'acme', type: 'supply', target: 'borealis mining' },
    ]);
    expect(kept.map((e) => e.type)).toEqual(['partnership']);
  });

  it('keeps the direction of a directed relation and ignores it for a mutual one', () => {
    const reversed = [
      { source: 'borealis mining', type: 'supply' as const, target: 'acme holdings' },
      { source: 'borealis mining', type: 'partnership' as const, target: 'acme holdings' },
    ];
    expect(withoutRejected(edges, entities, reversed).map((e) => e.type)).toEqual(['supply']);
  });

  it('keeps everything when nothing is rejected', () => {
    expect(withoutRejected(edges, entities, [])).toHaveLength(2);
  });
});
