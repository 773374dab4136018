/**
 * Start-up: pick the graph source from the page URL, load it with progress, validate
 * it, then start the URL sync before the first render of the workspace (so the graph
 * is drawn with the link's filters from its very first frame).
 */
import { loadGraph } from './data/loadGraph';
import { resolveGraphSource } from './logic/graphSource';
import type { AtlasStore } from './store';
import { startUrlSync } from './history/urlSync';
import { afterFirstFrame, mark } from './perf';
import { linkNeedsAlgorithms, loadAlgorithms } from './store/algorithms';

let started = false;

export function startApp(store: AtlasStore): void {
  // React StrictMode runs effects twice in development; load once.
  if (started) return;
  started = true;
  const params = new URLSearchParams(window.location.search);
  const source = resolveGraphSource(params.get('graph'), window.location.href);
  const s = store.getState();
  if (source.rejected) s.notify(`Loaded graph.json instead: ${source.rejected}.`, 'warning');
  const renderer = params.get('renderer');
  if (renderer === 'webgl' || renderer === 'canvas') s.setRenderer(renderer);
  s.setLoading(source.name, 0, null);
  // Fetch the drawing code alongside the data (see Workspace).
  void import('./components/GraphView');
  // The graph algorithms: with the data when the link asks for them, else after the first
  // frame (store/algorithms.ts).
  const linkNeeds = linkNeedsAlgorithms(params);
  const algorithms = (linkNeeds ? loadAlgorithms() : afterFirstFrame().then(loadAlgorithms)).catch(
    () => null,
  );
  void loadGraph(source.url, source.name, (bytes, total) =>
    store.getState().setLoading(source.name, bytes, total),
  ).then(async (result) => {
    if (!result.ok) {
      store.getState().setLoadError(source.name, result.error);
      return;
    }
    if (linkNeeds) await algorithms;
    const shown = store.getState().adoptGraph(result.graph);
    store.getState().setGraph(shown, source.name, source.url);
    startUrlSync(store);
    mark('indexed');
  });
}
