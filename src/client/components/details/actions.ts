/** Selection actions used by links in the details panel and the reader. */
import { focusDetailsNext } from '../../a11y';
import { graphCommands } from '../../cy/commands';
import { atlasStore } from '../../store';

export function selectNode(id: string): void {
  atlasStore.getState().select({ kind: 'node', id });
  if (atlasStore.derive().visible.nodes.has(id)) graphCommands.centre(id);
  focusDetailsNext();
}

export function selectEdge(id: string): void {
  atlasStore.getState().select({ kind: 'edge', id });
  focusDetailsNext();
}

export function openDocument(
  document: string,
  highlight: { start: number; end: number } | null,
): void {
  atlasStore.getState().openReader({ document, highlight });
}
