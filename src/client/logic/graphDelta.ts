/**
 * What changed between two versions of the graph shown (after a correction, or a rebuild
 * while the page is open), so the canvas is patched rather than drawn again: the
 * camera, selection and filters stay, and only the changed elements are touched.
 */
import type { Graph, GraphEdge, GraphNode } from '../../schema/graph';

export interface GraphDelta {
  /** Node ids gone from the graph. */
  removedNodes: string[];
  /** Relation ids gone, or whose ends or type changed (drawn again from the new graph). */
  removedEdges: string[];
  /** Nodes present in both whose drawn data changed (label, type). */
  changedNodes: string[];
  addedNodes: string[];
  addedEdges: string[];
}

const nodeLooksSame = (a: GraphNode, b: GraphNode) => a.label === b.label && a.type === b.type;
const edgeLooksSame = (a: GraphEdge, b: GraphEdge) =>
  a.source === b.source && a.target === b.target && a.type === b.type;

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function graphDelta(before: Graph, after: Graph): GraphDelta {
  const oldNodes = byId(before.nodes);
  const oldEdges = byId(before.edges);
  const newNodes = byId(after.nodes);
  const newEdges = byId(after.edges);
  const delta: GraphDelta = {
    removedNodes: [],
    removedEdges: [],
    changedNodes: [],
    addedNodes: [],
    addedEdges: [],
  };
  for (const [id, node] of oldNodes) {
    const next = newNodes.get(id);
    if (!next) delta.removedNodes.push(id);
    else if (!nodeLooksSame(node, next)) delta.changedNodes.push(id);
  }
  for (const id of newNodes.keys()) if (!oldNodes.has(id)) delta.addedNodes.push(id);
  for (const [id, edge] of oldEdges) {
    const next = newEdges.get(id);
    if (!next || !edgeLooksSame(edge, next)) delta.removedEdges.push(id);
  }
  for (const [id, edge] of newEdges) {
    const old = oldEdges.get(id);
    if (!old || !edgeLooksSame(old, edge)) delta.addedEdges.push(id);
  }
  return delta;
}

export function isEmptyDelta(delta: GraphDelta): boolean {
  return Object.values(delta).every((ids: string[]) => ids.length === 0);
}
