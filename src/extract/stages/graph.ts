/**
 * Stage `graph` (corpus-wide): merges every document's mentions and relations into
 * one graph with deterministic ids and a deterministic order.
 *
 * Positions are left at 0 here; the `layout` stage fills them in.
 */
import type { Graph } from '../../schema/graph.js';
import type { OrganisationLookup } from '../knowledge/known-organisations.js';
import type { DatedDocument } from '../types.js';
import { graphDocuments, type TextOptions } from '../graph/documents.js';
import { edgeYearsByNode, relationEdges } from '../graph/edges.js';
import { collectEntities, entityNodes } from '../graph/entities.js';
import { makeNodeId, type FoundRelation } from '../graph/ids.js';
import { compareText } from '../graph/order.js';
import { withoutRejected } from '../graph/rejected.js';
import type { RejectedRelation } from '../knowledge/fixes.js';
import { regionHierarchy, regionNodes, type RegionSource } from '../graph/regions.js';

export type { RegionInfo, RegionSource } from '../graph/regions.js';

export interface GraphOptions extends TextOptions {
  regions: RegionSource;
  /** Relations the user marked wrong; none are made. */
  rejectedRelations?: readonly RejectedRelation[];
  /** Known organisations: their Wikidata item and description go on the nodes they label. */
  organisations?: OrganisationLookup;
}

export function buildGraph(docs: readonly DatedDocument[], options: GraphOptions): Graph {
  const sorted = [...docs].sort((a, b) => compareText(a.id, b.id));
  // Relations first, so tentative organisations (unresolved acronyms) can be admitted.
  const relations: FoundRelation[] = sorted.flatMap((doc) =>
    doc.relations.map((relation) => ({ doc, relation })),
  );
  const nodeId = makeNodeId(relations);
  const entities = collectEntities(sorted, nodeId);
  const regionIds = regionHierarchy(entities, relations, options.regions);
  const present = new Set([...entities.keys(), ...regionIds]);
  const edges = withoutRejected(
    relationEdges(relations, nodeId, regionIds, present),
    entities,
    options.rejectedRelations ?? [],
  );
  const edgeYears = edgeYearsByNode(edges);
  const docYears = new Map(sorted.map((d) => [d.id, d.date ? Number(d.date.slice(0, 4)) : null]));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = [
    ...entityNodes(entities, { linked, edgeYears, docYears, organisations: options.organisations }),
    ...regionNodes(regionIds, entities, edgeYears, options.regions),
  ].sort((a, b) => compareText(a.id, b.id));
  const nodeIds = new Set(nodes.map((n) => n.id));
  return {
    schemaVersion: 1,
    texts: options.texts,
    documents: graphDocuments(sorted, nodeId, nodeIds, options),
    nodes,
    edges: edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)),
  };
}
