import { describe, expect, it } from 'vitest';
import { decodeCompare, encodeCompare } from './compareUrl';

const extent = { min: 2015, max: 2025 };

describe('Compare years in the URL', () => {
  it('writes compare=A,B while comparing, nothing otherwise', () => {
    const current = new URLSearchParams('graph=g.json&compare=2016,2017');
    expect(encodeCompare({ a: 2019, b: 2021 }, current).toString()).toBe(
      'graph=g.json&compare=2019%2C2021',
    );
    expect(encodeCompare(null, current).toString()).toBe('graph=g.json');
  });

  it('reads two years of the graph back, and drops anything else', () => {
    expect(decodeCompare(new URLSearchParams('compare=2019,2021'), extent)).toEqual({
      compare: { a: 2019, b: 2021 },
      dropped: [],
    });
    expect(decodeCompare(new URLSearchParams(''), extent)).toEqual({ compare: null, dropped: [] });
    for (const raw of ['2019', '2019,2031', 'x,y'])
      expect(decodeCompare(new URLSearchParams({ compare: raw }), extent)).toEqual({
        compare: null,
        dropped: [`compare "${raw}" (needs two years of this graph)`],
      });
    expect(decodeCompare(new URLSearchParams('compare=2019,2021'), null).compare).toBeNull();
  });
});
