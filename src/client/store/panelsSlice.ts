/**
 * Panels slice: which of the panels around the graph are open (Filters, Details, the
 * List drawer) and whether a filter change re-frames the view. These are per-window
 * preferences, not part of a shared link, so they stay out of the URL.
 */
import type { CameraSlice, PanelName, PanelsSlice, SliceCreator } from './types';

/** Below this width the panels are sheets over the graph (see styles.css, @media). */
export const PHONE_MAX_WIDTH = 700;

/**
 * Below this width only one side panel is open at a time, so the graph keeps at least
 * 60% of the window with Details or Filters open (1200 px: 40 px rail + 280 px panel).
 */
export const ONE_SIDE_PANEL_MAX_WIDTH = 1600;

const windowWidth = () => (typeof window === 'undefined' ? Infinity : window.innerWidth);

function isPhone(): boolean {
  return windowWidth() < PHONE_MAX_WIDTH;
}

/** The panels to close when `name` opens. */
function closedWith(name: PanelName, panels: Readonly<Record<PanelName, boolean>>) {
  // On a phone only one sheet is open at a time: they cover the same graph.
  if (isPhone()) return { filters: false, details: false, list: false };
  const side = name === 'filters' || name === 'details';
  if (side && windowWidth() < ONE_SIDE_PANEL_MAX_WIDTH)
    return { ...panels, filters: false, details: false };
  return panels;
}

export const createPanelsSlice: SliceCreator<PanelsSlice> = (set) => ({
  // On a wide screen Filters start open; on a phone every sheet starts closed so the
  // graph gets the whole screen.
  panels: { filters: !isPhone(), details: false, list: false },
  fitAfterFiltering: true,
  setPanel: (name: PanelName, open: boolean) =>
    set((s) => {
      if (s.panels[name] === open) return s;
      const others = open ? closedWith(name, s.panels) : s.panels;
      return { panels: { ...others, [name]: open } };
    }),
  setFitAfterFiltering: (fitAfterFiltering) => set({ fitAfterFiltering }),
});

export const createCameraSlice: SliceCreator<CameraSlice> = (set) => ({
  cameraRequest: null,
  requestCamera: (camera) =>
    set((s) => ({ cameraRequest: { camera, n: (s.cameraRequest?.n ?? 0) + 1 } })),
});
