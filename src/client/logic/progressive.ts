/**
 * Drawing a big graph in parts: the first frame shows the best-connected part of what
 * the filters keep, and the rest is added in steps after it, so that the page shows
 * something useful early and answers input between steps. Pure, so the parts are tested
 * without a canvas; the controller (cy/controller.ts) draws them.
 */
import type { GraphIndex } from './graphIndex';
import { summarise } from './summary';
import type { VisibleSet } from './types';

export interface FillPlan {
  /** Nodes in the first frame. */
  first: number;
  /**
   * Each step multiplies the number of drawn nodes by this: every step ends in a redraw
   * of all that is drawn, so equal steps would cost a full redraw per step.
   */
  growth: number;
}

/**
 * The part of `visible` drawn while at most `limit` nodes are: its best-connected nodes,
 * the pinned ones (the selection), and the relations between them. The whole set when it
 * is no bigger than the limit, or when there is no limit.
 */
export function drawnPart(
  index: GraphIndex,
  visible: VisibleSet,
  limit: number | null,
  pinned: readonly string[] = [],
): VisibleSet {
  if (limit === null || visible.nodes.size <= limit) return visible;
  const { nodes, edges } = summarise(index, visible, limit, [], pinned);
  return { nodes, edges };
}

/** The node limit of the first frame for a graph of `nodes` visible nodes, or null (all). */
export function firstLimit(nodes: number, threshold: number, plan: FillPlan): number | null {
  return nodes > threshold ? plan.first : null;
}

/** The limit after one more step, or null once everything visible is drawn. */
export function nextLimit(limit: number, visibleNodes: number, plan: FillPlan): number | null {
  const next = Math.ceil(limit * plan.growth);
  return next >= visibleNodes ? null : next;
}

/** The bounding box of these nodes' positions, grown by half the largest node size. */
export function positionsBox(
  index: GraphIndex,
  nodeIds: Iterable<string>,
  margin: number,
): { x1: number; y1: number; x2: number; y2: number; w: number; h: number } | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const id of nodeIds) {
    const n = index.nodeById.get(id);
    if (!n) continue;
    x1 = Math.min(x1, n.x);
    y1 = Math.min(y1, n.y);
    x2 = Math.max(x2, n.x);
    y2 = Math.max(y2, n.y);
  }
  if (x1 === Infinity) return null;
  x1 -= margin;
  y1 -= margin;
  x2 += margin;
  y2 += margin;
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}
