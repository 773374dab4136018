/**
 * The community filter and its list: the communities found by communities.ts (loaded on
 * demand, since it pulls in graphology), the entries the Filters panel lists, and what
 * a choice of communities keeps of the graph.
 */
import type { GraphIndex } from './graphIndex';
import type { VisibleSet } from './types';

export interface Community {
  /** The id of the biggest member. */
  key: string;
  /** The label of the biggest member. */
  name: string;
  members: readonly string[];
}

export interface Communities {
  /** Community key of every node. */
  byNode: ReadonlyMap<string, string>;
  /** Biggest first (then by name). */
  list: readonly Community[];
  /** Newman's modularity of the partition, for the record (docs/client.md). */
  modularity: number;
}

/** What `base` keeps of the chosen communities: their nodes and the relations among them. */
export function keepCommunities(
  index: GraphIndex,
  base: VisibleSet,
  byNode: ReadonlyMap<string, string>,
  keys: readonly string[],
): VisibleSet {
  const wanted = new Set(keys);
  const nodes = new Set<string>();
  for (const id of base.nodes) if (wanted.has(byNode.get(id) ?? '')) nodes.add(id);
  const edges = new Set<string>();
  for (const id of base.edges) {
    const edge = index.edgeById.get(id);
    if (edge && nodes.has(edge.source) && nodes.has(edge.target)) edges.add(id);
  }
  return { nodes, edges };
}

/** Communities listed by name in the filter; the rest are counted together. */
export const LISTED_COMMUNITIES = 12;
/** The key that stands for every community not listed. */
export const OTHER_COMMUNITIES = '~others';

export interface CommunityEntry {
  key: string;
  name: string;
  count: number;
}

/**
 * The filter's entries: the biggest communities with two members or more, then one
 * "Other nodes" entry for the rest (single nodes and the smaller groups), if any.
 */
export function communityEntries(communities: Communities): CommunityEntry[] {
  const listed = communities.list
    .filter((c) => c.members.length >= 2)
    .slice(0, LISTED_COMMUNITIES)
    .map((c) => ({ key: c.key, name: c.name, count: c.members.length }));
  const listedCount = listed.reduce((sum, entry) => sum + entry.count, 0);
  const others = communities.byNode.size - listedCount;
  return others > 0
    ? [...listed, { key: OTHER_COMMUNITIES, name: 'Other nodes', count: others }]
    : listed;
}

/** The filter key of each node: its community if listed, else OTHER_COMMUNITIES. */
export function filterKeys(communities: Communities): Map<string, string> {
  const listed = new Set(communityEntries(communities).map((entry) => entry.key));
  const out = new Map<string, string>();
  for (const [id, key] of communities.byNode)
    out.set(id, listed.has(key) ? key : OTHER_COMMUNITIES);
  return out;
}
