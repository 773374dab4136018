/**
 * Measures the community algorithms the client could use, on the atlas test graph and on
 * generated graphs: graphology's Louvain against Cytoscape's Markov clustering (its only
 * clustering that works from the links alone; k-means, hierarchical clustering and
 * affinity propagation need node attributes). Prints, for each, the modularity of the
 * partition (higher is better), the number of groups and the median time of three runs.
 * The figures are recorded in docs/client.md ("Communities").
 *
 *   npx tsx src/bench/communities.ts
 */
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import { performance } from 'node:perf_hooks';
import type { Graph as AtlasGraph } from '../schema/graph.js';
import { generateGraph } from '../test-support/generateGraph.js';

function undirected(graph: AtlasGraph): Graph {
  const out = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  for (const node of graph.nodes) if (linked.has(node.id)) out.addNode(node.id);
  for (const edge of graph.edges)
    if (edge.source !== edge.target) out.mergeEdge(edge.source, edge.target);
  return out;
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function timed(run: () => Record<string, number>): { mapping: Record<string, number>; ms: number } {
  const times: number[] = [];
  let mapping: Record<string, number> = {};
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    mapping = run();
    times.push(performance.now() - start);
  }
  return { mapping, ms: median(times) };
}

function markov(graph: Graph): Record<string, number> {
  const cy = cytoscape({
    headless: true,
    elements: [
      ...graph.nodes().map((id) => ({ data: { id } })),
      ...graph.edges().map((id) => ({
        data: { id, source: graph.source(id), target: graph.target(id) },
      })),
    ],
  });
  const clusters = cy.elements().markovClustering({});
  const mapping: Record<string, number> = {};
  clusters.forEach((cluster, i) => cluster.forEach((node) => void (mapping[node.id()] = i)));
  // MCL can leave nodes out of every cluster; each is then a group of its own.
  let next = clusters.length;
  for (const id of graph.nodes()) if (mapping[id] === undefined) mapping[id] = next++;
  cy.destroy();
  return mapping;
}

/**
 * Markov clustering works on a dense n × n matrix: 2.7 s at 200 nodes, and no result
 * after ten minutes at 1,000, so it only runs on the small graph.
 */
const MARKOV_MAX_NODES = 500;

function report(name: string, graph: Graph): void {
  const rows: [string, { mapping: Record<string, number>; ms: number }][] = [
    ['graphology Louvain', timed(() => louvain(graph, { getEdgeWeight: null }))],
  ];
  if (graph.order <= MARKOV_MAX_NODES)
    rows.push(['Cytoscape Markov clustering', timed(() => markov(graph))]);
  for (const [algorithm, { mapping, ms }] of rows) {
    const q = modularity(graph, { getNodeCommunity: (id: string) => mapping[id]! });
    const groups = new Set(Object.values(mapping)).size;
    console.log(
      `${name} (${graph.order} nodes, ${graph.size} links) · ${algorithm}: modularity ${q.toFixed(3)}, ${groups} groups, ${ms.toFixed(0)} ms`,
    );
  }
}

const atlas = JSON.parse(
  readFileSync(new URL('../test-support/atlas-graph.json', import.meta.url), 'utf8'),
) as AtlasGraph;
report('atlas', undirected(atlas));
report('generated 1,000', undirected(generateGraph(1_000, 4)));
report('generated 5,000', undirected(generateGraph(5_000, 4)));
