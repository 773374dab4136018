/**
 * Graphs for the unit tests: the seed fixture (src/test-support, the same facts as the
 * seed corpus) and a builder for small synthetic cases. Only tests import this file.
 */
import seedJson from '../../test-support/seed-graph.json';
import { validateGraph, type Graph, type GraphEdge, type GraphNode } from '../../schema/graph';
import { buildIndex, type GraphIndex } from './graphIndex';

export function seedGraph(): Graph {
  const r = validateGraph(structuredClone(seedJson));
  if (!r.ok) throw new Error(r.error);
  return r.graph;
}

export function seedIndex(): GraphIndex {
  return buildIndex(seedGraph());
}

/** Finds a node id by label, as the e2e tests do, so tests never hard-code ids. */
export function idOf(index: GraphIndex, label: string): string {
  const n = index.graph.nodes.find((x) => x.label === label);
  if (!n) throw new Error(`no node labelled ${label}`);
  return n.id;
}

export function edgeBetween(index: GraphIndex, a: string, b: string, type?: string): GraphEdge {
  const ia = idOf(index, a);
  const ib = idOf(index, b);
  const e = index.graph.edges.find(
    (x) =>
      ((x.source === ia && x.target === ib) || (x.source === ib && x.target === ia)) &&
      (type === undefined || x.type === type),
  );
  if (!e) throw new Error(`no ${type ?? ''} edge between ${a} and ${b}`);
  return e;
}

export function labelsOf(index: GraphIndex, ids: Iterable<string>): string[] {
  return [...ids].map((id) => index.nodeById.get(id)?.label ?? id).sort();
}

type NodeInput = Partial<GraphNode> & { id: string };
type EdgeInput = Partial<GraphEdge> & { source: string; target: string };

/** A valid graph from minimal descriptions; one document backs every edge. */
export function makeGraph(nodes: NodeInput[], edges: EdgeInput[]): Graph {
  const text = 'A sentence of evidence.';
  return {
    schemaVersion: 1,
    texts: 'inline',
    documents: [
      {
        id: 'd1',
        file: 'd1.txt',
        title: 'Doc one',
        language: 'en',
        date: '2020',
        text,
        length: text.length,
        entities: [],
      },
    ],
    nodes: nodes.map((n) => ({
      type: 'company',
      label: n.id,
      aliases: [],
      mentions: 1,
      years: [],
      documents: [],
      x: 0,
      y: 0,
      confidence: 1,
      ...n,
    })),
    edges: edges.map((e, i) => ({
      id: `e${i}`,
      type: 'partnership',
      years: [],
      regions: [],
      confidence: 1,
      evidence: [{ document: 'd1', text, start: 0, end: text.length }],
      ...e,
    })),
  };
}
