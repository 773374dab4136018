/**
 * graph.json → Cytoscape element definitions. Positions come from the build step
 * (preset layout), so the first frame is the final picture; everything that changes
 * later is a class toggled by the controller.
 *
 * Only what the first frame shows is created up front, and nodes in ascending order of
 * degree so that hubs are drawn on top (why: docs/client.md).
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../../schema/graph';
import type { GraphIndex } from '../logic/graphIndex';
import { nodeSize } from '../logic/style';
import type { VisibleSet } from '../logic/types';

/** Definitions for these nodes and relations, nodes first in ascending order of degree. */
export function elementsFor(
  index: GraphIndex,
  nodeIds: Iterable<string>,
  edgeIds: Iterable<string>,
): ElementDefinition[] {
  const degreeOf = (id: string) => index.degree.get(id) ?? 0;
  const nodes: GraphNode[] = [];
  for (const id of nodeIds) {
    const n = index.nodeById.get(id);
    if (n) nodes.push(n);
  }
  // Array.prototype.sort is stable; ties are broken by id so the order never depends on
  // the order the ids were given in.
  nodes.sort((a, b) => degreeOf(a.id) - degreeOf(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: ElementDefinition[] = nodes.map((n) => nodeElement(n, degreeOf(n.id)));
  for (const id of edgeIds) {
    const e = index.edgeById.get(id);
    if (e) out.push(edgeElement(e));
  }
  return out;
}

/** The first frame: what `initiallyVisible` shows, and nothing else. */
export function buildElements(
  index: GraphIndex,
  initiallyVisible: VisibleSet,
): ElementDefinition[] {
  return elementsFor(index, initiallyVisible.nodes, initiallyVisible.edges);
}

function nodeElement(n: GraphNode, degree: number): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: n.id,
      label: n.label,
      type: n.type,
      size: nodeSize(degree),
    },
    position: { x: n.x, y: n.y },
  };
}

function edgeElement(e: GraphEdge): ElementDefinition {
  return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } };
}
