/**
 * Summary mode for graphs larger than a browser can draw usefully: show the
 * N most connected nodes under the current filters, plus whatever the user expanded,
 * and let them expand from there. Pure, so the threshold logic is tested without a DOM.
 */
import { otherEnd, type GraphIndex } from './graphIndex';
import type { VisibleSet } from './types';

export interface SummaryResult extends VisibleSet {
  /** How many nodes the filters kept before summarising. */
  totalNodes: number;
}

export function summarise(
  index: GraphIndex,
  visible: VisibleSet,
  limit: number,
  expanded: readonly string[],
  pinned: readonly string[] = [],
): SummaryResult {
  // Degree within what is visible, so the summary follows the filters.
  const degree = new Map<string, number>();
  for (const id of visible.edges) {
    const e = index.edgeById.get(id);
    if (!e) continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const ranked = [...visible.nodes].sort(
    (a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const nodes = new Set(ranked.slice(0, limit));
  for (const id of pinned) if (visible.nodes.has(id)) nodes.add(id);
  for (const id of expanded) {
    if (!visible.nodes.has(id)) continue;
    nodes.add(id);
    for (const e of index.edgesByNode.get(id) ?? [])
      if (visible.edges.has(e.id)) nodes.add(otherEnd(e, id));
  }
  const edges = new Set<string>();
  for (const id of visible.edges) {
    const e = index.edgeById.get(id);
    if (e && nodes.has(e.source) && nodes.has(e.target)) edges.add(id);
  }
  return { nodes, edges, totalNodes: visible.nodes.size };
}
