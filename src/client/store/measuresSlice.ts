/**
 * Measures slice: what sizes the nodes (and so which labels win), what colours them, and
 * which communities are kept. The values themselves are derived (measureView.ts).
 */
import { DEFAULT_SIZE_MEASURE } from '../logic/sizeMeasures';
import { DEFAULT_COLOUR_BY } from '../logic/colours';
import type { MeasuresSlice, SliceCreator } from './types';

export const createMeasuresSlice: SliceCreator<MeasuresSlice> = (set) => ({
  sizeBy: DEFAULT_SIZE_MEASURE,
  colourBy: DEFAULT_COLOUR_BY,
  communities: null,
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setColourBy: (colourBy) => set({ colourBy }),
  setCommunities: (communities) => set({ communities }),
});
