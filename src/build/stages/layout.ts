/**
 * Stage `layout`: node positions computed once, at build time, with fcose.
 *
 * Every user then sees the same picture and the first render needs no layout.
 * fcose draws its initial positions from Math.random, so the layout runs with a
 * seeded generator in its place: the same graph always gets the same positions.
 * Region hierarchy links (city -> country -> continent) are added as layout-only
 * edges so places sit near their parents.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Graph } from '../../schema/graph.js';

cytoscape.use(fcose);

/** mulberry32: a tiny, well-known seeded PRNG. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Above this many nodes the build lays out in fcose's "draft" quality (see LayoutOptions). */
export const DEFAULT_DRAFT_ABOVE = 3000;

export interface LayoutOptions {
  seed?: number;
  /** Above this many nodes, fcose runs in "draft" quality (measured in npm run bench). */
  draftAbove?: number;
}

export function layoutGraph(graph: Graph, opts: LayoutOptions = {}): Graph {
  if (graph.nodes.length === 0) return graph;
  const ids = new Set(graph.nodes.map((n) => n.id));
  const elements: cytoscape.ElementDefinition[] = [
    ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
    ...graph.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: `e:${e.id}`, source: e.source, target: e.target },
    })),
    ...graph.nodes
      .filter((n) => n.parent && ids.has(n.parent))
      .map((n) => ({
        group: 'edges' as const,
        data: { id: `h:${n.id}`, source: n.id, target: n.parent as string },
      })),
  ];
  const cy = cytoscape({ headless: true, styleEnabled: true, elements });
  cy.nodes().style({ width: 30, height: 30 });

  const original = Math.random;
  Math.random = seeded(opts.seed ?? 1);
  try {
    cy.layout({
      name: 'fcose',
      quality: graph.nodes.length > (opts.draftAbove ?? DEFAULT_DRAFT_ABOVE) ? 'draft' : 'default',
      randomize: true,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      idealEdgeLength: 90,
      nodeRepulsion: 6000,
      numIter: 2500,
    } as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = original;
  }

  const pos = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    pos.set(n.id(), { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });
  });
  cy.destroy();
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const p = pos.get(n.id);
      return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { ...n, x: p.x, y: p.y } : n;
    }),
  };
}
