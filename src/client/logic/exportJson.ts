/**
 * "Data of what is visible" as JSON: a graph.json subset that passes validateGraph,
 * so it can be opened again in Partner Atlas (`?graph=`) or fed to other tools.
 *
 * To stay valid, the subset also carries what the visible part refers to: the places
 * named by visible relations and the regions that contain them (so the hierarchy and
 * the Region filter still work), and the documents behind nodes and evidence. References
 * to anything left out (entity spans, roles) are dropped rather than left dangling.
 */
import type { Graph, GraphNode } from '../../schema/graph';
import type { GraphIndex } from './graphIndex';
import type { VisibleSet } from './types';

export function graphSubset(index: GraphIndex, visible: VisibleSet): Graph {
  const { graph } = index;
  const edges = graph.edges.filter((e) => visible.edges.has(e.id));
  const keep = new Set(visible.nodes);
  for (const e of edges) {
    keep.add(e.source);
    keep.add(e.target);
    for (const r of e.regions) keep.add(r);
  }
  // Close over containing regions (parent and memberOf), which regionAncestors already holds.
  for (const id of [...keep]) for (const a of index.regionAncestors.get(id) ?? []) keep.add(a);

  const nodes: GraphNode[] = graph.nodes
    .filter((n) => keep.has(n.id))
    .map((n) => {
      const { parent, ...rest } = n;
      const out: GraphNode = parent !== undefined && keep.has(parent) ? { ...rest, parent } : rest;
      if (n.roles) out.roles = n.roles.filter((r) => keep.has(r.organization));
      if (n.memberOf) out.memberOf = n.memberOf.filter((m) => keep.has(m));
      return out;
    });

  const docIds = new Set<string>();
  for (const n of nodes) for (const d of n.documents) docIds.add(d);
  for (const e of edges) for (const ev of e.evidence) docIds.add(ev.document);
  const documents = graph.documents
    .filter((d) => docIds.has(d.id))
    .map((d) => ({ ...d, entities: d.entities.filter((s) => keep.has(s.node)) }));

  return { schemaVersion: graph.schemaVersion, texts: graph.texts, documents, nodes, edges };
}
