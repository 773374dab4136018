/**
 * Loads the graph algorithms (logic/graphAlgorithms.ts) on demand: when a link or the
 * Measures controls ask for PageRank, betweenness or the communities, and otherwise once
 * the first frame is drawn, so that they are ready before anyone asks. Until then the
 * store's derived measures fall back to what needs no algorithm (measureView.ts).
 */
import { useSyncExternalStore } from 'react';
import { isCountMeasure, SIZE_MEASURES, type SizeMeasure } from '../logic/sizeMeasures';

export type Algorithms = typeof import('../logic/graphAlgorithms');

let loaded: Algorithms | null = null;
let loading: Promise<Algorithms> | null = null;
const listeners = new Set<() => void>();

export function loadedAlgorithms(): Algorithms | null {
  return loaded;
}

export function loadAlgorithms(): Promise<Algorithms> {
  loading ??= import('../logic/graphAlgorithms').then(
    (module) => {
      loaded = module;
      for (const listener of listeners) listener();
      return module;
    },
    (error: unknown) => {
      // A later ask tries again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Calls `listener` once the algorithms are loaded; returns the unsubscription. */
export function onAlgorithmsLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether this choice of "Size by" and "Colour by" needs the algorithms. */
export function measuresNeedAlgorithms(choice: {
  sizeBy?: SizeMeasure;
  colourBy?: string | undefined;
  communities?: readonly string[] | null;
}): boolean {
  return (
    (choice.sizeBy !== undefined && !isCountMeasure(choice.sizeBy)) ||
    choice.colourBy === 'community' ||
    (choice.communities !== undefined && choice.communities !== null)
  );
}

/** The algorithms for a component: null until loaded, then re-renders with them. */
export function useAlgorithms(): Algorithms | null {
  return useSyncExternalStore(onAlgorithmsLoaded, loadedAlgorithms);
}

/** Whether a link's "Size by", "Colour by" or community filter needs the algorithms. */
export function linkNeedsAlgorithms(params: URLSearchParams): boolean {
  const size = params.get('size');
  const known = SIZE_MEASURES.find((measure) => measure === size);
  return measuresNeedAlgorithms({
    ...(known ? { sizeBy: known } : {}),
    colourBy: params.get('colour') ?? undefined,
    communities: params.has('community') ? [] : null,
  });
}
