/**
 * Mirrors "Size by" and "Colour by" onto the canvas: node sizes and colours are data
 * fields the stylesheet reads (`size`, `colour`), rewritten for every node only when the
 * choice changes, and set on nodes created later as they are added. The default (sized
 * by connections, coloured by type) is what elements.ts already creates, so a graph
 * opened with the defaults is never touched here.
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { DEFAULT_SIZE_MEASURE } from '../logic/sizeMeasures';
import type { AtlasStore } from '../store';
import { colouringFor, sizeViewOf } from '../store/measureView';

export function bindAppearance(cy: Core, store: AtlasStore): () => void {
  let sizes: ReadonlyMap<string, number> | null = null;
  let colours: ReadonlyMap<string, string> | null = null;

  const paint = (node: NodeSingular) => {
    const size = sizes?.get(node.id());
    if (size !== undefined) node.data('size', size);
    const colour = colours?.get(node.id());
    if (colour) node.data('colour', colour);
    else if (node.data('colour') !== undefined) node.removeData('colour');
  };

  const sync = () => {
    const state = store.getState();
    const sizeView = sizeViewOf(state);
    const nextSizes =
      sizeView && (sizes || sizeView.measure !== DEFAULT_SIZE_MEASURE) ? sizeView.sizes : null;
    const nextColours = colouringFor(state)?.colourOf ?? null;
    if (nextSizes === sizes && nextColours === colours) return;
    const coloursGone = colours !== null && nextColours === null;
    sizes = nextSizes;
    colours = nextColours;
    if (!sizes && !colours && !coloursGone) return;
    cy.batch(() => cy.nodes().forEach(paint));
  };

  const onAdd = (event: EventObject) => {
    if (sizes || colours) paint(event.target as NodeSingular);
  };
  cy.on('add', 'node', onAdd);
  sync();
  const unsubscribe = store.subscribe(sync);
  return () => {
    cy.off('add', 'node', onAdd);
    unsubscribe();
  };
}
