/**
 * Region nodes and their hierarchy: every place brings its parents and macro-regions,
 * so the client can filter by continent or group.
 */
import type { GraphNode } from '../../schema/graph.js';
import { HIERARCHY_REGION, MENTIONED_REGION } from './confidence.js';
import type { EntityFacts } from './entities.js';
import type { FoundRelation } from './ids.js';
import { sortedUnique } from './order.js';

/** What the graph stage needs from the gazetteer: region facts for hierarchy nodes. */
export interface RegionSource {
  region(id: string): RegionInfo | undefined;
}

export interface RegionInfo {
  id: string;
  name: string;
  level: NonNullable<GraphNode['level']>;
  country?: string;
  parent?: string;
  lat?: number;
  lon?: number;
  memberOf?: string[];
}

/** Regions mentioned or scoping a relation, with all their parents and groups. */
export function regionHierarchy(
  entities: ReadonlyMap<string, EntityFacts>,
  relations: readonly FoundRelation[],
  regions: RegionSource,
): Set<string> {
  const regionIds = new Set<string>();
  for (const [id, facts] of entities) if (facts.type === 'region') regionIds.add(id);
  for (const { relation } of relations) for (const id of relation.regions) regionIds.add(id);
  const queue = [...regionIds];
  while (queue.length) {
    const info = regions.region(queue.pop() as string);
    for (const up of [info?.parent, ...(info?.memberOf ?? [])])
      if (up && !regionIds.has(up)) {
        regionIds.add(up);
        queue.push(up);
      }
  }
  return regionIds;
}

/** One node per region the gazetteer knows; parents and groups only when present too. */
export function regionNodes(
  regionIds: ReadonlySet<string>,
  entities: ReadonlyMap<string, EntityFacts>,
  edgeYears: ReadonlyMap<string, number[]>,
  regions: RegionSource,
): GraphNode[] {
  const nodes: GraphNode[] = [];
  for (const id of regionIds) {
    const info = regions.region(id);
    if (!info) continue;
    const facts = entities.get(id);
    const node: GraphNode = {
      id,
      type: 'region',
      label: info.name,
      aliases: sortedUnique([...(facts?.surfaces ?? [])].filter((n) => n !== info.name)),
      mentions: facts?.mentions ?? 0,
      years: sortedUnique(edgeYears.get(id) ?? []),
      documents: sortedUnique(facts?.documents ?? []),
      x: 0,
      y: 0,
      confidence: facts ? MENTIONED_REGION : HIERARCHY_REGION,
      level: info.level,
    };
    if (info.country) node.country = info.country;
    if (info.parent && regionIds.has(info.parent)) node.parent = info.parent;
    const memberOf = (info.memberOf ?? []).filter((m) => regionIds.has(m));
    if (memberOf.length) node.memberOf = sortedUnique(memberOf);
    if (info.lat !== undefined) node.lat = info.lat;
    if (info.lon !== undefined) node.lon = info.lon;
    nodes.push(node);
  }
  return nodes;
}
