/** Relations the user marked wrong (knowledge/fixes.ts) are left out of the graph. */
import { SYMMETRIC_RELATIONS, type GraphEdge } from '../../schema/graph.js';
import type { RejectedRelation } from '../knowledge/fixes.js';
import type { EntityFacts } from './entities.js';

/** Every name a node goes by, lower-cased: its display names, acronyms and surface forms. */
function namesOf(facts: EntityFacts | undefined): Set<string> {
  if (!facts) return new Set();
  const all = [...facts.names, ...facts.acronyms, ...facts.surfaces];
  return new Set(all.map((name) => name.toLowerCase()));
}

function matches(edge: GraphEdge, rejected: RejectedRelation, names: (id: string) => Set<string>) {
  if (edge.type !== rejected.type) return false;
  const forward =
    names(edge.source).has(rejected.source) && names(edge.target).has(rejected.target);
  if (forward || !SYMMETRIC_RELATIONS.has(edge.type)) return forward;
  return names(edge.target).has(rejected.source) && names(edge.source).has(rejected.target);
}

export function withoutRejected(
  edges: readonly GraphEdge[],
  entities: ReadonlyMap<string, EntityFacts>,
  rejected: readonly RejectedRelation[],
): GraphEdge[] {
  if (rejected.length === 0) return [...edges];
  const cache = new Map<string, Set<string>>();
  const names = (id: string) => {
    let set = cache.get(id);
    if (!set) cache.set(id, (set = namesOf(entities.get(id))));
    return set;
  };
  return edges.filter((edge) => !rejected.some((row) => matches(edge, row, names)));
}
