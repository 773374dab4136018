import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Graph } from '../../schema/graph';
import { correctionsStorageKey } from '../logic/correctionList';
import { idOf, seedGraph } from '../logic/testGraph';
import { createAtlasStore } from './index';

beforeEach(() => {
  const items = new Map<string, string>();
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

function open() {
  const store = createAtlasStore();
  const shown = store.getState().adoptGraph(seedGraph());
  store.getState().setGraph(shown, 'graph.json', 'http://x/graph.json');
  return store;
}

/** The seed graph without one node and its relations, as a rebuild might give it. */
function without(graph: Graph, id: string): Graph {
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => n.id !== id),
    edges: graph.edges.filter((e) => e.source !== id && e.target !== id),
  };
}

describe('live slice', () => {
  it('takes a rebuilt graph in place, keeping the selection while its node exists', () => {
    const store = open();
    const index = store.getState().index!;
    const zte = idOf(index, 'ZTE');
    const liquid = idOf(index, 'Liquid Telecom');
    store.getState().select({ kind: 'node', id: zte });

    store.getState().replaceGraph(without(seedGraph(), liquid));
    const state = store.getState();
    expect(state.index?.nodeById.has(liquid)).toBe(false);
    expect(state.originalGraph?.nodes.some((n) => n.id === liquid)).toBe(false);
    expect(state.selection).toEqual({ kind: 'node', id: zte });
    // The source stays: the canvas is patched, not created again.
    expect(state.graphUrl).toBe('http://x/graph.json');

    store.getState().replaceGraph(without(seedGraph(), zte));
    expect(store.getState().selection).toBeNull();
  });

  it('keeps the corrections made in the explorer, saved under the rebuilt graph', () => {
    const store = open();
    const zte = idOf(store.getState().index!, 'ZTE');
    store.getState().addCorrection({ kind: 'rename', node: zte, label: 'ZTE Corp' });
    const rebuilt = without(seedGraph(), idOf(store.getState().index!, 'Liquid Telecom'));
    store.getState().replaceGraph(rebuilt);
    expect(store.getState().graph?.nodes.find((n) => n.id === zte)?.label).toBe('ZTE Corp');
    expect(store.getState().correctionsKey).toBe(correctionsStorageKey(rebuilt));
    expect(window.localStorage.getItem(correctionsStorageKey(rebuilt))).toContain('ZTE Corp');
  });
});
