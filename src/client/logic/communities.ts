/**
 * Communities: groups of nodes more tied to one another than to the rest, found by
 * graphology's Louvain over the undirected simple graph (why Louvain rather than one of
 * Cytoscape's clusterings: docs/client.md, "Communities"). Each community is named after
 * its biggest member (most connections), whose id is also its key.
 */
import louvain from 'graphology-communities-louvain';
import type { GraphIndex } from './graphIndex';
import { toUndirectedGraph } from './measures';
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

/** Fixed seed: the same graph always gets the same communities (and URLs stay valid). */
const LOUVAIN_SEED = 7;

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The member with the most connections; ties go to the alphabetically first label. */
function biggestMember(index: GraphIndex, members: readonly string[]): string {
  let best = members[0]!;
  for (const id of members) {
    const gap = (index.degree.get(id) ?? 0) - (index.degree.get(best) ?? 0);
    if (gap > 0 || (gap === 0 && (index.labelRank.get(id) ?? 0) < (index.labelRank.get(best) ?? 0)))
      best = id;
  }
  return best;
}

export function detectCommunities(index: GraphIndex): Communities {
  const graph = toUndirectedGraph(index);
  for (const id of index.hierarchyOnly) graph.dropNode(id);
  const result = louvain.detailed(graph, { getEdgeWeight: null, rng: seededRandom(LOUVAIN_SEED) });
  const groups = new Map<number, string[]>();
  for (const [id, group] of Object.entries(result.communities)) {
    const members = groups.get(group) ?? [];
    members.push(id);
    groups.set(group, members);
  }
  const list: Community[] = [...groups.values()].map((members) => {
    const key = biggestMember(index, members);
    return { key, name: index.nodeById.get(key)?.label ?? key, members };
  });
  list.sort((a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name));
  const byNode = new Map<string, string>();
  for (const community of list) for (const id of community.members) byNode.set(id, community.key);
  return { byNode, list, modularity: result.modularity };
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
