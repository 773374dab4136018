/**
 * "Compare years" on the canvas: each compared relation gets the class of its change
 * (`year-new`, `year-gone`, `year-both`) and the other shown relations step back
 * (`year-none`), in one cy.batch. Relations created later (elements are created when
 * first shown) get their class on the next pass, which runs on every store change that
 * alters the comparison or what is shown. The camera is never touched.
 */
import type { Core } from 'cytoscape';
import type { AtlasStore } from '../store';
import type { YearComparison } from '../logic/timeline';
import { comparisonOf } from '../store/timeView';
import { shownElements } from './shown';

const CLASSES = 'year-new year-gone year-both year-none';

declare global {
  interface Window {
    /** For the journeys: how many shown relations carry each change class. */
    __atlasYearClasses?: () => Record<'new' | 'gone' | 'both', number>;
  }
}

function exposeClasses(cy: Core): () => void {
  if (typeof window === 'undefined') return () => {};
  window.__atlasYearClasses = () => {
    const shown = shownElements(cy).edges();
    const count = (change: string) => shown.filter(`.year-${change}`).length;
    return { new: count('new'), gone: count('gone'), both: count('both') };
  };
  return () => {
    delete window.__atlasYearClasses;
  };
}

export function bindYearCompare(cy: Core, store: AtlasStore): () => void {
  let lastComparison: YearComparison | null = null;
  let lastVisible: unknown = null;
  const sync = () => {
    const state = store.getState();
    const comparison = comparisonOf(state);
    const visible = store.derive(state).visible;
    if (comparison === lastComparison && (comparison === null || visible === lastVisible)) return;
    lastComparison = comparison;
    lastVisible = visible;
    cy.batch(() => {
      cy.edges('.year-new, .year-gone, .year-both, .year-none').removeClass(CLASSES);
      if (!comparison) return;
      cy.edges().forEach((edge) => {
        const change = comparison.changes.get(edge.id());
        edge.addClass(change ? `year-${change}` : 'year-none');
      });
    });
  };
  sync();
  const unexpose = exposeClasses(cy);
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    unexpose();
  };
}
