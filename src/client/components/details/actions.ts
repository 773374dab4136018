/** Selection actions used by links in the details panel and the reader. */
import { focusDetailsNext } from '../../a11y';
import type { GraphCommands } from '../../cy/commands';
import { atlasStore } from '../../store';

/** Selects a node and, when it is shown, centres the graph on it. */
export function selectNode(id: string, graph: GraphCommands | null): void {
  atlasStore.getState().select({ kind: 'node', id });
  if (atlasStore.derive().visible.nodes.has(id)) graph?.centre(id);
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
