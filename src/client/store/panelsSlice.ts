/**
 * Panels slice: which of the panels around the graph are open (Filters, Details, the
 * List drawer) and whether a filter change re-frames the view. These are per-window
 * preferences, not part of a shared link, so they stay out of the URL.
 */
import type { CameraSlice, PanelName, PanelsSlice, SliceCreator } from './types';

/** Below this width the panels are sheets over the graph (see styles.css, @media). */
export const PHONE_MAX_WIDTH = 700;

function isPhone(): boolean {
  return typeof window !== 'undefined' && window.innerWidth < PHONE_MAX_WIDTH;
}

export const createPanelsSlice: SliceCreator<PanelsSlice> = (set) => ({
  // On a wide screen Filters start open; on a phone every sheet starts closed so the
  // graph gets the whole screen.
  panels: { filters: !isPhone(), details: false, list: false },
  fitAfterFiltering: true,
  setPanel: (name: PanelName, open: boolean) =>
    set((s) => {
      if (s.panels[name] === open) return s;
      // On a phone only one sheet is open at a time: they cover the same graph.
      const closed = isPhone() ? { filters: false, details: false, list: false } : s.panels;
      return { panels: { ...closed, [name]: open } };
    }),
  setFitAfterFiltering: (fitAfterFiltering) => set({ fitAfterFiltering }),
});

export const createCameraSlice: SliceCreator<CameraSlice> = (set) => ({
  cameraRequest: null,
  requestCamera: (camera) =>
    set((s) => ({ cameraRequest: { camera, n: (s.cameraRequest?.n ?? 0) + 1 } })),
});
