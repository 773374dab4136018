/**
 * Binds one Cytoscape instance to the store. The store is the source of truth; this
 * controller only mirrors it onto the canvas and reports user gestures back:
 *
 * - visibility (filters, Focus, summary, Path) as the `hidden` class, changed only on
 *   the elements whose state differs from the last frame, inside one `cy.batch()`;
 * - selection and Path emphasis as classes;
 * - hover highlights the node's neighbourhood (and fades the rest on small graphs);
 * - taps select, the camera is written back (debounced) for the URL.
 *
 * Nothing here re-creates elements, so a filter change costs O(changed elements).
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { HOVER_FADE_LIMIT } from '../config';
import type { AtlasStore } from '../store';
import type { DerivedView } from '../store/derived';
import type { Selected, VisibleSet } from '../logic/types';
import { applyCamera, readCamera } from './camera';

function diffVisibility(cy: Core, prev: VisibleSet, next: VisibleSet): void {
  const toggle = (ids: Iterable<string>, other: ReadonlySet<string>, hide: boolean) => {
    for (const id of ids) {
      if (other.has(id)) continue;
      const ele = cy.getElementById(id);
      if (hide) ele.addClass('hidden');
      else ele.removeClass('hidden');
    }
  };
  toggle(prev.nodes, next.nodes, true);
  toggle(prev.edges, next.edges, true);
  toggle(next.nodes, prev.nodes, false);
  toggle(next.edges, prev.edges, false);
}

export function attachController(cy: Core, store: AtlasStore, initial: VisibleSet): () => void {
  let shown: VisibleSet = initial;
  let selected: Selected | null = null;
  let pathIds: { nodes: string[]; edges: string[] } | null = null;
  let lastView: DerivedView | null = null;

  const applySelection = (sel: Selected | null) => {
    if (selected) cy.getElementById(selected.id).removeClass('selected');
    if (sel) cy.getElementById(sel.id).addClass('selected');
    selected = sel;
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

  const sync = () => {
    const state = store.getState();
    const view = store.derive(state);
    const pathChanged = view.path !== lastView?.path;
    if (view === lastView && state.selection === selected) return;
    cy.batch(() => {
      const visibilityChanged = view.visible !== shown;
      if (visibilityChanged) {
        diffVisibility(cy, shown, view.visible);
        shown = view.visible;
      }
      // Newly shown elements must be dimmed too while a path is emphasised.
      if (pathChanged || (view.path && visibilityChanged)) applyPath(view);
      if (state.selection !== selected) applySelection(state.selection);
    });
    lastView = view;
  };

  // Hover: highlight the closed neighbourhood among what is shown.
  const large = cy.elements().length > HOVER_FADE_LIMIT;
  const onOver = (ev: EventObject) => {
    const node = ev.target as NodeSingular;
    const nb = node.closedNeighborhood().not('.hidden');
    cy.batch(() => {
      node.addClass('hover');
      nb.addClass('neighbour');
      if (!large) cy.elements().not(nb).not('.hidden').addClass('faded');
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

  const onTap = (ev: EventObject) => {
    const s = store.getState();
    if (ev.target === cy) {
      if (s.selection) s.select(null);
      return;
    }
    const ele = ev.target as NodeSingular;
    const kind = ele.isNode() ? 'node' : 'edge';
    if (s.selection?.id === ele.id()) return;
    s.select({ kind, id: ele.id() });
  };

  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  const onViewport = () => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => store.getState().setCamera(readCamera(cy)), 250);
  };

  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  cy.on('tap', onTap);
  cy.on('viewport', onViewport);

  // First frame: classes from the store, then the camera from the link or a fit.
  sync();
  cy.resize();
  const cam = store.getState().initialCamera;
  if (cam) applyCamera(cy, cam);
  else cy.fit(cy.elements().not('.hidden'), 40);
  store.getState().setCamera(readCamera(cy));

  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    clearTimeout(cameraTimer);
    cy.off('mouseover', 'node', onOver);
    cy.off('mouseout', 'node', onOut);
    cy.off('tap', onTap);
    cy.off('viewport', onViewport);
  };
}
