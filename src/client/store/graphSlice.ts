/** Graph slice: loading progress, the validated graph and its lookup index. */
import type { Graph } from '../../schema/graph';
import { buildIndex, type GraphIndex } from '../logic/graphIndex';
import type { SliceCreator } from './types';

export type LoadState =
  | { phase: 'loading'; source: string; bytes: number; total: number | null }
  | { phase: 'error'; source: string; message: string }
  | { phase: 'ready'; source: string };

export interface GraphSlice {
  load: LoadState;
  graph: Graph | null;
  index: GraphIndex | null;
  /** URL the graph came from; document text files resolve against it. */
  graphUrl: string | null;
  setLoading(source: string, bytes: number, total: number | null): void;
  setLoadError(source: string, message: string): void;
  setGraph(graph: Graph, source: string, url: string): void;
}

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
