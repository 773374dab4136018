/** Graph slice: loading progress, the validated graph and its lookup index. */
import { buildIndex } from '../logic/graphIndex';
import type { GraphSlice, SliceCreator } from './types';

export const createGraphSlice: SliceCreator<GraphSlice> = (set) => ({
  load: { phase: 'loading', source: 'graph.json', bytes: 0, total: null },
  graph: null,
  index: null,
  graphUrl: null,
  setLoading: (source, bytes, total) => set({ load: { phase: 'loading', source, bytes, total } }),
  setLoadError: (source, message) => set({ load: { phase: 'error', source, message } }),
  setGraph: (graph, source, url) =>
    set({ graph, index: buildIndex(graph), graphUrl: url, load: { phase: 'ready', source } }),
});
