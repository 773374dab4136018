/**
 * "Hide unconnected" and "Min. connections": the node thresholds applied after the type,
 * place, year and confidence filters (filter.ts). A node is held back when it has fewer
 * kept relations than the minimum; what is held back stays findable (the List marks it,
 * Search finds it) and selecting it shows it again (store/derived.ts).
 */
import type { GraphIndex } from './graphIndex';
import type { Filters, VisibleSet } from './types';

/** Above this share of nodes without any relation, "Hide unconnected" starts on. */
export const UNCONNECTED_SHARE_DEFAULT_ON = 1 / 5;

export interface ThresholdResult extends VisibleSet {
  /** Nodes the filters kept that the thresholds hold back. */
  held: ReadonlySet<string>;
}

const shares = new WeakMap<GraphIndex, number>();

/** The share of drawable nodes (hierarchy-only regions aside) with no relation at all. */
export function unconnectedShare(index: GraphIndex): number {
  const known = shares.get(index);
  if (known !== undefined) return known;
  let drawable = 0;
  let lonely = 0;
  for (const n of index.graph.nodes) {
    if (index.hierarchyOnly.has(n.id)) continue;
    drawable++;
    if ((index.degree.get(n.id) ?? 0) === 0) lonely++;
  }
  const share = drawable === 0 ? 0 : lonely / drawable;
  shares.set(index, share);
  return share;
}

/** Whether "Hide unconnected" is on: as set, or by default from the graph's share. */
export function hidesUnconnected(index: GraphIndex, f: Filters): boolean {
  if (f.hideUnconnected !== 'auto') return f.hideUnconnected === 'on';
  return unconnectedShare(index) > UNCONNECTED_SHARE_DEFAULT_ON;
}

function keptDegrees(index: GraphIndex, edges: ReadonlySet<string>): Map<string, number> {
  const degree = new Map<string, number>();
  for (const id of edges) {
    const e = index.edgeById.get(id);
    if (!e) continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}

/**
 * Holds back the nodes with fewer kept relations than "Min. connections" (at least one
 * while "Hide unconnected" is on), and the relations that lose an end. Holding a node
 * back takes a relation from its neighbours, so this repeats until every node left has
 * the minimum among the nodes left (the graph's k-core): the List's "Connections" column
 * then never shows a number under the minimum, and no shown node lacks a shown relation.
 */
export function applyThresholds(index: GraphIndex, f: Filters, base: VisibleSet): ThresholdResult {
  const minimum = Math.max(f.minConnections, hidesUnconnected(index, f) ? 1 : 0);
  if (minimum === 0) return { nodes: base.nodes, edges: base.edges, held: new Set() };
  const degree = keptDegrees(index, base.edges);
  const nodes = new Set(base.nodes);
  const queue = [...nodes].filter((id) => (degree.get(id) ?? 0) < minimum);
  const held = new Set<string>();
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (!nodes.delete(id)) continue;
    held.add(id);
    for (const e of index.edgesByNode.get(id) ?? []) {
      if (!base.edges.has(e.id)) continue;
      const other = e.source === id ? e.target : e.source;
      if (!nodes.has(other)) continue;
      const left = (degree.get(other) ?? 0) - 1;
      degree.set(other, left);
      // Queued once: when it first drops under the minimum.
      if (left === minimum - 1) queue.push(other);
    }
  }
  const edges = new Set<string>();
  for (const id of base.edges) {
    const e = index.edgeById.get(id);
    if (e && nodes.has(e.source) && nodes.has(e.target)) edges.add(id);
  }
  return { nodes, edges, held };
}
