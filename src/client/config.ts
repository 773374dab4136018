/** Size thresholds for large graphs, decided from `npm run bench` (docs/performance.md). */

/** Above this many nodes, "Auto" draws with WebGL on a GPU (rendererChoice.ts). */
export const WEBGL_NODE_THRESHOLD = 2_000;

/**
 * Above this many elements (nodes + edges) the graph is "large" and drawn in the simpler
 * style (stylesheet.ts, CytoscapeHost.tsx).
 */
export const LARGE_GRAPH_ELEMENTS = 3_000;

export function isLargeGraph(graph: { nodes: readonly unknown[]; edges: readonly unknown[] }) {
  return graph.nodes.length + graph.edges.length > LARGE_GRAPH_ELEMENTS;
}

/**
 * Above this many visible nodes the canvas is drawn in parts (logic/progressive.ts): the
 * first frame shows the best-connected FILL_PLAN.first nodes, and after each drawn frame
 * their number is multiplied by FILL_PLAN.growth until all are shown.
 */
export const PROGRESSIVE_THRESHOLD = 2_000;
export const FILL_PLAN = { first: 250, growth: 2 } as const;

/** Above this many visible nodes, summary mode shows only the best-connected ones. */
export const SUMMARY_THRESHOLD = 8_000;
export const SUMMARY_SIZE = 1_500;

/** Above this many elements, hover highlights the neighbourhood but fades nothing else. */
export const HOVER_FADE_LIMIT = 4_000;

/** Rows the List view renders before "Show more". */
export const LIST_PAGE = 100;
