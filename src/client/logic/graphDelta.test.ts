import { describe, expect, it } from 'vitest';
import { applyCorrections } from './corrections';
import { graphDelta, isEmptyDelta } from './graphDelta';
import { makeGraph } from './testGraph';

const graph = makeGraph(
  [{ id: 'acme' }, { id: 'acme-2' }, { id: 'borealis' }, { id: 'cobalt' }],
  [
    { source: 'acme', target: 'borealis', type: 'supply' },
    { source: 'acme-2', target: 'cobalt', type: 'supply' },
    { source: 'borealis', target: 'cobalt' },
  ],
);

describe('graphDelta', () => {
  it('is empty for the same graph', () => {
    expect(isEmptyDelta(graphDelta(graph, structuredClone(graph)))).toBe(true);
  });

  it('names what a merge, a rename and a rejection change', () => {
    const { graph: after } = applyCorrections(graph, [
      { kind: 'merge', node: 'acme-2', into: 'acme' },
      { kind: 'rename', node: 'cobalt', label: 'Cobalt Mining' },
      { kind: 'reject', edge: 'e2' },
    ]);
    expect(graphDelta(graph, after)).toEqual({
      removedNodes: ['acme-2'],
      // The relation of acme-2 now starts at acme: drawn again between the new ends.
      removedEdges: ['e1', 'e2'],
      changedNodes: ['cobalt'],
      addedNodes: [],
      addedEdges: ['e1'],
    });
  });

  it('names nodes and relations a rebuild added', () => {
    const after = makeGraph(
      [{ id: 'acme' }, { id: 'acme-2' }, { id: 'borealis' }, { id: 'cobalt' }, { id: 'delta' }],
      [
        { source: 'acme', target: 'borealis', type: 'supply' },
        { source: 'acme-2', target: 'cobalt', type: 'supply' },
        { source: 'borealis', target: 'cobalt' },
        { source: 'delta', target: 'acme' },
      ],
    );
    expect(graphDelta(graph, after)).toMatchObject({ addedNodes: ['delta'], addedEdges: ['e3'] });
  });
});
