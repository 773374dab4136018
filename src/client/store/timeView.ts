/**
 * The comparison "Compare years" shows, memoised on the graph, the filters and the two
 * years, so the canvas classes and the counts in the panel come from one computation.
 */
import { compareYears, type YearComparison } from '../logic/timeline';
import type { GraphIndex } from '../logic/graphIndex';
import type { Filters } from '../logic/types';
import type { AtlasState } from './types';

let last: {
  index: GraphIndex;
  filters: Filters;
  compare: AtlasState['compare'];
  result: YearComparison;
} | null = null;

export function comparisonOf(state: AtlasState): YearComparison | null {
  const { index, filters, compare } = state;
  if (!index || !compare) return null;
  if (last && last.index === index && last.filters === filters && last.compare === compare)
    return last.result;
  const result = compareYears(index, filters, compare.a, compare.b);
  last = { index, filters, compare, result };
  return result;
}
