/**
 * Counts of what is shown, by type, in the words the legend and the type lists use
 * ("Company" / "companies", "Place" / "places"), so every count on screen agrees.
 */
import { NODE_TYPES } from '../../schema/constants';
import type { EdgeType, NodeType } from '../../schema/graph';
import type { GraphIndex } from './graphIndex';
import { NODE_STYLE } from './style';
import type { VisibleSet } from './types';

export function countNodeTypes(index: GraphIndex, ids: Iterable<string>): Map<NodeType, number> {
  const counts = new Map<NodeType, number>();
  for (const id of ids) {
    const type = index.nodeById.get(id)?.type;
    if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

export function countEdgeTypes(index: GraphIndex, ids: Iterable<string>): Map<EdgeType, number> {
  const counts = new Map<EdgeType, number>();
  for (const id of ids) {
    const type = index.edgeById.get(id)?.type;
    if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

/** "1 company", "3 people": the type's name, singular or plural. */
export function countOf(type: NodeType, n: number): string {
  const style = NODE_STYLE[type];
  return `${n} ${n === 1 ? style.label.toLowerCase() : style.plural}`;
}

/** "7 companies · 1 organisation · 5 people · 19 places · 28 relations shown (of 28)". */
export function statusText(index: GraphIndex, visible: VisibleSet): string {
  const byType = countNodeTypes(index, visible.nodes);
  const nodes = NODE_TYPES.map((t) => countOf(t, byType.get(t) ?? 0));
  const edges = visible.edges.size;
  const relations = `${edges} ${edges === 1 ? 'relation' : 'relations'} shown (of ${index.graph.edges.length})`;
  return [...nodes, relations].join(' · ');
}
