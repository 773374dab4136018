import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../logic/filter';
import { idOf, seedGraph } from '../logic/testGraph';
import { createAtlasStore } from './index';

function loaded() {
  const store = createAtlasStore();
  store.getState().setGraph(seedGraph(), 'graph.json', 'http://x/graph.json');
  return store;
}

describe('atlas store', () => {
  it('starts loading, then holds the graph and its index', () => {
    const store = createAtlasStore();
    expect(store.getState().load.phase).toBe('loading');
    expect(store.derive().visible.nodes.size).toBe(0);
    store.getState().setGraph(seedGraph(), 'graph.json', 'http://x/graph.json');
    expect(store.getState().load).toEqual({ phase: 'ready', source: 'graph.json' });
    expect(store.getState().index?.nodeById.size).toBe(seedGraph().nodes.length);
  });

  it('records a load error', () => {
    const store = createAtlasStore();
    store.getState().setLoadError('graph.json', 'graph.json not found (HTTP 404)');
    expect(store.getState().load).toMatchObject({
      phase: 'error',
      message: 'graph.json not found (HTTP 404)',
    });
  });

  it('filters combine and reset', () => {
    const store = loaded();
    const s = store.getState();
    const all = store.derive().visible.nodes.size;
    s.setRegion(idOf(s.index!, 'Africa'));
    s.setYearRange(2018, 2018);
    s.setRelationType('partnership', false);
    const f = store.getState().filters;
    expect(f.relationTypes).not.toContain('partnership');
    expect(f.relationTypes).toHaveLength(9);
    expect(store.derive().visible.nodes.size).toBeLessThan(all);
    store.getState().setRelationType('partnership', true);
    expect(store.getState().filters.relationTypes[0]).toBe('partnership'); // schema order kept
    store.getState().resetFilters();
    expect(store.getState().filters).toBe(DEFAULT_FILTERS);
    expect(store.derive().visible.nodes.size).toBe(all);
  });

  it('memoises derived data on its inputs', () => {
    const store = loaded();
    const a = store.derive();
    store.getState().announce('hello');
    expect(store.derive()).toBe(a);
    store.getState().setIncludeUndated(false);
    expect(store.derive()).not.toBe(a);
  });

  it('selection counts history entries, and focus follows the selected node', () => {
    const store = loaded();
    const idx = store.getState().index!;
    const ctg = idOf(idx, 'China Telecom Global');
    const liquid = idOf(idx, 'Liquid Telecom');
    store.getState().select({ kind: 'node', id: ctg });
    expect(store.getState().selectionNonce).toBe(1);
    store.getState().toggleFocus();
    expect(store.getState().focus).toEqual({ node: ctg, hops: 1 });
    expect(store.derive().visible.nodes.has(idOf(idx, 'Geely Holding Group'))).toBe(false);
    store.getState().select({ kind: 'node', id: liquid }, { history: false });
    expect(store.getState().selectionNonce).toBe(1);
    expect(store.getState().focus?.node).toBe(liquid);
    store.getState().setFocusHops(2);
    expect(store.derive().visible.nodes.has(idOf(idx, 'ZTE'))).toBe(true);
    store.getState().toggleFocus();
    expect(store.getState().focus).toBeNull();
  });

  it('a path is drawn even where the filters hide it', () => {
    const store = loaded();
    const idx = store.getState().index!;
    store.getState().setRelationTypes(['supply']);
    store
      .getState()
      .setPath({ from: idOf(idx, 'Liquid Telecom'), to: idOf(idx, 'Geely Holding Group') });
    const d = store.derive();
    expect(d.path?.nodes).toHaveLength(4);
    expect(d.pathOutsideFilters).toBe(true);
    for (const id of d.path!.nodes) expect(d.visible.nodes.has(id)).toBe(true);
  });

  it('notices replace duplicates and can be dismissed', () => {
    const store = loaded();
    store.getState().notify('Ignored region "x"');
    store.getState().notify('Ignored region "x"');
    expect(store.getState().notices).toHaveLength(1);
    store.getState().dismissNotice(store.getState().notices[0]!.id);
    expect(store.getState().notices).toHaveLength(0);
  });
});
