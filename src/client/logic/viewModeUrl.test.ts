import { describe, expect, it } from 'vitest';
import { decodeViewMode, encodeViewMode } from './viewModeUrl';

describe('view mode in the URL', () => {
  it('writes view=map only for the map, keeping other parameters', () => {
    const params = new URLSearchParams('graph=g.json&view=map');
    expect(encodeViewMode('map', new URLSearchParams('graph=g.json')).toString()).toBe(
      'graph=g.json&view=map',
    );
    expect(encodeViewMode('graph', params).toString()).toBe('graph=g.json');
  });

  it('reads it back, and drops anything else', () => {
    expect(decodeViewMode(new URLSearchParams('view=map'))).toEqual({ mode: 'map', dropped: [] });
    expect(decodeViewMode(new URLSearchParams(''))).toEqual({ mode: 'graph', dropped: [] });
    expect(decodeViewMode(new URLSearchParams('view=globe'))).toEqual({
      mode: 'graph',
      dropped: ['view "globe" (must be graph or map)'],
    });
  });
});
