/**
 * Selection slice: what is selected, Focus, Path and the open document. `history`
 * says whether a change should add a browser-history entry (clicks do; restoring
 * from the URL or back/forward does not), read by the URL sync.
 */
import type { SelectionSlice, SliceCreator } from './types';

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  selection: null,
  selectionNonce: 0,
  focus: null,
  path: null,
  reader: null,
  select: (selection, options = {}) =>
    set((s) => ({
      selection,
      selectionNonce: options.history === false ? s.selectionNonce : s.selectionNonce + 1,
      // Focus follows the selected node, so clicking through keeps the focused view.
      focus: s.focus && selection?.kind === 'node' ? { ...s.focus, node: selection.id } : s.focus,
    })),
  setFocus: (focus) => set({ focus }),
  toggleFocus: (hops) => {
    const { focus, selection } = get();
    if (focus) set({ focus: null });
    else if (selection?.kind === 'node') set({ focus: { node: selection.id, hops: hops ?? 1 } });
  },
  setFocusHops: (hops) => set((s) => ({ focus: s.focus ? { ...s.focus, hops } : s.focus })),
  setPath: (path) => set({ path }),
  openReader: (reader) => set({ reader }),
});
