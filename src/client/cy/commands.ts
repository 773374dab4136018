/**
 * Imperative graph actions for the panels (Fit, centre on a node, zoom, Re-layout,
 * image export), so that panels never touch the Cytoscape API. Layout and export code
 * is imported on first use, keeping it out of the initial bundle.
 */
import type { Core } from 'cytoscape';
import { prefersReducedMotion } from './camera';
import { isShown, shownElements } from './shown';

let cy: Core | null = null;

export function setActiveCy(instance: Core | null): void {
  cy = instance;
}

/** For the lazily loaded export code. */
export function activeCy(): Core | null {
  return cy;
}

const duration = () => (prefersReducedMotion() ? 0 : 300);

export const graphCommands = {
  fit(): void {
    if (!cy) return;
    const eles = shownElements(cy);
    if (eles.empty()) return;
    cy.stop();
    if (duration() === 0) cy.fit(eles, 40);
    else cy.animate({ fit: { eles, padding: 40 } }, { duration: duration() });
  },

  /** Centres an element, zooming in to at least a readable level. */
  centre(id: string): void {
    if (!cy) return;
    const ele = cy.getElementById(id);
    if (ele.empty() || !isShown(ele)) return;
    const zoom = Math.max(cy.zoom(), 1.1);
    cy.stop();
    if (duration() === 0) {
      cy.zoom(zoom);
      cy.center(ele);
    } else cy.animate({ center: { eles: ele }, zoom }, { duration: duration() });
  },

  zoomBy(factor: number): void {
    if (!cy) return;
    const z = cy.zoom() * factor;
    cy.zoom({ level: z, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  },

  panBy(dx: number, dy: number): void {
    cy?.panBy({ x: dx, y: dy });
  },

  async relayout(): Promise<void> {
    if (!cy) return;
    const { runRelayout } = await import('./relayout');
    await runRelayout(shownElements(cy), !prefersReducedMotion());
  },
};
