/**
 * View slice: the camera (mirrored from Cytoscape for the URL), renderer choice,
 * summary-mode overrides and user-facing notices.
 */
import type { SliceCreator, ViewSlice } from './types';

let nextNotice = 1;

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  camera: null,
  initialCamera: null,
  renderer: 'auto',
  showAll: false,
  expanded: [],
  notices: [],
  announcement: { text: '', n: 0 },
  setCamera: (camera) => set({ camera }),
  setInitialCamera: (initialCamera) => set({ initialCamera }),
  setRenderer: (renderer) => set({ renderer }),
  setShowAll: (showAll) => set({ showAll }),
  expand: (id) => set((s) => (s.expanded.includes(id) ? s : { expanded: [...s.expanded, id] })),
  notify: (text, tone = 'info') =>
    set((s) => ({
      notices: [...s.notices.filter((n) => n.text !== text), { id: nextNotice++, text, tone }],
    })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  announce: (text) => set((s) => ({ announcement: { text, n: s.announcement.n + 1 } })),
});
