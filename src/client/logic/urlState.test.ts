import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter';
import { idOf, edgeBetween, seedIndex } from './testGraph';
import { decodeViewState, encodeViewState, type ViewState } from './urlState';

const index = seedIndex();
const empty: ViewState = {
  filters: DEFAULT_FILTERS,
  selection: null,
  focus: null,
  path: null,
  camera: null,
};

describe('URL state', () => {
  it('a default view has an empty query string', () => {
    expect(encodeViewState(empty)).toBe('');
  });

  it('round-trips filters, selection, focus, path and camera', () => {
    const state: ViewState = {
      filters: {
        ...DEFAULT_FILTERS,
        region: idOf(index, 'Africa'),
        yearFrom: 2018,
        yearTo: 2019,
        includeUndated: false,
        relationTypes: ['partnership', 'supply'],
        entityTypes: ['company'],
      },
      selection: { kind: 'node', id: idOf(index, 'China Telecom Global') },
      focus: { node: idOf(index, 'China Telecom Global'), hops: 2 },
      path: { from: idOf(index, 'ZTE'), to: idOf(index, 'Geely Holding Group') },
      camera: { zoom: 1.23456, x: -10.04, y: 250.55 },
    };
    const qs = encodeViewState(state);
    const { state: back, dropped } = decodeViewState(new URLSearchParams(qs), index);
    expect(dropped).toEqual([]);
    expect(back).toEqual({ ...state, camera: { zoom: 1.235, x: -10, y: 250.6 } });
  });

  it('round-trips an edge selection and an empty relation list', () => {
    const edge = edgeBetween(index, 'ZTE', 'China Telecom Global', 'supply');
    const state: ViewState = {
      ...empty,
      filters: { ...DEFAULT_FILTERS, relationTypes: [] },
      selection: { kind: 'edge', id: edge.id },
    };
    expect(decodeViewState(new URLSearchParams(encodeViewState(state)), index).state).toEqual(
      state,
    );
  });

  it('keeps parameters it does not own', () => {
    const qs = encodeViewState(
      { ...empty, filters: { ...DEFAULT_FILTERS, yearFrom: 2018 } },
      new URLSearchParams('graph=e2e.json&from=1999'),
    );
    expect(qs).toBe('graph=e2e.json&from=2018');
  });

  it('drops invalid and stale values with a reason, never throws', () => {
    const qs =
      'region=narnia&from=20x8&to=2019&undated=maybe&rel=partnership,spying&ent=company,alien&node=org:gone&focus=org:gone&hops=3&path=a&cam=1,NaN,3';
    const { state, dropped } = decodeViewState(new URLSearchParams(qs), index);
    expect(state.filters).toEqual({
      ...DEFAULT_FILTERS,
      yearTo: 2019,
      relationTypes: ['partnership'],
      entityTypes: ['company'],
    });
    expect(state.selection).toBeNull();
    expect(state.focus).toBeNull();
    expect(state.path).toBeNull();
    expect(state.camera).toBeNull();
    expect(dropped.join('\n')).toMatch(/region "narnia"/);
    expect(dropped.join('\n')).toMatch(/from "20x8"/);
    expect(dropped.join('\n')).toMatch(/relation type "spying"/);
    expect(dropped).toHaveLength(9);
  });

  it('rejects a region id that is not a region, and a reversed year range', () => {
    const qs = `region=${encodeURIComponent(idOf(index, 'ZTE'))}&from=2020&to=2018`;
    const { state, dropped } = decodeViewState(new URLSearchParams(qs), index);
    expect(state.filters.region).toBeNull();
    expect(state.filters.yearFrom).toBeNull();
    expect(dropped).toHaveLength(2);
  });

  it('rejects a path through a place', () => {
    const qs = new URLSearchParams();
    qs.append('path', idOf(index, 'ZTE'));
    qs.append('path', idOf(index, 'Vietnam'));
    expect(decodeViewState(qs, index).state.path).toBeNull();
  });

  it('survives hostile input', () => {
    const nasty = new URLSearchParams({
      region: '<script>alert(1)</script>',
      node: '"><img src=x onerror=alert(1)>',
      cam: '1e999,0,0',
    });
    const { dropped } = decodeViewState(nasty, index);
    expect(dropped).toHaveLength(3);
  });

  it('round-trips Hide unconnected, Min. connections and Min. confidence', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      hideUnconnected: 'off' as const,
      minConnections: 3,
      minConfidence: 0.75,
    };
    const query = encodeViewState({ ...empty, filters });
    expect(query).toBe('unconnected=show&minconn=3&minconf=0.75');
    expect(decodeViewState(new URLSearchParams(query), index).state.filters).toEqual(filters);
  });

  it('drops thresholds that are not numbers in range', () => {
    const bad = new URLSearchParams('unconnected=maybe&minconn=2.5&minconf=7');
    const { state, dropped } = decodeViewState(bad, index);
    expect(state.filters).toEqual(DEFAULT_FILTERS);
    expect(dropped).toHaveLength(3);
  });
});
