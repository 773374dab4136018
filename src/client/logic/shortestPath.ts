/**
 * "Path": the shortest chain of relations between two organisations. Breadth-first
 * over organisation relations only (partnership, supply, …): sharing a city or an
 * employee is not a relation between companies. It ignores the filters on purpose,
 * the answer should not change because a year was excluded; the view then shows the
 * path even where filters would hide it, and says so.
 */
import { otherEnd, isOrgRelation, type GraphIndex } from './graphIndex';

export interface PathResult {
  /** Node ids from `from` to `to`. */
  nodes: string[];
  /** Edge ids, one fewer than nodes. */
  edges: string[];
}

export function shortestPath(index: GraphIndex, from: string, to: string): PathResult | null {
  if (!index.nodeById.has(from) || !index.nodeById.has(to)) return null;
  if (from === to) return { nodes: [from], edges: [] };
  const via = new Map<string, { prev: string; edge: string }>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      // Sorted so that among equally short paths the same one is always returned.
      const edges = (index.edgesByNode.get(id) ?? [])
        .filter((e) => isOrgRelation(e.type))
        .map((e) => ({ e, other: otherEnd(e, id) }))
        .sort((a, b) =>
          a.other < b.other ? -1 : a.other > b.other ? 1 : a.e.id < b.e.id ? -1 : 1,
        );
      for (const { e, other } of edges) {
        if (seen.has(other)) continue;
        seen.add(other);
        via.set(other, { prev: id, edge: e.id });
        if (other === to) return unwind(via, from, to);
        next.push(other);
      }
    }
    frontier = next;
  }
  return null;
}

function unwind(
  via: Map<string, { prev: string; edge: string }>,
  from: string,
  to: string,
): PathResult {
  const nodes = [to];
  const edges: string[] = [];
  let current = to;
  while (current !== from) {
    const step = via.get(current)!;
    edges.push(step.edge);
    nodes.push(step.prev);
    current = step.prev;
  }
  return { nodes: nodes.reverse(), edges: edges.reverse() };
}
