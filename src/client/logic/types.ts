/**
 * Client-side state shapes shared by the store, the pure logic and the views.
 * Kept free of React and Cytoscape so the logic can be unit-tested in Node.
 */
import type { EdgeType, NodeType } from '../../schema/graph';

export interface Filters {
  /** Region node id; relations are kept when one of their places lies inside it. */
  region: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  /** Whether relations without any year pass a year filter. */
  includeUndated: boolean;
  /** Enabled relation types, in EDGE_TYPES order. */
  relationTypes: readonly EdgeType[];
  /** Enabled entity types, in NODE_TYPES order. */
  entityTypes: readonly NodeType[];
  /**
   * Hide nodes without a shown relation. "auto" follows the graph: on when more than a
   * fifth of its nodes have no relation at all (thresholds.ts).
   */
  hideUnconnected: 'auto' | 'on' | 'off';
  /** Nodes with fewer shown relations than this are hidden (0: no minimum). */
  minConnections: number;
  /** Relations below this confidence are hidden (0: no minimum). */
  minConfidence: number;
}

export type Selected = { kind: 'node'; id: string } | { kind: 'edge'; id: string };

export type Hops = 1 | 2;

/** "Focus": only the neighbourhood of one node is shown. */
export interface Focus {
  node: string;
  hops: Hops;
}

export interface PathQuery {
  from: string;
  to: string;
}

/**
 * The camera as the model-space point at the centre of the view plus the zoom, so a
 * shared link shows the same place whatever the size of the recipient's window.
 */
export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

export interface VisibleSet {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}
