/**
 * The visual encoding of the graph: one table used by the Cytoscape stylesheet, the
 * legend, the filter checkboxes and the SVG export, so they can never disagree.
 *
 * Colours come from the Okabe–Ito palette (distinguishable with the common colour
 * vision deficiencies), and every type also differs by shape or line style, so
 * colour is never the only cue.
 */
import type { EdgeType, NodeType } from '../../schema/graph';

export type NodeShape = 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon';
export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface NodeTypeStyle {
  label: string;
  plural: string;
  color: string;
  shape: NodeShape;
}

export interface EdgeTypeStyle {
  label: string;
  color: string;
  line: LineStyle;
  /** Directed relations get an arrow at the target. */
  arrow: boolean;
}

export const NODE_STYLE: Record<NodeType, NodeTypeStyle> = {
  company: { label: 'Company', plural: 'companies', color: '#0072B2', shape: 'ellipse' },
  organization: {
    label: 'Organisation',
    plural: 'organisations',
    color: '#CC79A7',
    shape: 'round-rectangle',
  },
  person: { label: 'Person', plural: 'people', color: '#E69F00', shape: 'diamond' },
  // "Place" rather than "Region" so that the Region filter is the only control of that name.
  region: { label: 'Place', plural: 'places', color: '#009E73', shape: 'hexagon' },
};

export const EDGE_STYLE: Record<EdgeType, EdgeTypeStyle> = {
  partnership: { label: 'Partnership', color: '#0072B2', line: 'solid', arrow: false },
  joint_venture: { label: 'Joint venture', color: '#56B4E9', line: 'solid', arrow: false },
  supply: { label: 'Supply', color: '#D55E00', line: 'solid', arrow: true },
  customer: { label: 'Customer', color: '#E69F00', line: 'dashed', arrow: true },
  subsidiary: { label: 'Subsidiary', color: '#555555', line: 'dashed', arrow: true },
  investment: { label: 'Investment', color: '#CC79A7', line: 'solid', arrow: true },
  acquisition: { label: 'Acquisition', color: '#882255', line: 'dashed', arrow: true },
  located_in: { label: 'Located in', color: '#009E73', line: 'dotted', arrow: true },
  active_in: { label: 'Active in', color: '#44AA99', line: 'dashed', arrow: true },
  works_for: { label: 'Works for', color: '#999999', line: 'dotted', arrow: true },
};

/** Node diameter in model units: grows with the square root of the degree, capped. */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(96, 20 + 10 * Math.sqrt(degree)));
}

/** Dash patterns used by the SVG export for each line style. */
export const DASH: Record<LineStyle, string | null> = {
  solid: null,
  dashed: '6 4',
  dotted: '1.5 3',
};

/** "Compare years": new in B, gone since A, in both (ColorBrewer Dark2, told apart without red–green). */
export const YEAR_CHANGE_COLOURS = {
  new: '#1b9e77',
  gone: '#d95f02',
  both: '#7570b3',
} as const;
