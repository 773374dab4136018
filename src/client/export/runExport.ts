/**
 * Data exports (JSON, CSV), loaded on demand from the Export menu (dynamic import), so
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
