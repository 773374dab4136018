/**
 * Keeps the address bar and the store in step, so a copied link reproduces the view
 * and the browser's back and forward buttons move through the selection history:
 *
 * - once the graph is loaded, the URL is decoded (invalid or stale values dropped with a
 *   notice) and applied, then rewritten in canonical form;
 * - a user selection pushes a history entry; filter, focus and camera changes replace
 *   the current one (so back goes to the previous selection, with the view it had);
 * - popstate decodes the entry and applies it without pushing.
 */
import { communityEntries } from '../logic/communityFilter';
import { decodeMeasures, encodeMeasures } from '../logic/measuresUrl';
import { decodeViewState, encodeViewState, type ViewState } from '../logic/urlState';
import { decodeViewMode, encodeViewMode } from '../logic/viewModeUrl';
import { decodeCompare, encodeCompare } from '../logic/compareUrl';
import type { AtlasStore } from '../store';
import { linkNeedsAlgorithms, loadAlgorithms, loadedAlgorithms } from '../store/algorithms';
import { communitiesFor } from '../store/measureView';
import type { AtlasState } from '../store/types';

function viewOf(s: AtlasState): ViewState {
  return {
    filters: s.filters,
    selection: s.selection,
    focus: s.focus,
    path: s.path,
    camera: s.camera,
  };
}

/** The query string for the state, keeping the parameters nobody here owns. */
function queryOf(state: AtlasState): string {
  const current = new URLSearchParams(window.location.search);
  const view = new URLSearchParams(encodeViewState(viewOf(state), current));
  const measures = new URLSearchParams(encodeMeasures(state, view));
  return encodeCompare(state.compare, encodeViewMode(state.viewMode, measures)).toString();
}

/** Size by, Colour by, the community filter, the view and Compare from the query; returns what was dropped. */
function applyMeasures(store: AtlasStore, params: URLSearchParams): string[] {
  const s = store.getState();
  const index = s.index;
  if (!index) return [];
  const { state, dropped } = decodeMeasures(
    params,
    () => new Set(communityEntries(communitiesFor(index)).map((entry) => entry.key)),
  );
  s.setSizeBy(state.sizeBy);
  s.setColourBy(state.colourBy);
  s.setCommunities(state.communities);
  const view = decodeViewMode(params);
  s.setViewMode(view.mode);
  // After the filters: Compare sets the year filter to the span of its two years.
  const compared = decodeCompare(params, index.yearExtent);
  // A link without Compare keeps its own year filter.
  if (compared.compare || s.compare) s.setCompare(compared.compare, { restore: false });
  return [...dropped, ...view.dropped, ...compared.dropped];
}

function apply(store: AtlasStore, state: ViewState): void {
  const s = store.getState();
  s.setFilters(state.filters);
  s.setFocus(state.focus);
  s.setPath(state.path);
  s.select(state.selection, { history: false });
  // select() makes focus follow a selected node; the link's focus wins.
  s.setFocus(state.focus);
}

export function startUrlSync(store: AtlasStore): () => void {
  const index = store.getState().index;
  if (!index) return () => {};

  const initial = decodeViewState(new URLSearchParams(window.location.search), index);
  apply(store, initial.state);
  initial.dropped.push(...applyMeasures(store, new URLSearchParams(window.location.search)));
  store.getState().setInitialCamera(initial.state.camera);
  if (initial.state.camera) store.getState().setCamera(initial.state.camera);
  if (initial.dropped.length > 0)
    store
      .getState()
      .notify(`Some settings in the link were ignored: ${initial.dropped.join('; ')}.`, 'warning');

  let applying = false;
  let lastNonce = store.getState().selectionNonce;
  let lastQuery = '';

  const write = (push: boolean) => {
    const state = store.getState();
    const query = queryOf(state);
    if (query === lastQuery && !push) return;
    lastQuery = query;
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  write(false);

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    const changed =
      s.filters !== prev.filters ||
      s.selection !== prev.selection ||
      s.focus !== prev.focus ||
      s.path !== prev.path ||
      s.camera !== prev.camera ||
      s.sizeBy !== prev.sizeBy ||
      s.colourBy !== prev.colourBy ||
      s.communities !== prev.communities ||
      s.viewMode !== prev.viewMode ||
      s.compare !== prev.compare;
    if (!changed) return;
    const push = s.selectionNonce !== lastNonce && s.selection !== prev.selection;
    lastNonce = s.selectionNonce;
    write(push);
  });

  const applyEntry = () => {
    const current = store.getState().index;
    if (!current) return;
    const decoded = decodeViewState(new URLSearchParams(window.location.search), current);
    applying = true;
    try {
      apply(store, { ...decoded.state, camera: store.getState().camera });
      applyMeasures(store, new URLSearchParams(window.location.search));
    } finally {
      applying = false;
    }
    // The entry's camera comes back too; the graph view moves there (controller.ts).
    if (decoded.state.camera) store.getState().requestCamera(decoded.state.camera);
    lastNonce = store.getState().selectionNonce;
    write(false);
    const sel = decoded.state.selection;
    const label = sel
      ? sel.kind === 'node'
        ? current.nodeById.get(sel.id)?.label
        : 'relation'
      : null;
    store.getState().announce(label ? `Selected ${label}` : 'Selection cleared');
  };
  // An entry whose measures need the graph algorithms waits for them.
  const onPop = () => {
    if (linkNeedsAlgorithms(new URLSearchParams(window.location.search)) && !loadedAlgorithms())
      void loadAlgorithms().then(applyEntry, applyEntry);
    else applyEntry();
  };
  window.addEventListener('popstate', onPop);

  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
