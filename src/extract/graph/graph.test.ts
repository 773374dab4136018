import { describe, expect, it } from 'vitest';
import { noisyOr, nodeConfidence } from './confidence.js';
import { relationEdges } from './edges.js';
import { makeNodeId } from './ids.js';
import { mostFrequent, sortedUnique } from './order.js';
import { regionHierarchy } from './regions.js';
import { doc, regions, relation } from './testing.js';

describe('graph helpers', () => {
  it('orders values deterministically and picks the most frequent', () => {
    expect(sortedUnique(['b', 'a', 'b'])).toEqual(['a', 'b']);
    expect(sortedUnique([10, 9, 10])).toEqual([9, 10]);
    expect(mostFrequent(['Acme', 'Acme Ltd', 'Acme Ltd', 'Acme'])).toBe('Acme Ltd');
  });

  it('combines independent evidence and caps confidence', () => {
    expect(noisyOr([0.5, 0.5])).toBe(0.75);
    expect(noisyOr([0.9, 0.9, 0.9])).toBe(0.99);
    expect(nodeConfidence(0.85, 3)).toBe(0.93);
  });

  it('admits a tentative organisation only when an organisation relation links it', () => {
    const found = [{ doc: doc('a', []), relation: relation({ source: 'org?:ovn' }) }];
    expect(makeNodeId(found)('org?:ovn')).toBe('org:ovn');
    expect(makeNodeId([])('org?:ovn')).toBeNull();
  });

  it('brings every region’s parents and groups', () => {
    const found = [{ doc: doc('a', []), relation: relation({}) }];
    expect([...regionHierarchy(new Map(), found, regions)].sort()).toEqual([
      'region:city:1',
      'region:country:NG',
      'region:group:west-africa',
    ]);
  });

  it('merges a symmetric relation stated twice into one edge, source first in order', () => {
    const first = doc('a', []);
    const found = [
      { doc: first, relation: relation({}) },
      { doc: first, relation: relation({ confidence: 0.5 }) },
    ];
    const present = new Set(['org:orvalis-networks', 'org:tremon-cloud']);
    const edges = relationEdges(found, makeNodeId(found), new Set(['region:city:1']), present);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      id: 'joint_venture:org:orvalis-networks->org:tremon-cloud',
      confidence: 0.9,
      regions: ['region:city:1'],
      yearSource: 'text',
      cue: 'joint venture',
    });
    expect(edges[0]?.evidence).toHaveLength(1);
  });
});
