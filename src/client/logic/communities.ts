/**
 * Communities: groups of nodes more tied to one another than to the rest, found by
 * graphology's Louvain over the undirected simple graph (why Louvain rather than one of
 * Cytoscape's clusterings: docs/client.md, "Communities"). Each community is named after
 * its biggest member (most connections), whose id is also its key. This module pulls in
 * graphology and is loaded only when asked for (store/algorithms.ts); the community
 * filter itself is in communityFilter.ts.
 */
import louvain from 'graphology-communities-louvain';
import type { GraphIndex } from './graphIndex';
import { toUndirectedGraph } from './measures';
import type { Communities, Community } from './communityFilter';

export {
  communityEntries,
  filterKeys,
  keepCommunities,
  LISTED_COMMUNITIES,
  OTHER_COMMUNITIES,
  type Communities,
  type Community,
  type CommunityEntry,
} from './communityFilter';

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
