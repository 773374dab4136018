/**
 * Lookup tables built once per loaded graph, so that every filter change, hover and
 * details view is a walk over prepared arrays rather than a scan of the raw JSON.
 */
import { ORG_RELATION_TYPES } from '../../schema/constants';
import type {
  EdgeType,
  Graph,
  GraphDocument,
  GraphEdge,
  GraphNode,
  NodeType,
} from '../../schema/graph';

export interface GraphIndex {
  graph: Graph;
  nodeById: ReadonlyMap<string, GraphNode>;
  edgeById: ReadonlyMap<string, GraphEdge>;
  docById: ReadonlyMap<string, GraphDocument>;
  /** Edges incident to each node, in graph order. */
  edgesByNode: ReadonlyMap<string, readonly GraphEdge[]>;
  /** Number of incident edges over the whole graph; drives node size. */
  degree: ReadonlyMap<string, number>;
  /**
   * For each region node: itself plus every region that contains it, following
   * `parent` and `memberOf` transitively. "Is X inside R" is `ancestors(X).has(R)`.
   */
  regionAncestors: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Region nodes that exist only to complete the hierarchy (no mentions, no edges).
   * They are filter targets, never drawn.
   */
  hierarchyOnly: ReadonlySet<string>;
  /** Relations per year, for the histogram. */
  yearCounts: ReadonlyMap<number, number>;
  undatedCount: number;
  yearExtent: { min: number; max: number } | null;
  edgeTypeCounts: ReadonlyMap<EdgeType, number>;
  nodeTypeCounts: ReadonlyMap<NodeType, number>;
  /**
   * Each node's position in alphabetical order of labels. Lists sort by this integer:
   * locale-aware comparison is slow enough to matter when thousands of rows re-sort on
   * every filter change.
   */
  labelRank: ReadonlyMap<string, number>;
}

const ORG_RELATIONS: ReadonlySet<EdgeType> = new Set(ORG_RELATION_TYPES);

export function isOrgRelation(type: EdgeType): boolean {
  return ORG_RELATIONS.has(type);
}

export function isPlaceLink(type: EdgeType): boolean {
  return type === 'located_in' || type === 'active_in';
}

export function buildIndex(graph: Graph): GraphIndex {
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
  const docById = new Map(graph.documents.map((d) => [d.id, d]));
  const edgesByNode = new Map<string, GraphEdge[]>();
  for (const n of graph.nodes) edgesByNode.set(n.id, []);
  const yearCounts = new Map<number, number>();
  const edgeTypeCounts = new Map<EdgeType, number>();
  let undatedCount = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const e of graph.edges) {
    edgesByNode.get(e.source)?.push(e);
    if (e.target !== e.source) edgesByNode.get(e.target)?.push(e);
    edgeTypeCounts.set(e.type, (edgeTypeCounts.get(e.type) ?? 0) + 1);
    if (e.years.length === 0) undatedCount++;
    for (const y of new Set(e.years)) {
      yearCounts.set(y, (yearCounts.get(y) ?? 0) + 1);
      if (y < min) min = y;
      if (y > max) max = y;
    }
  }
  const degree = new Map<string, number>();
  for (const [id, list] of edgesByNode) degree.set(id, list.length);

  const nodeTypeCounts = new Map<NodeType, number>();
  const hierarchyOnly = new Set<string>();
  for (const n of graph.nodes) {
    nodeTypeCounts.set(n.type, (nodeTypeCounts.get(n.type) ?? 0) + 1);
    if (n.type === 'region' && n.mentions === 0 && (degree.get(n.id) ?? 0) === 0)
      hierarchyOnly.add(n.id);
  }

  return {
    graph,
    nodeById,
    edgeById,
    docById,
    edgesByNode,
    degree,
    regionAncestors: buildRegionAncestors(graph.nodes),
    hierarchyOnly,
    yearCounts,
    undatedCount,
    yearExtent: min <= max ? { min, max } : null,
    edgeTypeCounts,
    nodeTypeCounts,
    labelRank: rankLabels(graph.nodes),
  };
}

function rankLabels(nodes: readonly GraphNode[]): Map<string, number> {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const sorted = [...nodes].sort(
    (a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1),
  );
  return new Map(sorted.map((n, i) => [n.id, i]));
}

/**
 * Containment closure over `parent` and `memberOf`. A depth-first walk with a
 * visiting set: a cycle in bad data ends the walk instead of recursing forever.
 */
function buildRegionAncestors(nodes: readonly GraphNode[]): Map<string, ReadonlySet<string>> {
  const regions = new Map(nodes.filter((n) => n.type === 'region').map((n) => [n.id, n]));
  const done = new Map<string, ReadonlySet<string>>();
  const visiting = new Set<string>();
  const visit = (id: string): ReadonlySet<string> => {
    const known = done.get(id);
    if (known) return known;
    const out = new Set<string>([id]);
    if (visiting.has(id)) return out;
    visiting.add(id);
    const node = regions.get(id);
    const ups = [...(node?.parent !== undefined ? [node.parent] : []), ...(node?.memberOf ?? [])];
    for (const up of ups) if (regions.has(up)) for (const a of visit(up)) out.add(a);
    visiting.delete(id);
    done.set(id, out);
    return out;
  };
  for (const id of regions.keys()) visit(id);
  return done;
}

/** Whether region `candidate` lies inside region `container` (or is it). */
export function regionInside(index: GraphIndex, candidate: string, container: string): boolean {
  return index.regionAncestors.get(candidate)?.has(container) ?? false;
}

/** Every region inside `container`, itself included (the inverse of regionAncestors). */
export function regionsWithin(index: GraphIndex, container: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [id, ancestors] of index.regionAncestors) if (ancestors.has(container)) out.add(id);
  return out;
}

/** The node at the other end of an edge. */
export function otherEnd(edge: GraphEdge, nodeId: string): string {
  return edge.source === nodeId ? edge.target : edge.source;
}
