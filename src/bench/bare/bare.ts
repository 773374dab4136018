/**
 * The benchmark's baseline: a page that only fetches a graph and hands it to Cytoscape,
 * with nothing of Partner Atlas around it (no validation, store, React, labels choice or
 * filters). `npm run bench` opens it beside the explorer on the same graphs, so the app's
 * figures can be read as a ratio to what Cytoscape itself costs on this machine.
 *
 * It draws as the explorer does for large graphs: preset positions, haystack edges, one
 * node style with labels, pixel ratio 1, a texture while the viewport moves. It leaves the
 * same `pa:first-frame` mark (the first animation frame after Cytoscape's first render),
 * and `window.__bareChange(i)` makes the i-th filter-like change: hiding or showing one
 * type of node or relation in one batch, the least work that shows such a change.
 */
import cytoscape from 'cytoscape';

interface BareGraph {
  nodes: { id: string; label: string; type: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string; type: string }[];
}

declare global {
  interface Window {
    __bareChange?: (index: number) => void;
  }
}

/** What each change hides, then shows again on the next change (pairs, like the app's toggles). */
const CHANGE_SELECTORS = [
  'edge[type = "partnership"]',
  'edge[type = "supply"]',
  'node[type = "person"]',
  'edge[type = "joint_venture"]',
  'node[type = "region"]',
  'edge[type = "investment"]',
  'node[type = "company"]',
  'edge[type = "acquisition"]',
  'edge[type = "subsidiary"]',
  'edge[type = "located_in"]',
];

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 12,
      height: 12,
      'font-size': 10,
      'background-color': '#3b6ea5',
    },
  },
  { selector: 'edge', style: { 'curve-style': 'haystack', width: 1, 'line-color': '#999' } },
  { selector: '.hidden', style: { display: 'none' } },
] as cytoscape.StylesheetJson;

function elementsOf(graph: BareGraph): cytoscape.ElementDefinition[] {
  return [
    ...graph.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.label, type: n.type },
      position: { x: n.x, y: n.y },
    })),
    ...graph.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.source, target: e.target, type: e.type },
    })),
  ];
}

async function main(): Promise<void> {
  const file = new URLSearchParams(location.search).get('graph') ?? 'graph.json';
  const graph = (await (await fetch(new URL(`/${file}`, location.origin))).json()) as BareGraph;
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elementsOf(graph),
    style: STYLE,
    layout: { name: 'preset' },
    pixelRatio: 1,
    textureOnViewport: true,
  });
  cy.one('render', () => requestAnimationFrame(() => performance.mark('pa:first-frame')));
  window.__bareChange = (index) => {
    const selector = CHANGE_SELECTORS[Math.floor(index / 2) % CHANGE_SELECTORS.length] ?? 'node';
    cy.batch(() => cy.elements(selector).toggleClass('hidden', index % 2 === 0));
  };
}

void main();
