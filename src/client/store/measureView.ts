/**
 * Measure data derived from the store: each node's value for "Size by" (which is also
 * its label priority), node sizes, communities and node colours. Each is memoised on the
 * identity of its inputs, and communities are only computed once something asks for them
 * (Colour by community, or the community list).
 *
 * PageRank, betweenness and the communities need the graph algorithms, loaded on demand
 * (algorithms.ts). Asked for before they are loaded, they start the loading and give no
 * sizes and no communities meanwhile (never memoised); the store announces the load, so
 * whatever reads them runs again.
 */
import type { Communities } from '../logic/communityFilter';
import { nodeColouring, type ColourBy, type Colouring } from '../logic/colours';
import type { GraphIndex } from '../logic/graphIndex';
import { countValues, isCountMeasure, nodeSizes, type SizeMeasure } from '../logic/sizeMeasures';
import { loadAlgorithms, loadedAlgorithms, type Algorithms } from './algorithms';
import type { AtlasState } from './types';

export interface SizeView {
  measure: SizeMeasure;
  values: ReadonlyMap<string, number>;
  sizes: ReadonlyMap<string, number>;
}

function memoOne<A, B, R>(compute: (a: A, b: B) => R): (a: A, b: B) => R {
  let last: { a: A; b: B; result: R } | null = null;
  return (a, b) => {
    if (last && last.a === a && last.b === b) return last.result;
    const result = compute(a, b);
    last = { a, b, result };
    return result;
  };
}

const sizeView = memoOne((index: GraphIndex, measure: SizeMeasure): SizeView | null => {
  const algorithms = isCountMeasure(measure) ? null : loadedAlgorithms();
  const values = isCountMeasure(measure)
    ? countValues(index, measure)
    : algorithms?.measureValues(index, measure);
  return values ? { measure, values, sizes: nodeSizes(values, measure) } : null;
});

const communitiesOf = memoOne((index: GraphIndex, algorithms: Algorithms) =>
  algorithms.detectCommunities(index),
);

const NO_COMMUNITIES: Communities = { byNode: new Map(), list: [], modularity: 0 };

/** The loaded algorithms, or null after starting to load them. */
function algorithmsOrLoad(): Algorithms | null {
  const algorithms = loadedAlgorithms();
  if (!algorithms) void loadAlgorithms();
  return algorithms;
}

const colouringOf = memoOne((index: GraphIndex, colourBy: ColourBy): Colouring | null =>
  nodeColouring(index, colourBy, () => communitiesFor(index)),
);

export function sizeViewOf(state: Pick<AtlasState, 'index' | 'sizeBy'>): SizeView | null {
  if (!state.index) return null;
  if (!isCountMeasure(state.sizeBy) && !algorithmsOrLoad()) return null;
  return sizeView(state.index, state.sizeBy);
}

export function communitiesFor(index: GraphIndex): Communities {
  const algorithms = algorithmsOrLoad();
  return algorithms ? communitiesOf(index, algorithms) : NO_COMMUNITIES;
}

export function colouringFor(state: Pick<AtlasState, 'index' | 'colourBy'>): Colouring | null {
  if (!state.index) return null;
  if (state.colourBy === 'community' && !algorithmsOrLoad()) return null;
  return colouringOf(state.index, state.colourBy);
}
