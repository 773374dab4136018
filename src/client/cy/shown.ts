/**
 * What the canvas shows. A node is shown unless it has the `hidden` class; a relation
 * is shown unless it or one of its ends has it. Cytoscape does not draw the relations of
 * a `display: none` node, so the controller leaves the class of such relations alone
 * (see controller.ts) and "not .hidden" alone would count them.
 */
import type { CollectionReturnValue, Core, EdgeSingular, NodeSingular } from 'cytoscape';

const HIDDEN = 'hidden';

export function isShown(ele: NodeSingular | EdgeSingular): boolean {
  if (ele.hasClass(HIDDEN)) return false;
  if (ele.isNode()) return true;
  const edge = ele as EdgeSingular;
  return !edge.source().hasClass(HIDDEN) && !edge.target().hasClass(HIDDEN);
}

export function shownNodes(cy: Core): CollectionReturnValue {
  return cy.nodes().not(`.${HIDDEN}`);
}

export function shownEdges(cy: Core): CollectionReturnValue {
  // The same test as isShown, as collection operations: much cheaper on big graphs, and
  // nothing to check at all when no node is hidden (the first frame).
  const edges = cy.edges().not(`.${HIDDEN}`);
  const hiddenNodes = cy.nodes(`.${HIDDEN}`);
  return hiddenNodes.empty() ? edges : edges.not(hiddenNodes.connectedEdges());
}

export function shownElements(cy: Core): CollectionReturnValue {
  return shownNodes(cy).union(shownEdges(cy));
}
