/**
 * Fit and centre inside the part of the canvas that nothing covers. Panels, sheets and
 * the legend mark themselves with `data-covers-graph`; their rectangles are read from the
 * page at the moment of framing, so a panel opened or closed since is taken into account.
 */
import type { Collection, Core } from 'cytoscape';
import {
  centreAt,
  coveredInsets,
  frameBox,
  NO_INSETS,
  sameViewport,
  type Insets,
  type ModelBox,
  type Viewport,
} from '../logic/framing';
import { prefersReducedMotion } from './camera';

export const FIT_PADDING = 40;

function insetsOf(cy: Core): Insets {
  const container = cy.container();
  if (!container || typeof document === 'undefined') return NO_INSETS;
  const canvas = container.getBoundingClientRect();
  const overlays = [...document.querySelectorAll<HTMLElement>('[data-covers-graph]')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  return coveredInsets(canvas, overlays);
}

function moveTo(cy: Core, viewport: Viewport, animate: boolean): void {
  cy.stop();
  if (!animate || prefersReducedMotion()) cy.viewport(viewport);
  else cy.animate({ zoom: viewport.zoom, pan: viewport.pan }, { duration: 300 });
}

/**
 * A panel that opened with the same click (a selection opens Details) has changed the
 * canvas's size in the page, but Cytoscape learns of it only after a debounce. Telling it
 * now makes the frame below use the size the user will see.
 */
function syncSize(cy: Core): void {
  const container = cy.container();
  if (!container) return;
  if (container.clientWidth !== cy.width() || container.clientHeight !== cy.height()) cy.resize();
}

/**
 * Runs `move` once the page has laid out what the same gesture changed (a panel opening
 * re-renders after the click handler that asked for the frame).
 */
function afterLayout(cy: Core, move: () => void, animate: boolean): void {
  const run = () => {
    if (cy.destroyed()) return;
    syncSize(cy);
    move();
  };
  if (animate && typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
  else run();
}

/** Fits `eles` into the free part of the canvas. */
export function frameElements(cy: Core, eles: Collection, animate = true): void {
  afterLayout(cy, () => frameNow(cy, eles, animate), animate);
}

/** The viewport that fits a box of model coordinates into the free part of the canvas. */
function fitted(cy: Core, box: ModelBox): Viewport {
  const size = { width: cy.width(), height: cy.height() };
  const limits = { min: cy.minZoom(), max: cy.maxZoom() };
  return frameBox(box, size, insetsOf(cy), FIT_PADDING, limits);
}

function frameNow(cy: Core, eles: Collection, animate: boolean): void {
  if (eles.empty()) return;
  moveTo(cy, fitted(cy, eles.boundingBox({})), animate);
}

/**
 * Fits `eles` at once, in the frame that draws the change that asked for it, and only if
 * the camera would move. On a large graph every frame redraws thousands of elements, so
 * an animation costs one full redraw per step and delays the picture of the change.
 * Node boxes without labels: the labels are chosen again for the new camera anyway.
 */
export function frameElementsAtOnce(cy: Core, eles: Collection): void {
  if (cy.destroyed() || eles.empty()) return;
  syncSize(cy);
  const box = eles.boundingBox({
    includeLabels: false,
    includeOverlays: false,
    includeUnderlays: false,
  });
  const target = fitted(cy, box);
  if (sameViewport({ zoom: cy.zoom(), pan: cy.pan() }, target)) return;
  cy.stop();
  cy.viewport(target);
}

/** Fits a box of model coordinates into the free part of the canvas, at once. */
export function frameModelBox(cy: Core, box: ModelBox): void {
  moveTo(cy, fitted(cy, box), false);
}

/** Centres `eles` in the free part of the canvas at `zoom`. */
export function centreElements(cy: Core, eles: Collection, zoom: number, animate = true): void {
  afterLayout(cy, () => centreNow(cy, eles, zoom, animate), animate);
}

function centreNow(cy: Core, eles: Collection, zoom: number, animate: boolean): void {
  if (eles.empty()) return;
  const box = eles.boundingBox({});
  const point = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const size = { width: cy.width(), height: cy.height() };
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), zoom));
  moveTo(cy, centreAt(point, size, insetsOf(cy), level), animate);
}
