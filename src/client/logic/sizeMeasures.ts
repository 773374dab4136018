/**
 * The "Size by" choices and what needs no graph algorithm: connections and mentions are
 * counts the index already holds, and every measure turns into node sizes the same way.
 * PageRank and betweenness are computed by measures.ts, which pulls in graphology and is
 * loaded only when asked for (store/algorithms.ts).
 */
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

/** The measures that are counts; the others need the graph algorithms. */
export type CountMeasure = Extract<SizeMeasure, 'connections' | 'mentions'>;

export function isCountMeasure(measure: SizeMeasure): measure is CountMeasure {
  return measure === 'connections' || measure === 'mentions';
}

/** Each node's count for the measure. */
export function countValues(index: GraphIndex, measure: CountMeasure): Map<string, number> {
  if (measure === 'connections')
    return new Map(index.graph.nodes.map((n) => [n.id, index.degree.get(n.id) ?? 0]));
  return new Map(index.graph.nodes.map((n) => [n.id, n.mentions]));
}

/** Smallest and largest node diameter (model units) for the measures other than connections. */
const MIN_SIZE = 20;
const MAX_SIZE = 96;

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
