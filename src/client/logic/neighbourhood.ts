/** Neighbourhoods within the currently kept relations: hover highlight and "Focus". */
import { otherEnd, type GraphIndex } from './graphIndex';
import type { VisibleSet } from './types';

/**
 * Nodes within `hops` relations of `start`, walking only kept edges, and the kept
 * edges among them (the induced subgraph, so links between neighbours show too).
 * The start node is always included, even when the filters hide it.
 */
export function neighbourhood(
  index: GraphIndex,
  start: string,
  hops: number,
  within: VisibleSet,
): VisibleSet {
  const nodes = new Set<string>([start]);
  let frontier = [start];
  for (let step = 0; step < hops && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const e of index.edgesByNode.get(id) ?? []) {
        if (!within.edges.has(e.id)) continue;
        const other = otherEnd(e, id);
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
      }
    frontier = next;
  }
  const edges = new Set<string>();
  for (const id of nodes)
    for (const e of index.edgesByNode.get(id) ?? [])
      if (within.edges.has(e.id) && nodes.has(e.source) && nodes.has(e.target)) edges.add(e.id);
  return { nodes, edges };
}
