/**
 * graph.json → Cytoscape element definitions, built once per graph. Positions come
 * from the build step (preset layout), so the first frame is the final picture.
 * Everything that changes later (visibility, selection, highlights) is a class toggled
 * by the controller; the elements array is never rebuilt.
 *
 * Nodes come in ascending order of degree: Cytoscape draws nodes of equal z-index in
 * the order they were added, so the hubs are drawn on top of their neighbours without
 * a per-node `z-index` style (see stylesheet.ts).
 *
 * Every node is created up front (so that order holds), but a relation only once it is
 * first shown (the controller adds the others when a change shows them, see
 * controller.ts): Cytoscape styles and measures every element it holds, hidden or not,
 * and a 20k-node graph opening in summary mode would otherwise start with 100k
 * elements for the 1,500 nodes it draws. Edges are drawn under nodes whatever their
 * order.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge } from '../../schema/graph';
import type { GraphIndex } from '../logic/graphIndex';
import { labelSize, nodeSize } from '../logic/style';
import type { VisibleSet } from '../logic/types';

export function buildElements(
  index: GraphIndex,
  initiallyVisible: VisibleSet,
): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const degreeOf = (id: string) => index.degree.get(id) ?? 0;
  // Array.prototype.sort is stable: equal degrees keep the graph's order.
  const nodes = [...index.graph.nodes].sort((a, b) => degreeOf(a.id) - degreeOf(b.id));
  for (const n of nodes) {
    const degree = degreeOf(n.id);
    out.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        type: n.type,
        size: nodeSize(degree),
        font: labelSize(degree),
      },
      position: { x: n.x, y: n.y },
      classes: initiallyVisible.nodes.has(n.id) ? '' : 'hidden',
    });
  }
  for (const e of index.graph.edges) if (initiallyVisible.edges.has(e.id)) out.push(edgeElement(e));
  return out;
}

export function edgeElement(e: GraphEdge): ElementDefinition {
  return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } };
}
