/**
 * Live slice: takes a graph rebuilt while the page is open (`npm start`, src/client/live.ts)
 * in place of the one loaded. The user's corrections are applied to it and saved under
 * its key; the selection, Focus and Path stay where their nodes still exist. The canvas
 * is patched from the old graph to the new one (cy/patchGraph.ts), so camera and
 * filters stay.
 */
import type { Graph } from '../../schema/graph';
import { saveCorrections } from '../data/correctionsStorage';
import { applyCorrections, type Correction } from '../logic/corrections';
import {
  correctionsStorageKey,
  focusAfter,
  pathAfter,
  selectionAfter,
} from '../logic/correctionList';
import { buildIndex } from '../logic/graphIndex';
import type { LiveSlice, SliceCreator } from './types';

// A rebuild is no correction: nothing to follow, only what is gone ends.
const NO_CORRECTION: Correction = { kind: 'reject', edge: '' };

export const createLiveSlice: SliceCreator<LiveSlice> = (set, get) => ({
  replaceGraph: (rebuilt: Graph) => {
    const state = get();
    const key = correctionsStorageKey(rebuilt);
    const graph = applyCorrections(rebuilt, state.corrections).graph;
    const index = buildIndex(graph);
    const node = (id: string) => index.nodeById.has(id);
    const edge = (id: string) => index.edgeById.has(id);
    set({
      originalGraph: rebuilt,
      correctionsKey: key,
      graph,
      index,
      selection: selectionAfter(state.selection, NO_CORRECTION, node, edge),
      focus: focusAfter(state.focus, NO_CORRECTION, node),
      path: pathAfter(state.path, NO_CORRECTION, node),
    });
    if (state.corrections.length > 0) saveCorrections(key, state.corrections);
  },
});
