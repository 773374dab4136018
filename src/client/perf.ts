/**
 * Performance marks for `npm run bench` (src/bench/client.ts) and for anyone profiling
 * the client in DevTools: each step from navigation to the first drawn graph leaves a
 * `performance.mark` named `pa:<step>`, whose startTime is milliseconds since
 * navigation start. They cost nothing measurable and are kept in production builds.
 *
 *   pa:fetch-start      loadGraph starts fetching graph.json
 *   pa:fetched          the body is read (text)
 *   pa:parsed           JSON.parse done
 *   pa:validated        schema and integrity checks done
 *   pa:indexed          the store holds the graph and its lookup index
 *   pa:cy-created       the Cytoscape instance exists (elements and style applied)
 *   pa:first-frame      see markFirstFrame
 */
import type { Core } from 'cytoscape';

export type PerfStep =
  'fetch-start' | 'fetched' | 'parsed' | 'validated' | 'indexed' | 'cy-created' | 'first-frame';

export function mark(step: PerfStep): void {
  // Once per page: a second graph view (React StrictMode, renderer reload) keeps the first.
  if (typeof performance === 'undefined' || performance.getEntriesByName(`pa:${step}`).length)
    return;
  performance.mark(`pa:${step}`);
}

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
    if (drawn()) requestAnimationFrame(() => mark('first-frame'));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
