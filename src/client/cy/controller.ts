/**
 * Binds one Cytoscape instance to the store. The store is the source of truth; this
 * controller only mirrors it onto the canvas and reports user gestures back:
 *
 * - visibility (filters, Focus, summary, Path) as the `hidden` class, changed only on
 *   the elements whose state differs from the last frame, inside one `cy.batch()`;
 * - a big graph drawn in parts: its best-connected part first, the rest after
 *   (logic/progressive.ts, docs/client.md);
 * - selection and Path emphasis as classes;
 * - hover highlights the node's neighbourhood (and fades the rest on small graphs);
 * - taps select, the camera is written back (debounced) for the URL.
 *
 * Nothing here re-creates elements, so a filter change costs O(changed elements);
 * nodes and relations are created the first time they are shown (elements.ts).
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { FILL_PLAN, HOVER_FADE_LIMIT } from '../config';
import { drawnPart, nextLimit, positionsBox } from '../logic/progressive';
import { nodeSize } from '../logic/style';
import { firstFrameDrawn, mark } from '../perf';
import type { AtlasState, AtlasStore } from '../store';
import type { DerivedView } from '../store/derived';
import type { Selected, VisibleSet } from '../logic/types';
import type { GraphIndex } from '../logic/graphIndex';
import { bindAppearance } from './appearance';
import { applyCamera, readCamera } from './camera';
import { READABLE_ZOOM } from './commands';
import { centreElements, frameElements, frameModelBox } from './frame';
import { exposeDrawnNodes } from './inspect';
import { elementsFor } from './elements';
import { bindLabels, scheduleLabels } from './labels';
import { patchGraph } from './patchGraph';
import { isShown, shownElements } from './shown';
import { sizeViewOf } from '../store/measureView';
import { bindTooltip } from './tooltip';
import { bindYearCompare } from './yearCompare';

/**
 * Shows and hides what changed; nodes and relations shown for the first time are
 * created (elements.ts creates only the first frame's). A relation with a hidden end
 * keeps its class, since Cytoscape does not draw it anyway (docs/client.md): a relation
 * whose two ends are shown has the `hidden` class exactly when it is not visible.
 */
export function diffVisibility(
  cy: Core,
  index: GraphIndex | null,
  prev: VisibleSet,
  next: VisibleSet,
): void {
  const setHidden = (id: string, hide: boolean) => {
    const ele = cy.getElementById(id);
    if (ele.empty() || ele.hasClass('hidden') === hide) return;
    if (hide) ele.addClass('hidden');
    else ele.removeClass('hidden');
  };
  const missing = { nodes: [] as string[], edges: [] as string[] };
  for (const id of prev.nodes) if (!next.nodes.has(id)) setHidden(id, true);
  for (const id of next.nodes) {
    if (prev.nodes.has(id)) continue;
    if (cy.getElementById(id).nonempty()) setHidden(id, false);
    else missing.nodes.push(id);
  }
  for (const id of prev.edges) {
    if (next.edges.has(id)) continue;
    const edge = index?.edgeById.get(id);
    // With an end hidden, the relation is not drawn whatever its class.
    if (!edge || (next.nodes.has(edge.source) && next.nodes.has(edge.target))) setHidden(id, true);
  }
  for (const id of next.edges) {
    if (prev.edges.has(id)) continue;
    if (cy.getElementById(id).nonempty()) setHidden(id, false);
    else missing.edges.push(id);
  }
  // Nodes first: a relation needs both its ends.
  if (index && (missing.nodes.length > 0 || missing.edges.length > 0))
    cy.add(elementsFor(index, missing.nodes, missing.edges));
  // A node shown again brings back the relations left unclassed while it was hidden:
  // those that do not pass the filters now must get the class.
  if (!index) return;
  for (const id of next.nodes) {
    if (prev.nodes.has(id)) continue;
    for (const e of index.edgesByNode.get(id) ?? []) {
      if (next.edges.has(e.id)) continue;
      if (next.nodes.has(e.source) && next.nodes.has(e.target)) setHidden(e.id, true);
    }
  }
}

/** How much of a graph drawn in parts is drawn: a node limit, or null once it all is. */
export interface Fill {
  limit: number | null;
}

/** Nodes drawn from the first part of a graph drawn in parts: the selection and a Path. */
export function pinnedWhileFilling(state: AtlasState, view: DerivedView): string[] {
  return [
    ...(state.selection?.kind === 'node' ? [state.selection.id] : []),
    ...(view.path?.nodes ?? []),
  ];
}

/** What the canvas draws of the store's view: all of it, or its part within the fill limit. */
function drawnOf(): (state: AtlasState, view: DerivedView, fill: Fill) => VisibleSet {
  let last: { visible: VisibleSet; limit: number | null; pins: string; drawn: VisibleSet } | null =
    null;
  return (state, view, fill) => {
    if (fill.limit === null || !state.index) return view.visible;
    const pinned = pinnedWhileFilling(state, view);
    const pins = pinned.join('\n');
    if (last && last.visible === view.visible && last.limit === fill.limit && last.pins === pins)
      return last.drawn;
    const drawn = drawnPart(state.index, view.visible, fill.limit, pinned);
    last = { visible: view.visible, limit: fill.limit, pins, drawn };
    return drawn;
  };
}

/** Mirrors the store's visibility, selection and Path onto the canvas; returns the sync. */
function storeMirror(cy: Core, store: AtlasStore, initial: VisibleSet, fill: Fill): () => void {
  let shown: VisibleSet = initial;
  const drawn = drawnOf();
  let lastLimit = fill.limit;
  let selected: Selected | null = null;
  let pathIds: { nodes: string[]; edges: string[] } | null = null;
  let lastView: DerivedView | null = null;
  let index = store.getState().index;

  const applySelection = (selection: Selected | null) => {
    if (selected) cy.getElementById(selected.id).removeClass('selected');
    if (selection) cy.getElementById(selection.id).addClass('selected');
    selected = selection;
  };

  const applyPath = (view: DerivedView) => {
    const next = view.path ? { nodes: view.path.nodes, edges: view.path.edges } : null;
    if (pathIds)
      for (const id of [...pathIds.nodes, ...pathIds.edges])
        cy.getElementById(id).removeClass('path');
    cy.elements('.dimmed').removeClass('dimmed');
    if (next && next.nodes.length > 1) {
      const onPath = new Set([...next.nodes, ...next.edges]);
      for (const id of onPath) cy.getElementById(id).addClass('path');
      cy.elements().forEach((ele) => {
        if (!onPath.has(ele.id())) ele.addClass('dimmed');
      });
    }
    pathIds = next;
  };

  return () => {
    const state = store.getState();
    const view = store.derive(state);
    const pathChanged = view.path !== lastView?.path;
    if (view === lastView && state.selection === selected && fill.limit === lastLimit) return;
    lastLimit = fill.limit;
    cy.batch(() => {
      // A correction changed the graph: patch it, then show what is missing below.
      if (state.index !== index && index && state.index) {
        const sizes = sizeViewOf(state)?.sizes;
        shown = patchGraph(cy, index, state.index, shown, (id) => sizes?.get(id));
      }
      index = state.index;
      const target = drawn(state, view, fill);
      const visibilityChanged = target !== shown;
      if (visibilityChanged) {
        diffVisibility(cy, state.index, shown, target);
        shown = target;
        // The selected element may have just been created.
        if (selected && state.selection === selected)
          cy.getElementById(selected.id).addClass('selected');
      }
      // Newly shown elements must be dimmed too while a path is emphasised.
      if (pathChanged || (view.path && visibilityChanged)) applyPath(view);
      if (state.selection !== selected) applySelection(state.selection);
    });
    lastView = view;
  };
}

/**
 * Hover highlights the node's closed neighbourhood among what is shown, and fades the
 * rest unless the graph is large (HOVER_FADE_LIMIT). Returns the unbinding.
 */
function bindHover(cy: Core, large: boolean): () => void {
  const onOver = (event: EventObject) => {
    const node = event.target as NodeSingular;
    const neighbourhood = node.closedNeighborhood().filter((e) => isShown(e));
    cy.batch(() => {
      node.addClass('hover');
      neighbourhood.addClass('neighbour');
      if (!large) shownElements(cy).not(neighbourhood).addClass('faded');
    });
    cy.container()?.classList.add('is-hovering');
  };
  const onOut = () => {
    cy.batch(() => {
      cy.elements('.hover').removeClass('hover');
      cy.elements('.neighbour').removeClass('neighbour');
      if (!large) cy.elements('.faded').removeClass('faded');
    });
    cy.container()?.classList.remove('is-hovering');
  };
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  return () => {
    cy.off('mouseover', 'node', onOver);
    cy.off('mouseout', 'node', onOut);
  };
}

/** A tap selects the element; a tap on the background clears the selection. */
function bindTap(cy: Core, store: AtlasStore): () => void {
  const onTap = (event: EventObject) => {
    const state = store.getState();
    if (event.target === cy) {
      if (state.selection) state.select(null);
      return;
    }
    const ele = event.target as NodeSingular;
    const kind = ele.isNode() ? 'node' : 'edge';
    if (state.selection?.id === ele.id()) return;
    state.select({ kind, id: ele.id() });
  };
  cy.on('tap', onTap);
  return () => cy.off('tap', onTap);
}

/** The camera is written back to the store (for the URL) once the view settles. */
function bindCamera(cy: Core, store: AtlasStore): () => void {
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  const onViewport = () => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => store.getState().setCamera(readCamera(cy)), 250);
  };
  cy.on('viewport', onViewport);
  return () => {
    clearTimeout(cameraTimer);
    cy.off('viewport', onViewport);
  };
}

/**
 * When a panel opens or closes beside the graph, the canvas changes size; Cytoscape keeps
 * the top-left corner still, which would push a just-centred node off centre. Panning by
 * half the change keeps the middle of the view where it was.
 */
function keepCentreOnResize(cy: Core): () => void {
  let size = { width: cy.width(), height: cy.height() };
  const onResize = () => {
    const next = { width: cy.width(), height: cy.height() };
    if (next.width === size.width && next.height === size.height) return;
    if (size.width > 0 && size.height > 0)
      cy.panBy({ x: (next.width - size.width) / 2, y: (next.height - size.height) / 2 });
    size = next;
  };
  cy.on('resize', onResize);
  return () => cy.off('resize', onResize);
}

/**
 * Adds the rest of a graph drawn in parts, the node limit growing by FILL_PLAN.growth at
 * each step, each step in its own task after a drawn frame, so input is answered between
 * steps; a filter change meanwhile applies to what is drawn so far and to every later
 * step. Returns the stop.
 */
function fillIn(cy: Core, store: AtlasStore, fill: Fill, sync: () => void): () => void {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const step = () => {
    if (stopped || cy.destroyed() || fill.limit === null) return;
    fill.limit = nextLimit(fill.limit, store.derive().visible.nodes.size, FILL_PLAN);
    sync();
    if (fill.limit !== null) return wait();
    scheduleLabels(cy);
    frame = requestAnimationFrame(() => requestAnimationFrame(() => mark('filled')));
  };
  const wait = () => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(step, 0);
    });
  };
  // A graph drawn whole is filled with its first frame.
  void firstFrameDrawn().then(() => (fill.limit === null ? mark('filled') : wait()));
  return () => {
    stopped = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Binds the instance to the store. `initial` is what the instance was created with;
 * `fillLimit`, when set, is the node limit it was drawn to, and the rest is added after
 * the first frame.
 */
export function attachController(
  cy: Core,
  store: AtlasStore,
  initial: VisibleSet,
  fillLimit: number | null = null,
): () => void {
  const fill: Fill = { limit: fillLimit };
  const sync = storeMirror(cy, store, initial, fill);
  // The whole graph's size, not what exists yet (elements are created when first shown).
  const graph = store.getState().index?.graph;
  const large = (graph ? graph.nodes.length + graph.edges.length : 0) > HOVER_FADE_LIMIT;
  const unbind = [
    bindHover(cy, large),
    bindTap(cy, store),
    bindCamera(cy, store),
    keepCentreOnResize(cy),
    exposeDrawnNodes(cy),
    bindAppearance(cy, store),
    bindLabels(cy, store),
    bindTooltip(cy, store),
    bindYearCompare(cy, store),
  ];

  sync();
  cy.resize();
  firstCamera(cy, store, fill);
  store.getState().setCamera(readCamera(cy));

  const unsubscribe = store.subscribe(sync);
  const unfollow = followCameraRequests(cy, store);
  const stopFill = fillIn(cy, store, fill, sync);
  return () => {
    stopFill();
    unsubscribe();
    unfollow();
    for (const release of unbind) release();
  };
}

/**
 * The first frame's camera: the link's camera if it has one; else, for a link to a node,
 * that node centred at a readable zoom; else everything shown, fitted.
 */
function firstCamera(cy: Core, store: AtlasStore, fill: Fill): void {
  const { initialCamera, selection, index } = store.getState();
  if (initialCamera) return applyCamera(cy, initialCamera);
  const node = selection?.kind === 'node' ? cy.getElementById(selection.id) : null;
  if (node && node.nonempty() && isShown(node))
    return centreElements(cy, node, Math.max(READABLE_ZOOM, cy.zoom()), false);
  // Drawn in parts: framed on where everything will be, so the camera stays put as it fills.
  const box =
    fill.limit !== null && index
      ? positionsBox(index, store.derive().visible.nodes, nodeSize(maxDegree(index)) / 2)
      : null;
  if (box) return frameModelBox(cy, box);
  frameElements(cy, shownElements(cy), false);
}

function maxDegree(index: GraphIndex): number {
  let max = 0;
  for (const d of index.degree.values()) max = Math.max(max, d);
  return max;
}

/** Moves the view when the store asks for a camera (back and forward). */
function followCameraRequests(cy: Core, store: AtlasStore): () => void {
  let seen = store.getState().cameraRequest;
  return store.subscribe((s) => {
    if (s.cameraRequest === seen) return;
    seen = s.cameraRequest;
    if (seen) applyCamera(cy, seen.camera);
  });
}
