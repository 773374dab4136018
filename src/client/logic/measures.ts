/**
 * The node measures behind "Size by" (and label priority): connections, mentions,
 * PageRank and betweenness (the choices and the sizes: sizeMeasures.ts). Centralities come from graphology-metrics, over the graph
 * seen as undirected and simple (one link per pair of nodes, whatever the number and
 * direction of relations): a partnership has no direction, and a repeated relation is
 * one tie between two actors.
 */
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { GraphIndex } from './graphIndex';
import { countValues, isCountMeasure, type SizeMeasure } from './sizeMeasures';

export {
  DEFAULT_SIZE_MEASURE,
  nodeSizes,
  SIZE_MEASURE_LABEL,
  SIZE_MEASURES,
  type SizeMeasure,
} from './sizeMeasures';

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
  if (isCountMeasure(measure)) return countValues(index, measure);
  const graph = toUndirectedGraph(index);
  const values =
    measure === 'pagerank'
      ? pagerank(graph, { getEdgeWeight: null })
      : betweenness(graph, { getEdgeWeight: null });
  return fromRecord(values);
}
