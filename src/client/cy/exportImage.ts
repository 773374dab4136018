/**
 * Image exports (PNG, SVG) of what the canvas shows. Loaded on demand by the graph
 * commands, so this code stays out of the initial bundle. Each returns a short message
 * for the Export menu to show.
 */
import type { CollectionReturnValue, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { EDGE_TYPES, NODE_TYPES } from '../../schema/constants';
import type { EdgeType, NodeType } from '../../schema/graph';
import { download } from '../export/download';
import { currentExportName } from '../export/fileName';
import type { GraphIndex } from '../logic/graphIndex';
import { datasetTitle } from '../logic/format';
import { imageCaption } from '../logic/imageCaption';
import { planPng } from '../logic/pngSize';
import { settleLabels } from './labels';
import { hidesUnconnected } from '../logic/thresholds';
import { EDGE_STYLE, NODE_STYLE } from '../logic/style';
import { buildSvg, type SvgEdge, type SvgLegendItem, type SvgNode } from '../logic/svg';
import { atlasStore } from '../store';
import { framePng } from './pngFrame';
import { shownEdges, shownElements, shownNodes } from './shown';

export interface ImageOptions {
  scope: 'view' | 'full';
  scale: 1 | 2 | 4;
  background: 'white' | 'transparent';
}

type Box = { x: number; y: number; width: number; height: number };
type Shown = { nodes: CollectionReturnValue; edges: CollectionReturnValue };

/** Elements this far outside the exported area (model px) are left out of the SVG. */
const SVG_MARGIN = 100;
const SVG_PADDING = 30;

const scopeName = (options: Pick<ImageOptions, 'scope'>) =>
  options.scope === 'full' ? 'full' : null;

/** The dataset and the filters, for the image's title line. */
export function captionNow(): string {
  const s = atlasStore.getState();
  const label = (id: string) => s.index?.nodeById.get(id)?.label ?? id;
  return imageCaption({
    dataset: s.graph ? datasetTitle(s.graph.title, s.load.source) : 'Partner Atlas',
    filters: s.filters,
    regionLabel: s.filters.region ? label(s.filters.region) : null,
    focus: s.focus ? { label: label(s.focus.node), hops: s.focus.hops } : null,
    hidesUnconnected: s.index ? hidesUnconnected(s.index, s.filters) : false,
  });
}

export async function exportPng(cy: Core, options: ImageOptions): Promise<string> {
  settleLabels(cy);
  const box = shownElements(cy).boundingBox();
  const base =
    options.scope === 'full'
      ? { w: Math.ceil(box.w), h: Math.ceil(box.h) }
      : { w: cy.width(), h: cy.height() };
  if (base.w <= 0 || base.h <= 0) throw new Error('There is nothing to draw.');
  const plan = planPng(base.w, base.h, options.scale);
  // Passing maxWidth/maxHeight with an explicit scale makes cytoscape use exactly that
  // scale (no extra device-pixel-ratio factor), so the file has the size we report.
  const blob = await cy.png({
    output: 'blob-promise',
    full: options.scope === 'full',
    scale: plan.scale,
    maxWidth: plan.width,
    maxHeight: plan.height,
    ...(options.background === 'white' ? { bg: '#ffffff' } : {}),
  });
  if (!blob || blob.size === 0)
    throw new Error('The browser could not produce the image (the canvas may be too large).');
  const index = atlasStore.getState().index;
  const framed = await framePng(
    blob,
    plan.scale,
    captionNow(),
    index ? svgLegend(index) : [],
    options.background === 'white' ? '#ffffff' : null,
  );
  const name = currentExportName('png', { scope: scopeName(options) });
  download(framed.blob, name);
  const size = `${framed.size.width} × ${framed.size.height} px`;
  return plan.capped
    ? `Saved ${name} at ${size}: ${options.scale}× would be ${plan.requested.width} × ${plan.requested.height} px, more than browsers can draw, so the scale was lowered. Use SVG for full detail.`
    : `Saved ${name} (${size}).`;
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
      shape: NODE_STYLE[type].shape,
      color: NODE_STYLE[type].color,
      // The labels the view draws (cy/labels.ts), at the size they have in the view.
      label: n.hasClass('labelled') ? String(n.data('label') ?? '') : '',
      fontSize: Number(n.data('labelFont')) || 11,
      emphasis: emphasis.has(n.id()),
    };
  });
}

function readEdges(edges: EdgeSingular[]): SvgEdge[] {
  return edges.map((e) => {
    const type = e.data('type') as EdgeType;
    const source = e.sourceEndpoint();
    const target = e.targetEndpoint();
    return {
      x1: source.x,
      y1: source.y,
      x2: target.x,
      y2: target.y,
      color: EDGE_STYLE[type].color,
      width: e.hasClass('path') || e.hasClass('selected') ? 4 : 1.6,
      line: EDGE_STYLE[type].line,
      arrow: EDGE_STYLE[type].arrow,
    };
  });
}

/** The model area to draw and the scale to draw it at. */
function svgFrame(
  cy: Core,
  shown: Shown,
  scope: ImageOptions['scope'],
): { view: Box; scale: number } {
  if (scope === 'view') {
    const extent = cy.extent();
    return {
      view: { x: extent.x1, y: extent.y1, width: extent.w, height: extent.h },
      scale: cy.zoom(),
    };
  }
  const box = shown.nodes.union(shown.edges).boundingBox();
  const pad = SVG_PADDING;
  const view = {
    x: box.x1 - pad,
    y: box.y1 - pad,
    width: box.w + 2 * pad,
    height: box.h + 2 * pad,
  };
  // A comfortable default size; the drawing is vector and scales freely.
  const scale = Math.min(2, Math.max(0.2, 1600 / Math.max(view.width, view.height)));
  return { view, scale };
}

/** The shown nodes and relations within reach of the area, as the SVG draws them. */
function svgContent(cy: Core, shown: Shown, view: Box): { nodes: SvgNode[]; edges: SvgEdge[] } {
  const inView = (x: number, y: number) =>
    x >= view.x - SVG_MARGIN &&
    x <= view.x + view.width + SVG_MARGIN &&
    y >= view.y - SVG_MARGIN &&
    y <= view.y + view.height + SVG_MARGIN;
  const emphasis = new Set<string>();
  cy.elements('.selected, .path').forEach((e) => {
    emphasis.add(e.id());
  });
  const nodes = readNodes(
    (shown.nodes.toArray() as NodeSingular[]).filter((n) => inView(n.position().x, n.position().y)),
    emphasis,
  );
  const edges = readEdges(
    shown.edges.toArray().filter((e) => {
      const a = (e as EdgeSingular).source().position();
      const b = (e as EdgeSingular).target().position();
      return inView(a.x, a.y) || inView(b.x, b.y);
    }) as EdgeSingular[],
  );
  return { nodes, edges };
}

/** One legend entry per node and relation type present in the graph. */
export function svgLegend(index: GraphIndex): SvgLegendItem[] {
  return [
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
}

export function exportSvg(cy: Core, options: Omit<ImageOptions, 'scale'>): string {
  const index = atlasStore.getState().index;
  if (!index) throw new Error('No graph is loaded.');
  settleLabels(cy);
  const shown = { nodes: shownNodes(cy), edges: shownEdges(cy) };
  const { view, scale } = svgFrame(cy, shown, options.scope);
  const { nodes, edges } = svgContent(cy, shown, view);
  const svg = buildSvg({
    title: `Partner Atlas: ${currentExportName('svg').replace(/\.svg$/, '')}`,
    view,
    scale,
    background: options.background === 'white' ? '#ffffff' : null,
    nodes,
    edges,
    legend: svgLegend(index),
  });
  const name = currentExportName('svg', { scope: scopeName(options) });
  download(new Blob([svg], { type: 'image/svg+xml' }), name);
  return `Saved ${name} (${nodes.length} nodes, ${edges.length} relations).`;
}
