/**
 * Patches the canvas when the graph itself changes (a correction, or undoing one), so the
 * camera, the selection and the filters stay: gone elements are removed, renamed nodes get
 * their new label, and relations whose ends changed are removed here and created again
 * from the new graph by the visibility pass that follows (controller.ts).
 */
import type { Core } from 'cytoscape';
import type { GraphIndex } from '../logic/graphIndex';
import { graphDelta } from '../logic/graphDelta';
import type { VisibleSet } from '../logic/types';

/**
 * Applies the delta between two graphs to the canvas (inside the caller's batch) and
 * returns what was shown, less what was removed, for the visibility pass to diff against.
 */
export function patchGraph(
  cy: Core,
  before: GraphIndex,
  after: GraphIndex,
  shown: VisibleSet,
  sizeOf: (id: string) => number | undefined,
): VisibleSet {
  const delta = graphDelta(before.graph, after.graph);
  const removed = new Set([...delta.removedNodes, ...delta.removedEdges]);
  for (const id of removed) cy.getElementById(id).remove();
  for (const id of delta.changedNodes) {
    const node = after.nodeById.get(id);
    const element = cy.getElementById(id);
    if (node && element.nonempty()) element.data({ label: node.label, type: node.type });
  }
  // Nodes that gained or lost relations are sized again (sized by connections by default).
  const touched = new Set<string>();
  for (const id of [...delta.removedEdges, ...delta.addedEdges]) {
    const edge = before.edgeById.get(id) ?? after.edgeById.get(id);
    const now = after.edgeById.get(id);
    for (const end of [edge?.source, edge?.target, now?.source, now?.target])
      if (end) touched.add(end);
  }
  for (const id of touched) {
    const size = sizeOf(id);
    const element = cy.getElementById(id);
    if (size !== undefined && element.nonempty()) element.data('size', size);
  }
  return {
    nodes: new Set([...shown.nodes].filter((id) => !removed.has(id))),
    edges: new Set([...shown.edges].filter((id) => !removed.has(id))),
  };
}
