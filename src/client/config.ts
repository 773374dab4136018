/**
 * Size thresholds for large graphs (issue 4). They are starting values chosen from
 * Cytoscape's published figures; `npm run bench` measures the real limits and these
 * constants are the one place to change.
 */

/** Above this many nodes the WebGL renderer is used, unless the user overrides it. */
export const WEBGL_NODE_THRESHOLD = 3_000;

/** Above this many elements, edges are drawn as straight "haystack" lines and the view
 * is cached as a texture while panning (labels and edges are not redrawn mid-gesture). */
export const LARGE_GRAPH_ELEMENTS = 6_000;

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
