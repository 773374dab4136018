/**
 * What a rebuild changed, in a short line for the notice the page shows when the dev
 * server sends a new graph: "+3 relations, 1 organisation merged". A merge is a node
 * gone whose name became an alias (or the name) of a node of the new graph.
 */
import { NODE_TYPES } from '../../schema/constants';
import type { Graph, GraphNode, NodeType } from '../../schema/graph';
import { countOf } from './counts';

export interface GraphChange {
  relationsAdded: number;
  relationsRemoved: number;
  nodesAdded: Map<NodeType, number>;
  /** Nodes gone that were not merged into another. */
  nodesRemoved: Map<NodeType, number>;
  merged: Map<NodeType, number>;
}

const nameKey = (name: string) => name.trim().toLowerCase();

function countByType(nodes: readonly GraphNode[]): Map<NodeType, number> {
  const counts = new Map<NodeType, number>();
  for (const node of nodes) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  return counts;
}

export function graphChange(before: Graph, after: Graph): GraphChange {
  const beforeNodes = new Set(before.nodes.map((n) => n.id));
  const afterNodes = new Set(after.nodes.map((n) => n.id));
  const beforeEdges = new Set(before.edges.map((e) => e.id));
  const afterEdges = new Set(after.edges.map((e) => e.id));
  // Names a gone node may have been merged under: the new graph's aliases of kept names.
  const names = new Set(after.nodes.flatMap((n) => [n.label, ...n.aliases].map(nameKey)));
  const gone = before.nodes.filter((n) => !afterNodes.has(n.id));
  const merged = gone.filter((n) => names.has(nameKey(n.label)));
  return {
    relationsAdded: after.edges.filter((e) => !beforeEdges.has(e.id)).length,
    relationsRemoved: before.edges.filter((e) => !afterEdges.has(e.id)).length,
    nodesAdded: countByType(after.nodes.filter((n) => !beforeNodes.has(n.id))),
    nodesRemoved: countByType(gone.filter((n) => !merged.includes(n))),
    merged: countByType(merged),
  };
}

const relations = (n: number) => `${n} ${n === 1 ? 'relation' : 'relations'}`;

/** "+3 relations, −1 relation, +1 company, −2 places, 1 organisation merged", or nothing. */
export function describeGraphChange(change: GraphChange): string {
  const parts: string[] = [];
  if (change.relationsAdded > 0) parts.push(`+${relations(change.relationsAdded)}`);
  if (change.relationsRemoved > 0) parts.push(`−${relations(change.relationsRemoved)}`);
  const each = (counts: Map<NodeType, number>, write: (text: string) => string) => {
    for (const type of NODE_TYPES) {
      const n = counts.get(type) ?? 0;
      if (n > 0) parts.push(write(countOf(type, n)));
    }
  };
  each(change.nodesAdded, (text) => `+${text}`);
  each(change.nodesRemoved, (text) => `−${text}`);
  each(change.merged, (text) => `${text} merged`);
  return parts.join(', ');
}

/** The notice after a rebuild: what changed, or that nothing did. */
export function liveNotice(before: Graph, after: Graph): string {
  const summary = describeGraphChange(graphChange(before, after));
  return summary ? `Graph updated: ${summary}` : 'Graph rebuilt: nothing changed';
}
