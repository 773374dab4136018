/**
 * Measure data derived from the store: each node's value for "Size by" (which is also
 * its label priority), node sizes, communities and node colours. Each is memoised on the
 * identity of its inputs, and communities are only computed once something asks for them
 * (Colour by community, or the community list).
 */
import { detectCommunities, type Communities } from '../logic/communities';
import { nodeColouring, type ColourBy, type Colouring } from '../logic/colours';
import type { GraphIndex } from '../logic/graphIndex';
import { measureValues, nodeSizes, type SizeMeasure } from '../logic/measures';
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

const sizeView = memoOne((index: GraphIndex, measure: SizeMeasure): SizeView => {
  const values = measureValues(index, measure);
  return { measure, values, sizes: nodeSizes(values, measure) };
});

const communitiesOf = memoOne((index: GraphIndex, _unused: null) => detectCommunities(index));

const colouringOf = memoOne((index: GraphIndex, colourBy: ColourBy): Colouring | null =>
  nodeColouring(index, colourBy, () => communitiesOf(index, null)),
);

export function sizeViewOf(state: Pick<AtlasState, 'index' | 'sizeBy'>): SizeView | null {
  return state.index ? sizeView(state.index, state.sizeBy) : null;
}

export function communitiesFor(index: GraphIndex): Communities {
  return communitiesOf(index, null);
}

export function colouringFor(state: Pick<AtlasState, 'index' | 'colourBy'>): Colouring | null {
  return state.index ? colouringOf(state.index, state.colourBy) : null;
}
