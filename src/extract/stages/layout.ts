/**
 * Stage `layout`: node positions computed once, at build time, so every user sees the same
 * picture. Up to FORCE_ABOVE nodes fcose; above, where fcose's time grows with the square
 * of the graph and it piles nodes up, a Barnes–Hut force layout (d3-force) with a fixed
 * number of ticks (measurements in docs/performance.md). Both run from a seeded random
 * source: the same graph always gets the same positions. Region hierarchy links (city ->
 * country -> continent) are layout-only edges, so places sit near their parents.
 *
 * Given the positions of a previous build (`previous`), the layout keeps its place
 * instead: nodes that had a position keep it, new nodes start beside their placed
 * neighbours and only they move in a short settle (see keptPositions).
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
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

/** Above this many nodes fcose starts to overlap nodes and the force layout is used. */
export const FORCE_ABOVE = 300;

export type LayoutAlgorithm = 'fcose' | 'fcose-draft' | 'force';

export interface LayoutOptions {
  /** Seeds fcose's initial positions (the force layout starts from a fixed arrangement). */
  seed?: number;
  /** Above this many nodes, the force layout; default FORCE_ABOVE (measured in npm run bench). */
  forceAbove?: number;
  /** Force one algorithm whatever the size (the benchmark compares them). */
  algorithm?: LayoutAlgorithm;
  /**
   * Positions from the graph this build replaces, by node id: those nodes keep them and
   * only new nodes are placed. Without any, the layout is computed from scratch.
   */
  previous?: ReadonlyMap<string, Position>;
}

export interface Position {
  x: number;
  y: number;
}

const IDEAL_EDGE_LENGTH = 90;
/**
 * Force layout: ticks, and a cooling rate that reaches d3's alphaMin on the last one. 100
 * ticks cost half of 200 and, on the generated and development corpora, leave no node
 * overlapping another and the median edge 1–4% longer (docs/performance.md); 80 leave
 * hubs of 300 spokes a few overlapping nodes.
 */
export const FORCE_TICKS = 100;

/**
 * Barnes–Hut accuracy of the repulsion: cells this much wider than their distance count as
 * one body. 1.2 rather than d3's 0.9 costs a quarter less with no overlap and the same median
 * edge on the generated corpora (docs/performance.md); collision stays exact.
 */
export const MANY_BODY_THETA = 1.2;

export function layoutAlgorithm(nodes: number, options: LayoutOptions = {}): LayoutAlgorithm {
  return options.algorithm ?? (nodes > (options.forceAbove ?? FORCE_ABOVE) ? 'force' : 'fcose');
}

/** Node id -> [source, target] pairs to lay out: the edges, plus region hierarchy links. */
function layoutLinks(graph: Graph): { source: string; target: string; id: string }[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  return [
    ...graph.edges.map((e) => ({ id: `e:${e.id}`, source: e.source, target: e.target })),
    ...graph.nodes
      .filter((n) => n.parent && ids.has(n.parent))
      .map((n) => ({ id: `h:${n.id}`, source: n.id, target: n.parent as string })),
  ];
}

function fcosePositions(
  graph: Graph,
  quality: 'default' | 'draft',
  seed: number,
): Map<string, { x: number; y: number }> {
  const elements: cytoscape.ElementDefinition[] = [
    ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
    ...layoutLinks(graph).map((l) => ({ group: 'edges' as const, data: l })),
  ];
  const cy = cytoscape({ headless: true, styleEnabled: true, elements });
  cy.nodes().style({ width: 30, height: 30 });

  const original = Math.random;
  Math.random = seeded(seed);
  try {
    cy.layout({
      name: 'fcose',
      quality,
      randomize: true,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      idealEdgeLength: IDEAL_EDGE_LENGTH,
      nodeRepulsion: 6000,
      numIter: 2500,
    } as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = original;
  }

  const pos = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    pos.set(n.id(), { x: p.x, y: p.y });
  });
  cy.destroy();
  return pos;
}

type LayoutNode = SimulationNodeDatum & { id: string };

/** The forces both force layouts use: springs along the links, repulsion, collision. */
function forcesOn(nodes: LayoutNode[], graph: Graph, seed: number) {
  const links = layoutLinks(graph);
  return (
    forceSimulation(nodes)
      .randomSource(seeded(seed))
      .force(
        'link',
        forceLink<LayoutNode, (typeof links)[number]>(links)
          .id((d) => d.id)
          .distance(IDEAL_EDGE_LENGTH),
      )
      // Repulsion strong enough to keep nodes apart around hubs with hundreds of links.
      .force('charge', forceManyBody<LayoutNode>().strength(-200).theta(MANY_BODY_THETA))
      .force('collide', forceCollide<LayoutNode>(16))
  );
}

/**
 * Barnes–Hut many-body repulsion, springs along the links, collision between 30-pixel
 * nodes and a weak pull to the centre, for FORCE_TICKS ticks. Linear-logarithmic per tick.
 */
function forcePositions(graph: Graph, seed: number): Map<string, { x: number; y: number }> {
  const nodes: LayoutNode[] = graph.nodes.map((n) => ({ id: n.id }));
  const simulation = forcesOn(nodes, graph, seed)
    .alphaDecay(1 - Math.pow(0.001, 1 / FORCE_TICKS))
    .force('x', forceX<LayoutNode>().strength(0.005))
    .force('y', forceY<LayoutNode>().strength(0.005))
    .stop();
  simulation.tick(FORCE_TICKS);
  return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}

/** Ticks of the settle that moves only the new nodes of a kept layout. */
export const SETTLE_TICKS = 60;

type Adjacency = Map<string, string[]>;

function adjacencyOf(graph: Graph): Adjacency {
  const neighbours: Adjacency = new Map(graph.nodes.map((n) => [n.id, []]));
  for (const link of layoutLinks(graph)) {
    neighbours.get(link.source)?.push(link.target);
    neighbours.get(link.target)?.push(link.source);
  }
  return neighbours;
}

/**
 * Places each unplaced node that has placed neighbours at their centre, pushed half an
 * edge length in a seeded direction; repeats so that chains of new nodes follow.
 */
function placeBesideNeighbours(
  pending: string[],
  neighbours: Adjacency,
  pos: Map<string, Position>,
  random: () => number,
): string[] {
  let left = pending;
  for (let progress = true; progress && left.length > 0;) {
    progress = false;
    const still: string[] = [];
    for (const id of left) {
      const placed = (neighbours.get(id) ?? []).flatMap((other) => pos.get(other) ?? []);
      if (placed.length === 0) {
        still.push(id);
        continue;
      }
      const angle = random() * 2 * Math.PI;
      const centre = (axis: 'x' | 'y') =>
        placed.reduce((sum, p) => sum + p[axis], 0) / placed.length;
      pos.set(id, {
        x: centre('x') + (Math.cos(angle) * IDEAL_EDGE_LENGTH) / 2,
        y: centre('y') + (Math.sin(angle) * IDEAL_EDGE_LENGTH) / 2,
      });
      progress = true;
    }
    left = still;
  }
  return left;
}

/**
 * Positions that keep a previous build's: kept nodes stay exactly where they were; a new
 * node goes beside its placed neighbours, or, with none, in a column right of the
 * picture (its own new neighbours then gather round it); then a short force settle in
 * which the kept nodes are pinned. Null when no node had a position before.
 */
function keptPositions(
  graph: Graph,
  previous: ReadonlyMap<string, Position>,
  seed: number,
): Map<string, Position> | null {
  const pos = new Map<string, Position>();
  for (const n of graph.nodes) {
    const p = previous.get(n.id);
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) pos.set(n.id, { x: p.x, y: p.y });
  }
  if (pos.size === 0) return null;
  const added = graph.nodes.filter((n) => !pos.has(n.id)).map((n) => n.id);
  if (added.length === 0) return pos;
  const random = seeded(seed);
  const neighbours = adjacencyOf(graph);
  const kept = [...pos.values()];
  const right = Math.max(...kept.map((p) => p.x)) + IDEAL_EDGE_LENGTH;
  let row = Math.min(...kept.map((p) => p.y));
  for (let left = added; ;) {
    left = placeBesideNeighbours(left, neighbours, pos, random);
    const [first, ...rest] = left;
    if (first === undefined) break;
    pos.set(first, { x: right, y: row });
    row += IDEAL_EDGE_LENGTH;
    left = rest;
  }
  settleNew(graph, pos, new Set(added), seed);
  return pos;
}

/** A short force settle over the whole graph in which only the `moving` nodes move. */
function settleNew(
  graph: Graph,
  pos: Map<string, Position>,
  moving: ReadonlySet<string>,
  seed: number,
): void {
  const nodes: LayoutNode[] = graph.nodes.map((n) => {
    const p = pos.get(n.id) ?? { x: 0, y: 0 };
    return moving.has(n.id) ? { id: n.id, ...p } : { id: n.id, ...p, fx: p.x, fy: p.y };
  });
  forcesOn(nodes, graph, seed).alpha(0.3).stop().tick(SETTLE_TICKS);
  for (const n of nodes) if (moving.has(n.id)) pos.set(n.id, { x: n.x ?? 0, y: n.y ?? 0 });
}

function scratchPositions(graph: Graph, options: LayoutOptions, seed: number) {
  const algorithm = layoutAlgorithm(graph.nodes.length, options);
  return algorithm === 'force'
    ? forcePositions(graph, seed)
    : fcosePositions(graph, algorithm === 'fcose-draft' ? 'draft' : 'default', seed);
}

export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Graph {
  if (graph.nodes.length === 0) return graph;
  const seed = options.seed ?? 1;
  const kept = options.previous ? keptPositions(graph, options.previous, seed) : null;
  const pos = kept ?? scratchPositions(graph, options, seed);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const p = pos.get(n.id);
      return p && Number.isFinite(p.x) && Number.isFinite(p.y)
        ? { ...n, x: round(p.x), y: round(p.y) }
        : n;
    }),
  };
}
