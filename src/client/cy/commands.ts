/**
 * What the panels may ask of the drawn graph (Fit, centre on a node, zoom, pan,
 * Re-layout, image export), so that panels never touch the Cytoscape API. The commands
 * are bound to one Cytoscape instance (graphCommands) and reach the panels through
 * GraphContext.tsx. Layout and export code is imported on first use, keeping it out of
 * the initial bundle.
 */
import type { Core } from 'cytoscape';
import { prefersReducedMotion } from './camera';
import type { ImageOptions } from './exportImage';
import { centreElements, frameElements, frameElementsAtOnce } from './frame';
import { isShown, shownElements, shownNodes } from './shown';

export interface GraphCommands {
  /**
   * Fits what is shown into the view. `animate: false` moves the camera in the frame that
   * draws the latest change, framing the shown nodes, and not at all if it would not move.
   */
  fit(options?: { animate?: boolean }): void;
  /** Centres an element, zooming in to at least a readable level. */
  centre(id: string): void;
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  /** Lays out what is shown again (fcose), animated unless the user prefers less motion. */
  relayout(): Promise<void>;
  /** Saves a PNG of the view or the whole graph; resolves to a message for the user. */
  exportPng(options: ImageOptions): Promise<string>;
  exportSvg(options: Omit<ImageOptions, 'scale'>): Promise<string>;
  /** Where each drawn node is now (after a drag or a re-layout), for graph-file exports. */
  positions(): Map<string, { x: number; y: number }>;
}

/** The zoom at which a centred node and its neighbours' labels can be read. */
export const READABLE_ZOOM = 1.1;

export function graphCommands(cy: Core): GraphCommands {
  return {
    fit(options) {
      if (options?.animate === false) frameElementsAtOnce(cy, shownNodes(cy));
      else frameElements(cy, shownElements(cy));
    },
    centre(id) {
      const ele = cy.getElementById(id);
      if (ele.empty() || !isShown(ele)) return;
      centreElements(cy, ele, Math.max(cy.zoom(), READABLE_ZOOM));
    },
    zoomBy(factor) {
      const level = cy.zoom() * factor;
      cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    panBy(dx, dy) {
      cy.panBy({ x: dx, y: dy });
    },
    async relayout() {
      const { runRelayout } = await import('./relayout');
      await runRelayout(shownElements(cy), !prefersReducedMotion());
    },
    async exportPng(options) {
      const { exportPng } = await import('./exportImage');
      return exportPng(cy, options);
    },
    async exportSvg(options) {
      const { exportSvg } = await import('./exportImage');
      return exportSvg(cy, options);
    },
    positions() {
      const out = new Map<string, { x: number; y: number }>();
      cy.nodes().forEach((node) => {
        const { x, y } = node.position();
        out.set(node.id(), { x, y });
      });
      return out;
    },
  };
}
