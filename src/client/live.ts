/**
 * Development only (`npm start`): when the dev server has rebuilt graph.json after a
 * change to the documents or data/, fetch it and patch the open graph in place (the
 * store's replaceGraph; camera, filters and selection stay), with a notice of what
 * changed. A failed build's errors are shown as notices and the graph stays as it is.
 */
import type { ViteHotContext } from 'vite/types/hot.js';
import { LIVE_EVENT, type LiveMessage } from '../dev/liveEvent';
import { loadGraph } from './data/loadGraph';
import { liveNotice } from './logic/liveChanges';
import type { AtlasStore } from './store';

let revision = 0;

const LIVE_NOTICE = /^Graph (updated|rebuilt|not updated)\b|^The rebuilt graph/;

/** One word from the rebuilds at a time: the latest replaces the notices of those before. */
function tell(store: AtlasStore, text: string, tone: 'info' | 'warning' = 'info'): void {
  const state = store.getState();
  for (const notice of state.notices)
    if (LIVE_NOTICE.test(notice.text)) state.dismissNotice(notice.id);
  state.notify(text, tone);
}

async function takeRebuiltGraph(store: AtlasStore): Promise<void> {
  const { graphUrl, originalGraph } = store.getState();
  if (!graphUrl || !originalGraph) {
    // Still loading the graph this replaces: take the new one once that is in.
    const stop = store.subscribe((state) => {
      if (!state.graphUrl || !state.originalGraph) return;
      stop();
      void takeRebuiltGraph(store);
    });
    return;
  }
  const url = new URL(graphUrl, window.location.href);
  // A new address each time, so no cache answers with the graph being replaced.
  url.searchParams.set('revision', String(++revision));
  const result = await loadGraph(url.href, 'graph.json', () => undefined);
  const state = store.getState();
  if (!result.ok) {
    tell(store, `The rebuilt graph could not be loaded: ${result.error}`, 'warning');
    return;
  }
  const before = state.originalGraph ?? originalGraph;
  state.replaceGraph(result.graph);
  tell(store, liveNotice(before, result.graph));
}

export function listenForRebuilds(hot: ViteHotContext, store: AtlasStore): void {
  hot.on(LIVE_EVENT, (message: LiveMessage) => {
    if (message.ok) void takeRebuiltGraph(store);
    else tell(store, `Graph not updated: ${message.errors.join('; ')}`, 'warning');
  });
}
