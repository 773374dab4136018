/**
 * Size thresholds for large graphs (issue 4), decided from `npm run bench` (client part,
 * src/bench/client.ts; figures in docs/performance.md). Measured in headless Chromium
 * on a 2-core machine shared with other work (load average 3–5), where WebGL is drawn
 * in software by SwiftShader; medians of 2–3 runs, graphs of 4 relations per node.
 */

/**
 * Above this many nodes "Auto" draws with Cytoscape's WebGL renderer, when the browser
 * runs WebGL on a GPU (rendererChoice.ts); the Renderer menu overrides it.
 *
 * What was measured (canvas vs WebGL):
 * - Software WebGL loses everywhere: first frame 1.3–2.4× slower, filter changes 2.8–3.6×
 *   slower, 1–9 FPS while panning against 40–56 for canvas, from 500 to 5,000 nodes. So
 *   Auto never picks WebGL without a GPU.
 * - What does not depend on the GPU is the work of the page's own process (JavaScript,
 *   style, and for canvas the drawing itself): CPU seconds of the renderer process, the
 *   GPU process excluded, over 8 filter changes. WebGL needs 25% less at 500 nodes (1.15
 *   vs 1.5 s), 10% at 1,000 (1.5 vs 1.7 s, within the noise), 33% at 2,000 (2.1 vs 3.1 s)
 *   and 27% at 5,000 (4.8 vs 6.6 s); in exchange its first frame costs 10% more at 1,000
 *   nodes, 25% at 2,000 and 30% at 5,000 (texture atlases).
 * - Meanwhile the canvas renderer's filter change grows with the graph (p50 113 ms at 500
 *   nodes, 237 ms at 2,000, 662 ms at 5,000): above ~2,000 nodes every redraw takes
 *   several frames, which is where a third less main-thread work per redraw, and the
 *   drawing itself on the GPU, pays for the slower start.
 * The GPU side cannot be measured on that machine; Cytoscape reports over 100 FPS with
 * WebGL where canvas gives 20 FPS (1.2k nodes, 16k edges).
 */
export const WEBGL_NODE_THRESHOLD = 2_000;

/**
 * Above this many elements (nodes + edges) the graph is "large": straight haystack edges
 * without arrows, solid lines, edges hidden and the view kept as a texture while panning
 * and zooming, hub labels only (stylesheet.ts, CytoscapeHost.tsx). Measured on canvas:
 * at 500 nodes / 2,000 edges the full style still pans and zooms at 56 FPS, at 1,000 /
 * 4,000 it fell to 40 (pan) and 18 (zoom) FPS with filter changes of 210 ms p50; with the
 * large-graph style the same graph keeps ~55 FPS and its filter changes cost 40% less
 * CPU. Hence a limit between the two: 3,000 elements.
 */
export const LARGE_GRAPH_ELEMENTS = 3_000;

export function isLargeGraph(graph: { nodes: readonly unknown[]; edges: readonly unknown[] }) {
  return graph.nodes.length + graph.edges.length > LARGE_GRAPH_ELEMENTS;
}

/** Above this many visible nodes, summary mode shows only the best-connected ones. */
export const SUMMARY_THRESHOLD = 8_000;
export const SUMMARY_SIZE = 1_500;

/** Above this many elements, hover fades only the neighbourhood's complement lazily:
 * we highlight the neighbourhood but do not fade everything else. */
export const HOVER_FADE_LIMIT = 4_000;

/** Rows the List view renders before "Show more". */
export const LIST_PAGE = 100;
