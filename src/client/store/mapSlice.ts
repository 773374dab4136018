/** Map slice: the view switch between the graph and the map (kept in the URL as `view`). */
import type { MapSlice, SliceCreator } from './types';

export const createMapSlice: SliceCreator<MapSlice> = (set) => ({
  viewMode: 'graph',
  setViewMode: (viewMode) => set({ viewMode }),
});
