/**
 * Data derived from the store: what the filters keep, what Focus, summary mode and
 * Path make of it, and what is finally drawn. Each step is memoised on the identity
 * of its inputs (one entry each), so a click that changes only the selection does
 * not re-run the filters, and a filter change runs each pure function once.
 */
import { SUMMARY_SIZE, SUMMARY_THRESHOLD } from '../config';
import { filterKeys, keepCommunities } from '../logic/communityFilter';
import { applyFilters } from '../logic/filter';
import type { GraphIndex } from '../logic/graphIndex';
import { neighbourhood } from '../logic/neighbourhood';
import { shortestPath, type PathResult } from '../logic/shortestPath';
import { summarise } from '../logic/summary';
import { applyThresholds, type ThresholdResult } from '../logic/thresholds';
import type { Filters, Focus, PathQuery, VisibleSet } from '../logic/types';
import { communitiesFor } from './measureView';
import type { AtlasState } from './types';

function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((a, i) => Object.is(a, args[i]))
    )
      return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

const EMPTY: VisibleSet = { nodes: new Set(), edges: new Set() };

/**
 * A held-back node that is selected is shown, with its relations to what is shown:
 * choosing it in the List or in Search is asking to see it.
 */
function reveal(
  index: GraphIndex,
  kept: ThresholdResult,
  base: VisibleSet,
  selected: string | null,
): VisibleSet {
  if (selected === null || !kept.held.has(selected)) return kept;
  const nodes = new Set(kept.nodes).add(selected);
  const edges = new Set(kept.edges);
  for (const e of index.edgesByNode.get(selected) ?? []) {
    const other = e.source === selected ? e.target : e.source;
    if (base.edges.has(e.id) && nodes.has(other)) edges.add(e.id);
  }
  return { nodes, edges };
}

export interface DerivedView {
  /** Kept by the filters alone. */
  filtered: VisibleSet;
  /** Nodes the filters keep but "Hide unconnected" or "Min. connections" hold back. */
  held: ReadonlySet<string>;
  /** What is drawn (and listed). */
  visible: VisibleSet;
  /** Set when summary mode hides part of the filtered graph. */
  summary: { shown: number; total: number } | null;
  path: PathResult | null;
  /** Path elements the filters would hide, drawn anyway. */
  pathOutsideFilters: boolean;
}

export interface Deriver {
  (state: AtlasState): DerivedView;
}

/** One deriver per store, so two stores (tests) never share memo entries. */
export function createDeriver(): Deriver {
  const filtered = memo((index: GraphIndex, f: Filters) => applyFilters(index, f));
  const thresholded = memo((index: GraphIndex, base: VisibleSet, f: Filters) =>
    applyThresholds(index, f, base),
  );
  const revealed = memo(reveal);
  // The community filter narrows what the other filters keep.
  const communityKeys = memo((index: GraphIndex) => filterKeys(communitiesFor(index)));
  const inCommunities = memo(
    (index: GraphIndex, base: VisibleSet, keys: readonly string[] | null): VisibleSet =>
      keys ? keepCommunities(index, base, communityKeys(index), keys) : base,
  );
  const focused = memo((index: GraphIndex, base: VisibleSet, focus: Focus | null) =>
    focus ? neighbourhood(index, focus.node, focus.hops, base) : base,
  );
  const summarised = memo(
    (
      index: GraphIndex,
      base: VisibleSet,
      showAll: boolean,
      expanded: readonly string[],
      pinned: string | null,
    ) => {
      if (showAll || base.nodes.size <= SUMMARY_THRESHOLD) return { set: base, summary: null };
      const s = summarise(index, base, SUMMARY_SIZE, expanded, pinned ? [pinned] : []);
      return { set: s as VisibleSet, summary: { shown: s.nodes.size, total: s.totalNodes } };
    },
  );
  const pathed = memo((index: GraphIndex, query: PathQuery | null) =>
    query ? shortestPath(index, query.from, query.to) : null,
  );
  const combined = memo(
    (
      base: VisibleSet,
      path: PathResult | null,
      summary: DerivedView['summary'],
      f: VisibleSet,
      held: ReadonlySet<string>,
    ): DerivedView => {
      if (!path)
        return { filtered: f, held, visible: base, summary, path, pathOutsideFilters: false };
      const nodes = new Set(base.nodes);
      const edges = new Set(base.edges);
      let outside = false;
      for (const id of path.nodes) {
        if (!nodes.has(id)) outside = true;
        nodes.add(id);
      }
      for (const id of path.edges) {
        if (!edges.has(id)) outside = true;
        edges.add(id);
      }
      return {
        filtered: f,
        held,
        visible: { nodes, edges },
        summary,
        path,
        pathOutsideFilters: outside,
      };
    },
  );
  const empty: DerivedView = {
    filtered: EMPTY,
    held: EMPTY.nodes,
    visible: EMPTY,
    summary: null,
    path: null,
    pathOutsideFilters: false,
  };

  return (s) => {
    if (!s.index) return empty;
    const pinned = s.selection?.kind === 'node' ? s.selection.id : null;
    const passing = filtered(s.index, s.filters);
    const kept = thresholded(s.index, passing, s.filters);
    const f = inCommunities(s.index, revealed(s.index, kept, passing, pinned), s.communities);
    const fo = focused(s.index, f, s.focus);
    const sm = summarised(s.index, fo, s.showAll, s.expanded, pinned);
    return combined(sm.set, pathed(s.index, s.path), sm.summary, f, kept.held);
  };
}
