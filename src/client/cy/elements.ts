/**
 * graph.json → Cytoscape element definitions, built once per graph. Positions come
 * from the build step (preset layout), so the first frame is the final picture.
 * Everything that changes later (visibility, selection, highlights) is a class toggled
 * by the controller; the elements array is never rebuilt.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphIndex } from '../logic/graphIndex';
import { labelSize, nodeSize } from '../logic/style';
import type { VisibleSet } from '../logic/types';

export function buildElements(
  index: GraphIndex,
  initiallyVisible: VisibleSet,
): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const n of index.graph.nodes) {
    const degree = index.degree.get(n.id) ?? 0;
    out.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        type: n.type,
        size: nodeSize(degree),
        font: labelSize(degree),
        z: degree,
      },
      position: { x: n.x, y: n.y },
      classes: initiallyVisible.nodes.has(n.id) ? '' : 'hidden',
    });
  }
  for (const e of index.graph.edges) {
    out.push({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, type: e.type },
      classes: initiallyVisible.edges.has(e.id) ? '' : 'hidden',
    });
  }
  return out;
}
