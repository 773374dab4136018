import type { GraphEdge, GraphNode } from '../schema/graph.js';
import { SYMMETRIC_RELATIONS } from '../schema/constants.js';

/** What a graph file holds: the nodes and relations shown, where they are drawn. */
export interface GraphView {
  /** Names the dataset in the file's metadata. */
  title?: string;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  /** Positions as drawn; a node without one keeps its build-time x and y. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

export const CREATOR = 'Partner Atlas';

/** The relations whose two ends are both in the view: a file never names a missing node. */
export function edgesWithinView(view: GraphView): GraphEdge[] {
  const ids = new Set(view.nodes.map((node) => node.id));
  return view.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
}

export function positionOf(view: GraphView, node: GraphNode): { x: number; y: number } {
  return view.positions?.get(node.id) ?? { x: node.x, y: node.y };
}

/** Partnerships and joint ventures have no direction; other relations point source → target. */
export function isDirected(edge: GraphEdge): boolean {
  return !SYMMETRIC_RELATIONS.has(edge.type);
}
