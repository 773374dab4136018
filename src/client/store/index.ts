/**
 * The one store of the client, made of five typed slices (graph, filters, selection,
 * view, measures). Components read it through `useAtlas(selector)`; non-React code (the
 * Cytoscape controller, URL sync) uses `atlasStore.getState()` and `subscribe`.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { onAlgorithmsLoaded } from './algorithms';
import { createDeriver, type DerivedView } from './derived';
import { createCorrectionsSlice } from './correctionsSlice';
import { createFiltersSlice } from './filtersSlice';
import { createGraphSlice } from './graphSlice';
import { createLiveSlice } from './liveSlice';
import { createCameraSlice, createPanelsSlice } from './panelsSlice';
import { createMeasuresSlice } from './measuresSlice';
import { createSelectionSlice } from './selectionSlice';
import { createMapSlice } from './mapSlice';
import { createTimeSlice } from './timeSlice';
import type { AtlasState } from './types';
import { createViewSlice } from './viewSlice';

export type { AtlasState } from './types';

export interface AtlasStore extends StoreApi<AtlasState> {
  derive(state?: AtlasState): DerivedView;
}

export function createAtlasStore(): AtlasStore {
  const store = createStore<AtlasState>()((...a) => ({
    ...createGraphSlice(...a),
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createPanelsSlice(...a),
    ...createCameraSlice(...a),
    ...createMeasuresSlice(...a),
    ...createCorrectionsSlice(...a),
    ...createTimeSlice(...a),
    ...createMapSlice(...a),
    ...createLiveSlice(...a),
  }));
  // A new selection opens Details, in the same update, so whatever frames the selection
  // next (search, the List) sees the panel already in place.
  store.subscribe((s, prev) => {
    if (s.selection && s.selection !== prev.selection && !s.panels.details)
      s.setPanel('details', true);
  });
  // Measures asked for before the graph algorithms were loaded are computed again.
  onAlgorithmsLoaded(() => store.setState({}));
  const deriver = createDeriver();
  return Object.assign(store, {
    derive: (state?: AtlasState) => deriver(state ?? store.getState()),
  });
}

export const atlasStore = createAtlasStore();

export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(atlasStore, selector);
}

/** The derived view (what the filters keep and what is drawn), memoised. */
export function useDerived(): DerivedView {
  return useStore(atlasStore, atlasStore.derive);
}
