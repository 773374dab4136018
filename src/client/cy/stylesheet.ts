/**
 * The Cytoscape stylesheet, generated from the shared visual encoding (logic/style.ts).
 * Only `data()` lookups and type selectors, and plain edges on large graphs, because
 * every property is applied to every element (docs/client.md, "The stylesheet").
 */
import type { StylesheetJsonBlock } from 'cytoscape';
import { EDGE_TYPES, NODE_TYPES } from '../../schema/constants';
import { EDGE_STYLE, NODE_STYLE, YEAR_CHANGE_COLOURS } from '../logic/style';

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const HALO = '#facc15';
const EMPHASIS_BORDER = '#111827';

function nodeStyles(): StylesheetJsonBlock[] {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'font-family': FONT_FAMILY,
        'text-valign': 'bottom',
        color: '#1f2937',
        'text-outline-color': '#ffffff',
        'text-outline-opacity': 0.9,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...NODE_TYPES.map((t) => ({
      selector: `node[type = "${t}"]`,
      style: { shape: NODE_STYLE[t].shape, 'background-color': NODE_STYLE[t].color },
    })),
    // "Colour by" other than type (cy/appearance.ts).
    { selector: 'node[colour]', style: { 'background-color': 'data(colour)' } },
    // Only the labels cy/labels.ts chose are drawn, at a size that reads the same at any zoom.
    {
      selector: 'node.labelled',
      style: {
        label: 'data(label)',
        'font-size': 'data(labelFont)',
        // Cytoscape maps data() for every numeric property; its typings list it for a few.
        'text-margin-y': 'data(labelMargin)' as unknown as number,
        'text-outline-width': 'data(labelOutline)' as unknown as number,
        'text-wrap': 'none',
      },
    },
  ];
}

function edgeStyles(large: boolean): StylesheetJsonBlock[] {
  return [
    {
      selector: 'edge',
      style: {
        width: 1.6,
        // Haystack edges are straight and drawn in bulk: the simple style for big graphs.
        'curve-style': large ? 'haystack' : 'bezier',
        'arrow-scale': 0.9,
        opacity: 0.85,
      },
    },
    ...EDGE_TYPES.map((t) => ({
      selector: `edge[type = "${t}"]`,
      style: {
        'line-color': EDGE_STYLE[t].color,
        'line-style': large ? ('solid' as const) : EDGE_STYLE[t].line,
        'target-arrow-color': EDGE_STYLE[t].color,
        'target-arrow-shape':
          EDGE_STYLE[t].arrow && !large ? ('triangle' as const) : ('none' as const),
      },
    })),
  ];
}

/** The classes the controller sets: hidden, faded, hover, path and selection. */
const stateStyles = (): StylesheetJsonBlock[] => [
  { selector: '.hidden', style: { display: 'none' } },
  // "Compare years": the change of each relation between year A and year B.
  ...(['new', 'gone', 'both'] as const).map((change) => ({
    selector: `edge.year-${change}`,
    style: {
      'line-color': YEAR_CHANGE_COLOURS[change],
      'target-arrow-color': YEAR_CHANGE_COLOURS[change],
      'line-style': 'solid' as const,
      width: 3,
      opacity: 1,
    },
  })),
  { selector: 'edge.year-none', style: { opacity: 0.12 } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
  // Everything off the path steps back, so the path reads at a glance.
  { selector: '.dimmed', style: { opacity: 0.15, 'text-opacity': 0.25 } },
  {
    selector: 'node.hover, node.neighbour',
    style: { 'text-opacity': 1, opacity: 1, 'z-index': 9000 },
  },
  { selector: 'edge.neighbour', style: { width: 3, opacity: 1 } },
  {
    selector: 'node.path',
    style: {
      'border-width': 4,
      'border-color': EMPHASIS_BORDER,
      'z-index': 9500,
    },
  },
  { selector: 'edge.path', style: { width: 5, opacity: 1, 'z-index': 9500 } },
  {
    selector: 'node.selected',
    style: {
      'border-width': 4,
      'border-color': EMPHASIS_BORDER,
      // A soft halo in the node's own shape, so the selection reads at any zoom.
      'underlay-color': HALO,
      'underlay-opacity': 0.7,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
      'font-weight': 'bold',
      'z-index': 10000,
    },
  },
  {
    selector: 'edge.selected',
    style: {
      width: 5,
      opacity: 1,
      'underlay-color': HALO,
      'underlay-opacity': 0.7,
      'underlay-padding': 5,
    },
  },
];

export function buildStylesheet(options: { large: boolean }): StylesheetJsonBlock[] {
  return [...nodeStyles(), ...edgeStyles(options.large), ...stateStyles()];
}
