import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { correctionsStorageKey } from '../logic/correctionList';
import { edgeBetween, idOf, seedGraph } from '../logic/testGraph';
import { createAtlasStore } from './index';

/** A Map behind the Storage methods the slice uses. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

let storage: ReturnType<typeof memoryStorage>;

beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('window', { localStorage: storage });
});
afterEach(() => vi.unstubAllGlobals());

function open() {
  const store = createAtlasStore();
  const shown = store.getState().adoptGraph(seedGraph());
  store.getState().setGraph(shown, 'graph.json', 'http://x/graph.json');
  return store;
}

const labels = (store: ReturnType<typeof open>) =>
  store.getState().graph!.nodes.map((n) => n.label);

describe('corrections slice', () => {
  it('a merge moves the selection to the node merged into, and Undo brings the node back', () => {
    const store = open();
    const index = store.getState().index!;
    const ctg = idOf(index, 'China Telecom Global');
    const ct = idOf(index, 'China Telecom');
    store.getState().select({ kind: 'node', id: ctg });
    store.getState().addCorrection({ kind: 'merge', node: ctg, into: ct });
    expect(labels(store)).not.toContain('China Telecom Global');
    expect(store.getState().index!.nodeById.get(ct)!.aliases).toContain('China Telecom Global');
    expect(store.getState().selection).toEqual({ kind: 'node', id: ct });
    store.getState().undoCorrection(0);
    expect(labels(store)).toContain('China Telecom Global');
    expect(store.getState().corrections).toEqual([]);
  });

  it('keeps the corrections for the next load of the same graph, not for another graph', () => {
    const store = open();
    const index = store.getState().index!;
    store.getState().addCorrection({ kind: 'hide', node: idOf(index, 'Huawei') });
    store.getState().addCorrection({ kind: 'rename', node: idOf(index, 'ZTE'), label: 'ZTE Corp' });
    expect(storage.items.has(correctionsStorageKey(seedGraph()))).toBe(true);

    const again = open();
    expect(again.getState().corrections).toHaveLength(2);
    expect(labels(again)).toContain('ZTE Corp');
    expect(labels(again)).not.toContain('Huawei');

    const other = createAtlasStore();
    const changed = { ...seedGraph(), title: 'Another dataset' };
    expect(other.getState().adoptGraph(changed)).toBe(changed);
    expect(other.getState().corrections).toEqual([]);
  });

  it('a rejected relation leaves the graph; its selection clears', () => {
    const store = open();
    const edge = edgeBetween(store.getState().index!, 'Liquid Telecom', 'China Telecom Global');
    store.getState().select({ kind: 'edge', id: edge.id });
    store.getState().addCorrection({ kind: 'reject', edge: edge.id });
    expect(store.getState().index!.edgeById.has(edge.id)).toBe(false);
    expect(store.getState().selection).toBe(null);
  });

  it('unreadable saved corrections are ignored with a notice', () => {
    storage.setItem(correctionsStorageKey(seedGraph()), '{"half a list');
    const store = open();
    expect(store.getState().corrections).toEqual([]);
    expect(store.getState().graph!.nodes).toHaveLength(seedGraph().nodes.length);
    expect(store.getState().notices.map((n) => n.tone)).toEqual(['warning']);
  });
});
