/**
 * Corrections slice: the graph as loaded, the user's corrections to it, and the corrected
 * graph that everything else shows (the graph slice's `graph` and `index`). Each change
 * is saved in the browser under the dataset's key.
 */
import type { Graph } from '../../schema/graph';
import { loadCorrections, saveCorrections } from '../data/correctionsStorage';
import { applyCorrections, type Correction } from '../logic/corrections';
import {
  correctionsStorageKey,
  focusAfter,
  pathAfter,
  selectionAfter,
} from '../logic/correctionList';
import { buildIndex } from '../logic/graphIndex';
import type { AtlasState, CorrectionsSlice, SliceCreator } from './types';

const UNREADABLE = 'Some saved corrections for this graph could not be read and were ignored.';
const UNSAVED = 'Corrections could not be saved in this browser; they hold until the page closes.';

/** The corrected graph and what the selection, Focus and Path become on it. */
function corrected(state: AtlasState, list: readonly Correction[], last: Correction | null) {
  const graph = applyCorrections(state.originalGraph!, list).graph;
  const index = buildIndex(graph);
  const node = (id: string) => index.nodeById.has(id);
  const edge = (id: string) => index.edgeById.has(id);
  // Undoing has no correction to follow: what still exists stays.
  const step: Correction = last ?? { kind: 'reject', edge: '' };
  return {
    corrections: list,
    graph,
    index,
    selection: selectionAfter(state.selection, step, node, edge),
    focus: focusAfter(state.focus, step, node),
    path: pathAfter(state.path, step, node),
  };
}

export const createCorrectionsSlice: SliceCreator<CorrectionsSlice> = (set, get) => {
  const commit = (list: readonly Correction[], last: Correction | null) => {
    const state = get();
    if (!state.originalGraph || !state.correctionsKey) return;
    set(corrected(state, list, last));
    if (!saveCorrections(state.correctionsKey, list)) state.notify(UNSAVED, 'warning');
  };
  return {
    originalGraph: null,
    corrections: [],
    correctionsKey: null,
    adoptGraph: (graph: Graph) => {
      const key = correctionsStorageKey(graph);
      const saved = loadCorrections(key);
      if (saved.malformed) get().notify(UNREADABLE, 'warning');
      set({ originalGraph: graph, correctionsKey: key, corrections: saved.corrections });
      return saved.corrections.length > 0
        ? applyCorrections(graph, saved.corrections).graph
        : graph;
    },
    addCorrection: (correction) => commit([...get().corrections, correction], correction),
    undoCorrection: (position) =>
      commit(
        get().corrections.filter((_, i) => i !== position),
        null,
      ),
  };
};
