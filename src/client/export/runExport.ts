/**
 * Data exports (JSON, CSV, GEXF, GraphML), loaded on demand from the Export menu (dynamic import), so
 * the CSV code and papaparse stay out of the initial bundle. Image exports read the
 * canvas and live beside it (cy/exportImage.ts). Each returns a short message for the
 * menu to show.
 */
import { nodesCsv, relationsCsv } from '../logic/csv';
import { graphSubset } from '../logic/exportJson';
import { atlasStore } from '../store';
import { download } from './download';
import { currentExportName } from './fileName';

export function exportJson(): string {
  const s = atlasStore.getState();
  if (!s.index) throw new Error('No graph is loaded.');
  const subset = graphSubset(s.index, atlasStore.derive().visible);
  const name = currentExportName('json');
  download(new Blob([JSON.stringify(subset, null, 2)], { type: 'application/json' }), name);
  return `Saved ${name} (${subset.nodes.length} nodes, ${subset.edges.length} relations).`;
}

export function exportCsv(part: 'nodes' | 'relations'): string {
  const s = atlasStore.getState();
  if (!s.index) throw new Error('No graph is loaded.');
  const visible = atlasStore.derive().visible;
  const csv = part === 'nodes' ? nodesCsv(s.index, visible) : relationsCsv(s.index, visible);
  const name = currentExportName('csv', { part });
  // A BOM so that spreadsheet programs read the file as UTF-8.
  download(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), name);
  const rows = part === 'nodes' ? visible.nodes.size : visible.edges.size;
  return `Saved ${name} (${rows} rows).`;
}

const GRAPH_FILES = {
  gexf: { type: 'application/gexf+xml', name: 'GEXF' },
  graphml: { type: 'application/graphml+xml', name: 'GraphML' },
} as const;

/** What is shown, for Gephi (GEXF) or yEd, NetworkX and Cytoscape desktop (GraphML). */
export async function exportGraphFile(
  format: keyof typeof GRAPH_FILES,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): Promise<string> {
  const s = atlasStore.getState();
  if (!s.index) throw new Error('No graph is loaded.');
  const visible = atlasStore.derive().visible;
  const { graph } = s.index;
  const nodes = graph.nodes.filter((node) => visible.nodes.has(node.id));
  const edges = graph.edges.filter((edge) => visible.edges.has(edge.id));
  const { toGexf, toGraphml } = await import('../../interchange');
  const view = { ...(graph.title ? { title: graph.title } : {}), nodes, edges, positions };
  const content = format === 'gexf' ? toGexf(view) : toGraphml(view);
  const name = currentExportName(format);
  download(new Blob([content], { type: GRAPH_FILES[format].type }), name);
  return `Saved ${name} (${nodes.length} nodes, ${edges.length} relations).`;
}
