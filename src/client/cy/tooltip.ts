/**
 * The hover tooltip: name, type, connections and years of the node under the pointer
 * (logic/tooltip.ts), in a small box beside it, kept inside the canvas. Text only
 * (textContent), so a label can never become markup. Hidden when the pointer leaves the
 * node, on a tap and when the camera moves.
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { tooltipText } from '../logic/tooltip';
import type { AtlasStore } from '../store';
import { sizeViewOf } from '../store/measureView';

/** Screen pixels between the node and the tooltip. */
const GAP = 12;

function line(className: string, text: string): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  element.textContent = text;
  return element;
}

export function bindTooltip(cy: Core, store: AtlasStore): () => void {
  const host = cy.container()?.parentElement;
  if (!host) return () => {};
  const tip = document.createElement('div');
  tip.className = 'graph-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  host.appendChild(tip);

  const hide = () => {
    tip.hidden = true;
  };
  // Cytoscape also reports a viewport event when nothing moved (a resize to the same size).
  let shownAt = '';
  const cameraKey = () => `${cy.zoom()} ${cy.pan().x} ${cy.pan().y}`;
  const hideIfMoved = () => {
    if (cameraKey() !== shownAt) hide();
  };
  const show = (event: EventObject) => {
    const node = event.target as NodeSingular;
    const state = store.getState();
    const sizeView = sizeViewOf(state);
    const value = sizeView?.values.get(node.id());
    const text = state.index
      ? tooltipText(
          state.index,
          node.id(),
          sizeView && value !== undefined ? { measure: sizeView.measure, value } : undefined,
        )
      : null;
    if (!text) return hide();
    tip.replaceChildren(
      line('graph-tooltip-name', text.name),
      line('graph-tooltip-line', text.summary),
      line('graph-tooltip-line', text.years),
      ...(text.measure ? [line('graph-tooltip-line', text.measure)] : []),
    );
    tip.hidden = false;
    shownAt = cameraKey();
    place(node);
  };
  // Right of the node if it fits, else left; never past the canvas's edges.
  const place = (node: NodeSingular) => {
    const p = node.renderedPosition();
    const radius = node.renderedWidth() / 2;
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    let left = p.x + radius + GAP;
    if (left + width > host.clientWidth) left = p.x - radius - GAP - width;
    const top = Math.min(Math.max(0, p.y - height / 2), Math.max(0, host.clientHeight - height));
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${top}px`;
  };

  cy.on('mouseover', 'node', show);
  cy.on('mouseout', 'node', hide);
  cy.on('tap', hide);
  cy.on('viewport', hideIfMoved);
  host.addEventListener('mouseleave', hide);
  return () => {
    host.removeEventListener('mouseleave', hide);
    cy.off('mouseover', 'node', show);
    cy.off('mouseout', 'node', hide);
    cy.off('tap', hide);
    cy.off('viewport', hideIfMoved);
    tip.remove();
  };
}
