import { describe, expect, it } from 'vitest';
import { decodeMeasures, encodeMeasures } from './measuresUrl';

const known = () => new Set(['org:a', 'org:b', '~others']);

describe('measures in the URL', () => {
  it('writes nothing for the defaults and keeps other parameters', () => {
    const query = encodeMeasures(
      { sizeBy: 'connections', colourBy: 'type', communities: null },
      new URLSearchParams('graph=x.json&size=mentions'),
    );
    expect(query).toBe('graph=x.json');
  });

  it('round-trips every choice', () => {
    const state = {
      sizeBy: 'betweenness' as const,
      colourBy: 'community' as const,
      communities: ['org:a', '~others'],
    };
    const query = encodeMeasures(state, new URLSearchParams());
    expect(query).toBe('size=betweenness&colour=community&community=org%3Aa&community=%7Eothers');
    expect(decodeMeasures(new URLSearchParams(query), known)).toEqual({ state, dropped: [] });
  });

  it('keeps an empty community choice apart from "all"', () => {
    const query = encodeMeasures(
      { sizeBy: 'connections', colourBy: 'type', communities: [] },
      new URLSearchParams(),
    );
    expect(decodeMeasures(new URLSearchParams(query), known).state.communities).toEqual([]);
    expect(decodeMeasures(new URLSearchParams(''), known).state.communities).toBeNull();
  });

  it('drops unknown values and says so', () => {
    const { state, dropped } = decodeMeasures(
      new URLSearchParams('size=height&colour=mood&community=org:a&community=org:gone'),
      known,
    );
    expect(state).toEqual({ sizeBy: 'connections', colourBy: 'type', communities: ['org:a'] });
    expect(dropped).toEqual([
      'unknown size measure "height"',
      'unknown colour choice "mood"',
      'a community that is not in this graph',
    ]);
  });
});
