/**
 * View slice: the camera (mirrored from Cytoscape for the URL), renderer choice,
 * summary-mode overrides and user-facing notices.
 */
import type { Camera } from '../logic/types';
import type { SliceCreator } from './types';

export type RendererChoice = 'auto' | 'canvas' | 'webgl';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'warning';
}

export interface ViewSlice {
  /** Last camera reported by the graph view; written to the URL. */
  camera: Camera | null;
  /** Camera to apply once the graph is drawn (from a shared link). */
  initialCamera: Camera | null;
  renderer: RendererChoice;
  /** Draw every visible node even above the summary threshold. */
  showAll: boolean;
  /** Nodes expanded in summary mode. */
  expanded: readonly string[];
  notices: readonly Notice[];
  /** Text for the screen-reader announcer (aria-live); `n` changes on every call so a repeat is read again. */
  announcement: { text: string; n: number };
  setCamera(camera: Camera | null): void;
  setInitialCamera(camera: Camera | null): void;
  setRenderer(renderer: RendererChoice): void;
  setShowAll(on: boolean): void;
  expand(id: string): void;
  notify(text: string, tone?: Notice['tone']): void;
  dismissNotice(id: number): void;
  announce(text: string): void;
}

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
