/**
 * Camera conversions. The URL stores the model point at the centre of the view and
 * the zoom, so a link opened in a window of another size still centres the same place.
 */
import type { Core } from 'cytoscape';
import type { Camera } from '../logic/types';

export function readCamera(cy: Core): Camera {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { zoom, x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
}

export function applyCamera(cy: Core, camera: Camera): void {
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), camera.zoom));
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - camera.x * zoom, y: cy.height() / 2 - camera.y * zoom },
  });
}

export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}
