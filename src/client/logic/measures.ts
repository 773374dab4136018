/**
 * The node measures behind "Size by" (and label priority): connections, mentions,
 * PageRank and betweenness. Centralities come from graphology-metrics, over the graph
 * seen as undirected and simple (one link per pair of nodes, whatever the number and
 * direction of relations): a partnership has no direction, and a repeated relation is
 * one tie between two actors.
 */
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { GraphIndex } from './graphIndex';
import { nodeSize } from './style';

export const SIZE_MEASURES = ['connections', 'mentions', 'pagerank', 'betweenness'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

export const SIZE_MEASURE_LABEL: Record<SizeMeasure, string> = {
  connections: 'Connections',
  mentions: 'Mentions',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
};

export const DEFAULT_SIZE_MEASURE: SizeMeasure = 'connections';

/** Smallest and largest node diameter (model units) for the measures other than connections. */
const MIN_SIZE = 20;
const MAX_SIZE = 96;

/** The graph as graphology sees it: every node, one undirected link per related pair. */
export function toUndirectedGraph(index: GraphIndex): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of index.graph.nodes) graph.addNode(node.id);
  for (const edge of index.graph.edges) {
    if (edge.source === edge.target) continue;
    graph.mergeEdge(edge.source, edge.target);
  }
  return graph;
}

function fromRecord(record: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(record));
}

/** Each node's value for the measure (0 for a node the measure does not reach). */
export function measureValues(index: GraphIndex, measure: SizeMeasure): Map<string, number> {
  switch (measure) {
    case 'connections':
      return new Map(index.graph.nodes.map((n) => [n.id, index.degree.get(n.id) ?? 0]));
    case 'mentions':
      return new Map(index.graph.nodes.map((n) => [n.id, n.mentions]));
    case 'pagerank':
      return fromRecord(pagerank(toUndirectedGraph(index), { getEdgeWeight: null }));
    case 'betweenness':
      return fromRecord(betweenness(toUndirectedGraph(index), { getEdgeWeight: null }));
  }
}

/**
 * Node diameters for the measure. Connections keep the encoding the graph has always had
 * (nodeSize of the degree); the others grow with the square root of the value, so that
 * the area follows the value, between MIN_SIZE and MAX_SIZE.
 */
export function nodeSizes(
  values: ReadonlyMap<string, number>,
  measure: SizeMeasure,
): Map<string, number> {
  if (measure === 'connections')
    return new Map([...values].map(([id, value]) => [id, nodeSize(value)]));
  let top = 0;
  for (const value of values.values()) top = Math.max(top, value);
  return new Map(
    [...values].map(([id, value]) => [
      id,
      Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (top > 0 ? Math.sqrt(value / top) : 0)),
    ]),
  );
}
