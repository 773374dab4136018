import { describe, expect, it } from 'vitest';
import { doc, regions, relation } from '../graph/testing.js';
import { buildGraph } from './graph.js';

describe('buildGraph', () => {
  it('builds nodes, region hierarchy, edges and documents', () => {
    const graph = buildGraph([doc('b', []), doc('a', [relation({})])], {
      regions,
      texts: 'files',
    });
    expect(graph.nodes.map((n) => `${n.id} ${n.confidence}`)).toEqual([
      'org:orvalis-networks 0.89',
      'org:tremon-cloud 0.89',
      'region:city:1 0.9',
      'region:country:NG 1',
    ]);
    expect(graph.edges.map((e) => e.id)).toEqual([
      'joint_venture:org:orvalis-networks->org:tremon-cloud',
    ]);
    expect(graph.documents.map((d) => `${d.id} ${d.textFile} ${d.entities.length}`)).toEqual([
      'a graph-texts/a.txt 3',
      'b graph-texts/b.txt 3',
    ]);
  });
});
