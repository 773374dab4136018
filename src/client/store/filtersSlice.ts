/**
 * Filters slice. Every action replaces the `filters` object, so derived data can be
 * memoised on its identity. Type lists are kept in schema order, so equal filters
 * always look equal (and encode to the same URL).
 */
import { EDGE_TYPES, NODE_TYPES } from '../../schema/constants';
import { DEFAULT_FILTERS } from '../logic/filter';
import type { Filters } from '../logic/types';
import type { FiltersSlice, SliceCreator } from './types';

function toggle<T extends string>(
  all: readonly T[],
  current: readonly T[],
  item: T,
  on: boolean,
): T[] {
  const set = new Set(current);
  if (on) set.add(item);
  else set.delete(item);
  return all.filter((t) => set.has(t));
}

export const createFiltersSlice: SliceCreator<FiltersSlice> = (set) => {
  const patch = (p: Partial<Filters>) => set((s) => ({ filters: { ...s.filters, ...p } }));
  return {
    filters: DEFAULT_FILTERS,
    setRegion: (region) => patch({ region }),
    setYearRange: (yearFrom, yearTo) => patch({ yearFrom, yearTo }),
    setIncludeUndated: (includeUndated) => patch({ includeUndated }),
    setRelationType: (type, on) =>
      set((s) => ({
        filters: {
          ...s.filters,
          relationTypes: toggle(EDGE_TYPES, s.filters.relationTypes, type, on),
        },
      })),
    setRelationTypes: (types) =>
      patch({ relationTypes: EDGE_TYPES.filter((t) => types.includes(t)) }),
    setEntityType: (type, on) =>
      set((s) => ({
        filters: { ...s.filters, entityTypes: toggle(NODE_TYPES, s.filters.entityTypes, type, on) },
      })),
    setFilters: (filters) => set({ filters }),
    patchFilters: patch,
    resetFilters: () => set({ filters: DEFAULT_FILTERS }),
  };
};
