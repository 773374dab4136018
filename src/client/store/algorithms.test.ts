import { describe, expect, it } from 'vitest';
import { linkNeedsAlgorithms, loadAlgorithms, measuresNeedAlgorithms } from './algorithms';

describe('graph algorithms loaded on demand', () => {
  it('are needed for PageRank, betweenness and communities only', () => {
    expect(measuresNeedAlgorithms({ sizeBy: 'connections', colourBy: 'type' })).toBe(false);
    expect(measuresNeedAlgorithms({ sizeBy: 'mentions', communities: null })).toBe(false);
    expect(measuresNeedAlgorithms({ sizeBy: 'pagerank' })).toBe(true);
    expect(measuresNeedAlgorithms({ sizeBy: 'betweenness' })).toBe(true);
    expect(measuresNeedAlgorithms({ colourBy: 'community' })).toBe(true);
    expect(measuresNeedAlgorithms({ communities: [] })).toBe(true);
  });

  it('are needed by a link that sizes by a centrality or names communities', () => {
    const needs = (query: string) => linkNeedsAlgorithms(new URLSearchParams(query));
    expect(needs('')).toBe(false);
    expect(needs('size=mentions&colour=country')).toBe(false);
    expect(needs('size=pagerank')).toBe(true);
    expect(needs('colour=community')).toBe(true);
    expect(needs('community=n1')).toBe(true);
    // An unknown measure is dropped by the link's decoding; it needs nothing.
    expect(needs('size=nonsense')).toBe(false);
  });

  it('load once and hand out the same module', async () => {
    const first = await loadAlgorithms();
    expect(await loadAlgorithms()).toBe(first);
    expect(typeof first.detectCommunities).toBe('function');
  });
});
