/**
 * A read-only view of what the canvas draws, for the end-to-end journeys: they assert
 * where nodes are on screen (inside the canvas, clear of the legend and the sheets),
 * which a picture of a canvas cannot tell them. It exposes boxes, never the instance.
 */
import type { Core } from 'cytoscape';
import { shownElements } from './shown';

export interface DrawnNode {
  label: string;
  /** The node's box in page pixels (CSS), as getBoundingClientRect gives for elements. */
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** The drawn opacity (a path dims what is not on it). */
  opacity: number;
  /** How many of its relations are drawn too (0 is a node floating alone). */
  relations: number;
}

/** A relation drawn, by the labels of its ends. */
export interface DrawnEdge {
  source: string;
  type: string;
  target: string;
}

declare global {
  interface Window {
    __atlasDrawn?: { nodes(): DrawnNode[]; edges(): DrawnEdge[] };
  }
}

export function exposeDrawnNodes(cy: Core): () => void {
  window.__atlasDrawn = {
    nodes() {
      const container = cy.container()?.getBoundingClientRect();
      if (!container) return [];
      const shown = shownElements(cy);
      return shown.nodes().map((node) => {
        const box = node.renderedBoundingBox({ includeLabels: false });
        return {
          label: String(node.data('label') ?? ''),
          left: container.left + box.x1,
          top: container.top + box.y1,
          right: container.left + box.x2,
          bottom: container.top + box.y2,
          opacity: Number(node.style('opacity')),
          relations: node.connectedEdges().intersection(shown).length,
        };
      });
    },
    edges() {
      return shownElements(cy)
        .edges()
        .map((edge) => ({
          source: String(edge.source().data('label') ?? ''),
          type: String(edge.data('type') ?? ''),
          target: String(edge.target().data('label') ?? ''),
        }));
    },
  };
  return () => {
    delete window.__atlasDrawn;
  };
}
