/**
 * Export actions, loaded on demand from the Export menu (dynamic import), so the
 * image, SVG and CSV code — and papaparse — stay out of the initial bundle.
 * Each returns a short message for the menu to show.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { EDGE_TYPES, NODE_TYPES } from '../../schema/constants';
import type { EdgeType, NodeType } from '../../schema/graph';
import { activeCy } from '../cy/commands';
import { shownEdges, shownElements, shownNodes } from '../cy/shown';
import { nodesCsv, relationsCsv } from '../logic/csv';
import { graphSubset } from '../logic/exportJson';
import { exportFileName } from '../logic/fileName';
import { planPng } from '../logic/pngSize';
import { EDGE_STYLE, NODE_STYLE } from '../logic/style';
import { buildSvg, type SvgEdge, type SvgLegendItem, type SvgNode } from '../logic/svg';
import { atlasStore } from '../store';
import { download } from './download';

export interface ImageOptions {
  scope: 'view' | 'full';
  scale: 1 | 2 | 4;
  background: 'white' | 'transparent';
}

function fileName(
  ext: string,
  extra: { scope?: string | null; part?: string | null } = {},
): string {
  const s = atlasStore.getState();
  const label = (id: string) => s.index?.nodeById.get(id)?.label ?? id;
  return exportFileName(
    {
      filters: s.filters,
      regionLabel: s.filters.region ? label(s.filters.region) : null,
      focus: s.focus ? { ...s.focus, label: label(s.focus.node) } : null,
      ...extra,
    },
    ext,
  );
}

function requireCy(): Core {
  const cy = activeCy();
  if (!cy) throw new Error('The graph is not drawn yet.');
  return cy;
}

export async function exportPng(opts: ImageOptions): Promise<string> {
  const cy = requireCy();
  const shown = shownElements(cy);
  const box = shown.boundingBox();
  const base =
    opts.scope === 'full'
      ? { w: Math.ceil(box.w), h: Math.ceil(box.h) }
      : { w: cy.width(), h: cy.height() };
  if (base.w <= 0 || base.h <= 0) throw new Error('There is nothing to draw.');
  const plan = planPng(base.w, base.h, opts.scale);
  // Passing maxWidth/maxHeight with an explicit scale makes cytoscape use exactly that
  // scale (no extra device-pixel-ratio factor), so the file has the size we report.
  const blob = await cy.png({
    output: 'blob-promise',
    full: opts.scope === 'full',
    scale: plan.scale,
    maxWidth: plan.width,
    maxHeight: plan.height,
    ...(opts.background === 'white' ? { bg: '#ffffff' } : {}),
  });
  if (!blob || blob.size === 0)
    throw new Error('The browser could not produce the image (the canvas may be too large).');
  const name = fileName('png', { scope: opts.scope === 'full' ? 'full' : null });
  download(blob, name);
  const size = `${plan.width} × ${plan.height} px`;
  return plan.capped
    ? `Saved ${name} at ${size}: ${opts.scale}× would be ${plan.requested.width} × ${plan.requested.height} px, more than browsers can draw, so the scale was lowered. Use SVG for full detail.`
    : `Saved ${name} (${size}).`;
}

function nodeShape(type: NodeType) {
  return NODE_STYLE[type].shape;
}

function readNodes(nodes: NodeSingular[], emphasis: ReadonlySet<string>): SvgNode[] {
  return nodes.map((n) => {
    const type = n.data('type') as NodeType;
    const p = n.position();
    return {
      x: p.x,
      y: p.y,
      width: n.width(),
      height: n.height(),
      shape: nodeShape(type),
      color: NODE_STYLE[type].color,
      label: String(n.data('label') ?? ''),
      fontSize: Number(n.data('font')) || 11,
      emphasis: emphasis.has(n.id()),
    };
  });
}

function readEdges(edges: EdgeSingular[]): SvgEdge[] {
  return edges.map((e) => {
    const type = e.data('type') as EdgeType;
    const s = e.sourceEndpoint();
    const t = e.targetEndpoint();
    return {
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      color: EDGE_STYLE[type].color,
      width: e.hasClass('path') || e.hasClass('selected') ? 4 : 1.6,
      line: EDGE_STYLE[type].line,
      arrow: EDGE_STYLE[type].arrow,
    };
  });
}

export function exportSvg(opts: Omit<ImageOptions, 'scale'>): string {
  const cy = requireCy();
  const s = atlasStore.getState();
  const index = s.index;
  if (!index) throw new Error('No graph is loaded.');
  const nodesShown = shownNodes(cy);
  const edgesShown = shownEdges(cy);
  let view: { x: number; y: number; width: number; height: number };
  let scale: number;
  if (opts.scope === 'view') {
    const ext = cy.extent();
    view = { x: ext.x1, y: ext.y1, width: ext.w, height: ext.h };
    scale = cy.zoom();
  } else {
    const bb = nodesShown.union(edgesShown).boundingBox();
    const pad = 30;
    view = { x: bb.x1 - pad, y: bb.y1 - pad, width: bb.w + 2 * pad, height: bb.h + 2 * pad };
    // A comfortable default size; the drawing is vector and scales freely.
    scale = Math.min(2, Math.max(0.2, 1600 / Math.max(view.width, view.height)));
  }
  const inView = (x: number, y: number, m: number) =>
    x >= view.x - m &&
    x <= view.x + view.width + m &&
    y >= view.y - m &&
    y <= view.y + view.height + m;
  const emphasis = new Set<string>();
  cy.elements('.selected, .path').forEach((e) => {
    emphasis.add(e.id());
  });
  const nodes = readNodes(
    (nodesShown.toArray() as NodeSingular[]).filter((n) =>
      inView(n.position().x, n.position().y, 100),
    ),
    emphasis,
  );
  const edges = readEdges(
    edgesShown.toArray().filter((e) => {
      const a = (e as EdgeSingular).source().position();
      const b = (e as EdgeSingular).target().position();
      return inView(a.x, a.y, 100) || inView(b.x, b.y, 100);
    }) as EdgeSingular[],
  );
  const legend: SvgLegendItem[] = [
    ...NODE_TYPES.filter((t) => (index.nodeTypeCounts.get(t) ?? 0) > 0).map((t): SvgLegendItem => ({
      kind: 'node',
      label: NODE_STYLE[t].label,
      color: NODE_STYLE[t].color,
      shape: NODE_STYLE[t].shape,
    })),
    ...EDGE_TYPES.filter((t) => (index.edgeTypeCounts.get(t) ?? 0) > 0).map((t): SvgLegendItem => ({
      kind: 'edge',
      label: EDGE_STYLE[t].label,
      color: EDGE_STYLE[t].color,
      line: EDGE_STYLE[t].line,
      arrow: EDGE_STYLE[t].arrow,
    })),
  ];
  const svg = buildSvg({
    title: `Partner Atlas: ${fileName('svg').replace(/\.svg$/, '')}`,
    view,
    scale,
    background: opts.background === 'white' ? '#ffffff' : null,
    nodes,
    edges,
    legend,
  });
  const name = fileName('svg', { scope: opts.scope === 'full' ? 'full' : null });
  download(new Blob([svg], { type: 'image/svg+xml' }), name);
  return `Saved ${name} (${nodes.length} nodes, ${edges.length} relations).`;
}

export function exportJson(): string {
  const s = atlasStore.getState();
  if (!s.index) throw new Error('No graph is loaded.');
  const subset = graphSubset(s.index, atlasStore.derive().visible);
  const name = fileName('json');
  download(new Blob([JSON.stringify(subset, null, 2)], { type: 'application/json' }), name);
  return `Saved ${name} (${subset.nodes.length} nodes, ${subset.edges.length} relations).`;
}

export function exportCsv(part: 'nodes' | 'relations'): string {
  const s = atlasStore.getState();
  if (!s.index) throw new Error('No graph is loaded.');
  const visible = atlasStore.derive().visible;
  const csv = part === 'nodes' ? nodesCsv(s.index, visible) : relationsCsv(s.index, visible);
  const name = fileName('csv', { part });
  // A BOM so that spreadsheet programs read the file as UTF-8.
  download(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), name);
  const rows = part === 'nodes' ? visible.nodes.size : visible.edges.size;
  return `Saved ${name} (${rows} rows).`;
}
