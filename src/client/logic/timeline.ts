/**
 * Time in the explorer: "Play" steps the year filter through every year of the histogram,
 * and "Compare years" sorts the relations shown into new in B, gone since A, or in both.
 *
 * A relation belongs to a year when the text (or the document's date) gives it that year:
 * years are when a relation is reported, not a span it lasts. So "gone since A" means
 * reported in A and not in B, which is how a reader compares two years of news.
 */
import { ORG_RELATION_TYPES } from '../../schema/constants';
import type { GraphEdge } from '../../schema/graph';
import { applyFilters } from './filter';
import type { GraphIndex } from './graphIndex';
import type { Filters } from './types';

export type YearChange = 'new' | 'gone' | 'both';

export interface YearComparison {
  a: number;
  b: number;
  /** Each compared relation's change; relations in neither year are left out. */
  changes: ReadonlyMap<string, YearChange>;
  counts: Readonly<Record<YearChange, number>>;
}

/** The year after `current` in the histogram's range, or null once the last one is shown. */
export function nextPlayYear(
  extent: { min: number; max: number },
  current: number | null,
): number | null {
  if (current === null || current < extent.min) return extent.min;
  return current >= extent.max ? null : current + 1;
}

/** The filters that show one year only, undated relations left out. */
export function singleYear(filters: Filters, year: number): Filters {
  return { ...filters, yearFrom: year, yearTo: year, includeUndated: false };
}

const ORGANISATION_RELATIONS: ReadonlySet<string> = new Set(ORG_RELATION_TYPES);

function changeOf(edge: GraphEdge, a: number, b: number): YearChange | null {
  const inA = edge.years.includes(a);
  const inB = edge.years.includes(b);
  if (inA && inB) return 'both';
  if (inB) return 'new';
  return inA ? 'gone' : null;
}

/**
 * Compares the relations between organisations that the other filters (region, types)
 * keep, whatever the year filter says, in year A against year B.
 */
export function compareYears(
  index: GraphIndex,
  filters: Filters,
  a: number,
  b: number,
): YearComparison {
  const allYears = { ...filters, yearFrom: null, yearTo: null, includeUndated: false };
  const visible = applyFilters(index, allYears);
  const changes = new Map<string, YearChange>();
  const counts: Record<YearChange, number> = { new: 0, gone: 0, both: 0 };
  for (const edge of index.graph.edges) {
    if (!visible.edges.has(edge.id) || !ORGANISATION_RELATIONS.has(edge.type)) continue;
    const change = changeOf(edge, a, b);
    if (change === null) continue;
    changes.set(edge.id, change);
    counts[change]++;
  }
  return { a, b, changes, counts };
}
