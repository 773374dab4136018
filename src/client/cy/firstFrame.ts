import type { Core } from 'cytoscape';
import { mark } from '../perf';

/**
 * Marks `pa:first-frame`: the start of the first animation frame after the frame in
 * which Cytoscape first drew the graph, i.e. once that frame has been handed to the
 * compositor.
 *
 * Cytoscape draws from its own requestAnimationFrame loop and counts the frames it has
 * drawn in `renderer().redrawCount`. The canvas renderer also emits a public `render`
 * event, but the WebGL renderer (which replaces `render` on the same renderer object)
 * emits none, so the counter is the one signal both share. We only read it.
 */
export function markFirstFrame(cy: Core): void {
  if (performance.getEntriesByName('pa:first-frame').length) return;
  const renderer = (cy as unknown as { renderer(): { redrawCount?: number } | null }).renderer();
  const drawn = () => (renderer?.redrawCount ?? 0) > 0;
  const tick = () => {
    if (cy.destroyed()) return;
    // Our callback runs after Cytoscape's in the same frame (its loop re-registers first),
    // so a non-zero count here means this frame holds the drawing.
    if (drawn()) {
      // What that frame drew: fewer nodes than the filters show when drawn in parts.
      const nodes = cy.nodes().not('.hidden').length;
      requestAnimationFrame(() => mark('first-frame', { nodes }));
    } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
