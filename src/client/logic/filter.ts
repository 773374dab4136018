/**
 * Which nodes and relations the current filters keep. Pure and linear in the size of
 * the graph: one pass over the edges, one over the nodes.
 *
 * Rules:
 * - a relation is kept when its type is enabled, one of its years lies in the range
 *   (or it is undated and "include undated" is on), and, with a region selected, one of
 *   its places lies inside that region; a place link (located_in / active_in) also
 *   counts its target place;
 * - a works_for link without places follows its organisation: it is kept when the
 *   organisation is kept by some other relation in the region;
 * - while any relation filter is active (region, years, relation types), a node is kept
 *   only when it takes part in a kept relation, so a company is kept when it has a kept
 *   relation or a link to a place inside the region; without one, every node of an
 *   enabled type is kept;
 * - a relation is kept only when its confidence reaches the minimum;
 * - a relation is drawn only when both of its ends are kept.
 *
 * "Hide unconnected" and "Min. connections" act afterwards, on what these rules keep
 * (thresholds.ts).
 */
import { EDGE_TYPES } from '../../schema/constants';
import type { GraphEdge } from '../../schema/graph';
import { isPlaceLink, regionInside, regionsWithin, type GraphIndex } from './graphIndex';
import type { Filters, VisibleSet } from './types';

export const DEFAULT_FILTERS: Filters = {
  region: null,
  yearFrom: null,
  yearTo: null,
  includeUndated: true,
  relationTypes: EDGE_TYPES,
  entityTypes: ['company', 'organization', 'person', 'region'],
  hideUnconnected: 'auto',
  minConnections: 0,
  minConfidence: 0,
};

export function hasYearFilter(f: Filters): boolean {
  return f.yearFrom !== null || f.yearTo !== null || !f.includeUndated;
}

/** Whether any filter that acts on relations is set (the entity types act on nodes). */
export function isRelationFilterActive(f: Filters): boolean {
  return (
    f.region !== null ||
    hasYearFilter(f) ||
    f.relationTypes.length < EDGE_TYPES.length ||
    f.minConfidence > 0
  );
}

export function isAnyFilterActive(f: Filters): boolean {
  return (
    isRelationFilterActive(f) ||
    f.entityTypes.length < DEFAULT_FILTERS.entityTypes.length ||
    f.hideUnconnected !== 'auto' ||
    f.minConnections > 0
  );
}

export function yearsMatch(years: readonly number[], f: Filters): boolean {
  if (years.length === 0) return f.includeUndated;
  const from = f.yearFrom ?? -Infinity;
  const to = f.yearTo ?? Infinity;
  return years.some((y) => y >= from && y <= to);
}

/** Whether one of the relation's places lies inside `region`. */
export function edgeInRegion(index: GraphIndex, edge: GraphEdge, region: string): boolean {
  if (edge.regions.some((r) => regionInside(index, r, region))) return true;
  return isPlaceLink(edge.type) && regionInside(index, edge.target, region);
}

export function applyFilters(index: GraphIndex, f: Filters): VisibleSet {
  const relOn = new Set(f.relationTypes);
  const entOn = new Set(f.entityTypes);
  const active = isRelationFilterActive(f);
  // The places inside the region, once, rather than an ancestor lookup per place per edge.
  const inside = f.region === null ? null : regionsWithin(index, f.region);
  const inRegion = (e: GraphEdge) =>
    inside === null ||
    e.regions.some((r) => inside.has(r)) ||
    (isPlaceLink(e.type) && inside.has(e.target));

  const passing: GraphEdge[] = [];
  const deferred: GraphEdge[] = [];
  const keptOrgs = new Set<string>();
  for (const e of index.graph.edges) {
    if (!relOn.has(e.type) || !yearsMatch(e.years, f) || e.confidence < f.minConfidence) continue;
    if (inRegion(e)) {
      passing.push(e);
      if (e.type !== 'works_for') {
        keptOrgs.add(e.source);
        keptOrgs.add(e.target);
      }
    } else if (e.type === 'works_for' && e.regions.length === 0) deferred.push(e);
  }
  for (const e of deferred) if (keptOrgs.has(e.target)) passing.push(e);

  const isCandidate = (id: string) => {
    const n = index.nodeById.get(id);
    return n !== undefined && entOn.has(n.type) && !index.hierarchyOnly.has(id);
  };
  const nodes = new Set<string>();
  if (active) {
    for (const e of passing) {
      if (isCandidate(e.source)) nodes.add(e.source);
      if (isCandidate(e.target)) nodes.add(e.target);
    }
  } else {
    for (const n of index.graph.nodes) if (isCandidate(n.id)) nodes.add(n.id);
  }
  const edges = new Set<string>();
  for (const e of passing) if (nodes.has(e.source) && nodes.has(e.target)) edges.add(e.id);
  return { nodes, edges };
}
