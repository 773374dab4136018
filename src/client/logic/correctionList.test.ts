import { describe, expect, it } from 'vitest';
import {
  correctionEntries,
  correctionsStorageKey,
  focusAfter,
  pathAfter,
  readStoredCorrections,
  selectionAfter,
} from './correctionList';
import type { Correction } from './corrections';
import { makeGraph } from './testGraph';

const graph = makeGraph(
  [
    { id: 'acme', label: 'Acme Holdings' },
    { id: 'acme-2', label: 'Acme Corp' },
    { id: 'borealis', label: 'Borealis Mining' },
  ],
  [
    { source: 'acme-2', target: 'borealis', type: 'supply' },
    { source: 'acme', target: 'borealis', type: 'partnership' },
  ],
);

describe('correctionsStorageKey', () => {
  it('is the same for the same graph, loaded again', () => {
    expect(correctionsStorageKey(structuredClone(graph))).toBe(correctionsStorageKey(graph));
  });

  it('names the dataset by its title', () => {
    expect(correctionsStorageKey({ ...graph, title: 'Mining news' })).toMatch(
      /^partner-atlas:corrections:Mining news:[0-9a-f]{8}$/,
    );
  });

  it('differs once the graph differs: a node, a label or a relation', () => {
    const key = correctionsStorageKey(graph);
    const fewerNodes = { ...graph, nodes: graph.nodes.slice(1) };
    const renamed = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === 'acme' ? { ...n, label: 'Acme Group' } : n)),
    };
    const fewerEdges = { ...graph, edges: graph.edges.slice(1) };
    const keys = [fewerNodes, renamed, fewerEdges].map(correctionsStorageKey);
    expect(new Set([key, ...keys]).size).toBe(4);
  });
});

describe('readStoredCorrections', () => {
  it('reads a saved list back', () => {
    const list: Correction[] = [
      { kind: 'hide', node: 'acme' },
      { kind: 'rename', node: 'borealis', label: 'Borealis' },
    ];
    expect(readStoredCorrections(JSON.stringify(list))).toEqual({
      corrections: list,
      malformed: false,
    });
  });

  it('nothing saved is no correction and no complaint', () => {
    expect(readStoredCorrections(null)).toEqual({ corrections: [], malformed: false });
  });

  it('reports text that is not JSON, not a list, or holds entries it cannot read', () => {
    expect(readStoredCorrections('{not json')).toEqual({ corrections: [], malformed: true });
    expect(readStoredCorrections('{"kind":"hide"}')).toEqual({ corrections: [], malformed: true });
    expect(
      readStoredCorrections('[{"kind":"hide","node":"acme"},{"kind":"explode","node":"x"}]'),
    ).toEqual({ corrections: [{ kind: 'hide', node: 'acme' }], malformed: true });
  });
});

describe('correctionEntries', () => {
  it('describes each correction on the graph it was made on, and marks the stale ones', () => {
    const entries = correctionEntries(graph, [
      { kind: 'rename', node: 'acme', label: 'Acme Group' },
      { kind: 'merge', node: 'acme-2', into: 'acme' },
      { kind: 'hide', node: 'gone' },
      { kind: 'reject', edge: 'e1' },
    ]);
    expect(entries.map((e) => [e.text, e.stale])).toEqual([
      ['Acme Holdings renamed Acme Group', false],
      ['Acme Corp merged into Acme Group', false],
      ['gone is not an organisation', true],
      ['Wrong relation: Acme Group partnership Borealis Mining', false],
    ]);
  });
});

describe('after a correction', () => {
  const exists =
    (...ids: string[]) =>
    (id: string) =>
      ids.includes(id);
  const merge: Correction = { kind: 'merge', node: 'acme-2', into: 'acme' };

  it('the selection of a merged node moves to the node it joined', () => {
    expect(selectionAfter({ kind: 'node', id: 'acme-2' }, merge, exists('acme'), exists())).toEqual(
      { kind: 'node', id: 'acme' },
    );
  });

  it('the selection of a hidden node or a rejected relation clears; others stay', () => {
    const hide: Correction = { kind: 'hide', node: 'acme' };
    expect(selectionAfter({ kind: 'node', id: 'acme' }, hide, exists('borealis'), exists())).toBe(
      null,
    );
    const reject: Correction = { kind: 'reject', edge: 'e0' };
    expect(selectionAfter({ kind: 'edge', id: 'e0' }, reject, exists(), exists('e1'))).toBe(null);
    expect(
      selectionAfter({ kind: 'node', id: 'borealis' }, hide, exists('borealis'), exists()),
    ).toEqual({ kind: 'node', id: 'borealis' });
  });

  it('Focus and Path follow a merged node and end when their node is gone', () => {
    expect(focusAfter({ node: 'acme-2', hops: 2 }, merge, exists('acme'))).toEqual({
      node: 'acme',
      hops: 2,
    });
    expect(focusAfter({ node: 'acme', hops: 1 }, merge, exists('borealis'))).toBe(null);
    expect(
      pathAfter({ from: 'acme-2', to: 'borealis' }, merge, exists('acme', 'borealis')),
    ).toEqual({ from: 'acme', to: 'borealis' });
    // Merging one end of a path into the other leaves no path.
    expect(pathAfter({ from: 'acme-2', to: 'acme' }, merge, exists('acme'))).toBe(null);
  });
});
