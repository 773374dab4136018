/**
 * Groups a node's relations for the details panel: by relation type and, for
 * directed types, by direction ("Subsidiary of" vs "Subsidiaries"), in a stable order.
 */
import { EDGE_TYPES, SYMMETRIC_RELATIONS } from '../../schema/constants';
import type { EdgeType, GraphEdge } from '../../schema/graph';
import type { GraphIndex } from './graphIndex';
import { compareText } from './format';

export type Direction = 'out' | 'in' | 'both';

export interface Connection {
  edge: GraphEdge;
  other: string;
  direction: Direction;
}

export interface ConnectionGroup {
  key: string;
  type: EdgeType;
  direction: Direction;
  title: string;
  items: Connection[];
}

/** Headings for each relation type seen from the selected node. */
const TITLES: Record<EdgeType, { out: string; in: string; both: string }> = {
  partnership: { out: 'Partners', in: 'Partners', both: 'Partners' },
  joint_venture: { out: 'Joint ventures', in: 'Joint ventures', both: 'Joint ventures' },
  supply: { out: 'Supplies', in: 'Suppliers', both: 'Supply' },
  customer: { out: 'Customer of', in: 'Customers', both: 'Customer' },
  subsidiary: { out: 'Subsidiary of', in: 'Subsidiaries', both: 'Subsidiary' },
  investment: { out: 'Invests in', in: 'Investors', both: 'Investment' },
  acquisition: { out: 'Acquired', in: 'Acquired by', both: 'Acquisition' },
  located_in: { out: 'Located in', in: 'Based here', both: 'Located in' },
  active_in: { out: 'Active in', in: 'Active here', both: 'Active in' },
  works_for: { out: 'Works for', in: 'People', both: 'Works for' },
};

export function directionOf(edge: GraphEdge, nodeId: string): Direction {
  if (SYMMETRIC_RELATIONS.has(edge.type)) return 'both';
  return edge.source === nodeId ? 'out' : 'in';
}

export function connectionTitle(type: EdgeType, direction: Direction): string {
  return TITLES[type][direction];
}

/** A one-line reading of a relation, e.g. "Acme Europe is a subsidiary of Acme". */
export function describeRelation(type: EdgeType, source: string, target: string): string {
  switch (type) {
    case 'partnership':
      return `${source} and ${target} are partners`;
    case 'joint_venture':
      return `${source} and ${target} have a joint venture`;
    case 'supply':
      return `${source} supplies ${target}`;
    case 'customer':
      return `${source} is a customer of ${target}`;
    case 'subsidiary':
      return `${source} is a subsidiary of ${target}`;
    case 'investment':
      return `${source} invests in ${target}`;
    case 'acquisition':
      return `${source} acquired ${target}`;
    case 'located_in':
      return `${source} is located in ${target}`;
    case 'active_in':
      return `${source} is active in ${target}`;
    case 'works_for':
      return `${source} works for ${target}`;
  }
}

export function groupConnections(
  index: GraphIndex,
  nodeId: string,
  keep: (edge: GraphEdge) => boolean = () => true,
): ConnectionGroup[] {
  const groups = new Map<string, ConnectionGroup>();
  for (const edge of index.edgesByNode.get(nodeId) ?? []) {
    if (!keep(edge)) continue;
    const direction = directionOf(edge, nodeId);
    const key = `${edge.type}:${direction}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        type: edge.type,
        direction,
        title: connectionTitle(edge.type, direction),
        items: [],
      };
      groups.set(key, g);
    }
    g.items.push({ edge, other: edge.source === nodeId ? edge.target : edge.source, direction });
  }
  const order = (g: ConnectionGroup) =>
    EDGE_TYPES.indexOf(g.type) * 3 + ['both', 'out', 'in'].indexOf(g.direction);
  const label = (id: string) => index.nodeById.get(id)?.label ?? id;
  const out = [...groups.values()].sort((a, b) => order(a) - order(b));
  for (const g of out) g.items.sort((a, b) => compareText(label(a.other), label(b.other)));
  return out;
}
