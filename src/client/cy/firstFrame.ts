import type { Core } from 'cytoscape';
import { mark } from '../perf';

type Counted = { renderer(): { redrawCount?: number } | null };

/** How many frames Cytoscape has drawn so far. */
export function drawCount(cy: Core): number {
  return (cy as unknown as Counted).renderer()?.redrawCount ?? 0;
}

/**
 * Calls `drawn` in the first animation frame in which Cytoscape has drawn more than
 * `after` frames, once that drawing is done.
 *
 * Cytoscape draws from its own requestAnimationFrame loop and counts the frames it has
 * drawn in `renderer().redrawCount`. The canvas renderer also emits a public `render`
 * event, but the WebGL renderer (which replaces `render` on the same renderer object)
 * emits none, so the counter is the one signal both share. We only read it.
 */
export function whenDrawn(cy: Core, after: number, drawn: () => void): void {
  const tick = () => {
    if (cy.destroyed()) return;
    // Our callback runs after Cytoscape's in the same frame (its loop re-registers first),
    // so a higher count here means this frame holds the drawing.
    if (drawCount(cy) > after) drawn();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Marks `pa:first-frame`: the start of the first animation frame after the frame in
 * which Cytoscape first drew the graph, i.e. once that frame has been handed to the
 * compositor.
 */
export function markFirstFrame(cy: Core): void {
  if (performance.getEntriesByName('pa:first-frame').length) return;
  whenDrawn(cy, 0, () => {
    // What that frame drew: fewer nodes than the filters show when drawn in parts.
    const nodes = cy.nodes().not('.hidden').length;
    requestAnimationFrame(() => mark('first-frame', { nodes }));
  });
}
