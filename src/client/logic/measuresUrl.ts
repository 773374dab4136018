/**
 * "Size by", "Colour by" and the community filter in the query string (`size`,
 * `colour`, `community`), written only when they differ from the defaults. Decoding
 * drops unknown values and communities the graph does not have, and says which.
 * Other parameters are left untouched (logic/urlState.ts owns the rest).
 */
import { COLOUR_BY, DEFAULT_COLOUR_BY, type ColourBy } from './colours';
import { DEFAULT_SIZE_MEASURE, SIZE_MEASURES, type SizeMeasure } from './sizeMeasures';

export interface MeasuresState {
  sizeBy: SizeMeasure;
  colourBy: ColourBy;
  communities: readonly string[] | null;
}

export const MEASURES_KEYS = ['size', 'colour', 'community'] as const;

export function encodeMeasures(state: MeasuresState, current: URLSearchParams): string {
  const params = new URLSearchParams(current);
  for (const key of MEASURES_KEYS) params.delete(key);
  if (state.sizeBy !== DEFAULT_SIZE_MEASURE) params.set('size', state.sizeBy);
  if (state.colourBy !== DEFAULT_COLOUR_BY) params.set('colour', state.colourBy);
  for (const key of state.communities ?? []) params.append('community', key);
  // An empty choice (every community unticked) still has to be told apart from "all".
  if (state.communities?.length === 0) params.set('community', '');
  return params.toString();
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export function decodeMeasures(
  params: URLSearchParams,
  knownCommunities: () => ReadonlySet<string>,
): { state: MeasuresState; dropped: string[] } {
  const dropped: string[] = [];
  const size = params.get('size');
  const colour = params.get('colour');
  const state: MeasuresState = {
    sizeBy: DEFAULT_SIZE_MEASURE,
    colourBy: DEFAULT_COLOUR_BY,
    communities: null,
  };
  if (size !== null) {
    if (isOneOf(SIZE_MEASURES, size)) state.sizeBy = size;
    else dropped.push(`unknown size measure "${size}"`);
  }
  if (colour !== null) {
    if (isOneOf(COLOUR_BY, colour)) state.colourBy = colour;
    else dropped.push(`unknown colour choice "${colour}"`);
  }
  const communities = params.getAll('community').filter((key) => key !== '');
  if (params.has('community')) {
    const known = knownCommunities();
    const kept = communities.filter((key) => known.has(key));
    if (kept.length < communities.length) dropped.push('a community that is not in this graph');
    state.communities = kept;
  }
  return { state, dropped };
}
