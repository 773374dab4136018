/**
 * SVG export, written by hand from the positions and styles of the drawn elements
 * (cytoscape-svg is GPL-3.0 and this project is MIT, see the README).
 *
 * The output is built only from known element names and attributes; every piece of
 * text from the data goes through `escapeXml`, so a label can neither break out of its
 * <text> nor add a script or an event handler. Characters that XML 1.0 forbids are
 * removed so the file always parses.
 */
import { DASH, type LineStyle, type NodeShape } from './style';

export interface SvgNode {
  x: number;
  y: number;
  width: number;
  height: number;
  shape: NodeShape;
  color: string;
  label: string;
  fontSize: number;
  /** Drawn with a thicker outline, e.g. the selected node or a path. */
  emphasis?: boolean;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  line: LineStyle;
  arrow: boolean;
}

export type SvgLegendItem =
  | { kind: 'node'; label: string; color: string; shape: NodeShape }
  | { kind: 'edge'; label: string; color: string; line: LineStyle; arrow: boolean };

export interface SvgInput {
  title: string;
  /** Model-space area to draw. */
  view: { x: number; y: number; width: number; height: number };
  /** Pixels per model unit. */
  scale: number;
  background: string | null;
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  legend: readonly SvgLegendItem[];
}

const LEGEND_WIDTH = 190;
const LEGEND_ROW = 20;

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE, U+FFFF.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Colours reach the SVG only from our own palette; anything else is replaced. */
function safeColor(c: string): string {
  return /^#[0-9a-fA-F]{3,8}$/.test(c) ? c : '#888888';
}

const n = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);

export function shapePath(shape: NodeShape, cx: number, cy: number, w: number, h: number): string {
  const rx = w / 2;
  const ry = h / 2;
  switch (shape) {
    case 'ellipse':
      return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}"`;
    case 'round-rectangle': {
      const r = Math.min(w, h) * 0.2;
      return `<rect x="${n(cx - rx)}" y="${n(cy - ry)}" width="${n(w)}" height="${n(h)}" rx="${n(r)}" ry="${n(r)}"`;
    }
    case 'diamond':
      return `<polygon points="${n(cx)},${n(cy - ry)} ${n(cx + rx)},${n(cy)} ${n(cx)},${n(cy + ry)} ${n(cx - rx)},${n(cy)}"`;
    case 'hexagon': {
      const pts = [
        [cx - rx, cy],
        [cx - rx / 2, cy - ry],
        [cx + rx / 2, cy - ry],
        [cx + rx, cy],
        [cx + rx / 2, cy + ry],
        [cx - rx / 2, cy + ry],
      ];
      return `<polygon points="${pts.map(([x, y]) => `${n(x!)},${n(y!)}`).join(' ')}"`;
    }
  }
}

function arrowHead(x1: number, y1: number, x2: number, y2: number, size: number): string {
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const bx = x2 - ux * size;
  const by = y2 - uy * size;
  const px = -uy * size * 0.5;
  const py = ux * size * 0.5;
  return `${n(x2)},${n(y2)} ${n(bx + px)},${n(by + py)} ${n(bx - px)},${n(by - py)}`;
}

function edgeSvg(e: SvgEdge): string {
  const color = safeColor(e.color);
  const dash = DASH[e.line];
  const w = e.width;
  const dashAttr = dash
    ? ` stroke-dasharray="${dash
        .split(' ')
        .map((d) => n((Number(d) * w) / 1.5))
        .join(' ')}"`
    : '';
  let out = `<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${color}" stroke-width="${n(w)}"${dashAttr} stroke-linecap="round"/>`;
  if (e.arrow)
    out += `<polygon points="${arrowHead(e.x1, e.y1, e.x2, e.y2, Math.max(6, w * 4))}" fill="${color}"/>`;
  return out;
}

function nodeSvg(v: SvgNode): string {
  const stroke = v.emphasis
    ? ' stroke="#111111" stroke-width="3"'
    : ' stroke="#ffffff" stroke-width="1"';
  return `${shapePath(v.shape, v.x, v.y, v.width, v.height)} fill="${safeColor(v.color)}"${stroke}/>`;
}

function labelSvg(v: SvgNode): string {
  if (!v.label) return '';
  const y = v.y + v.height / 2 + v.fontSize + 2;
  return `<text x="${n(v.x)}" y="${n(y)}" font-size="${n(v.fontSize)}">${escapeXml(v.label)}</text>`;
}

function legendSvg(items: readonly SvgLegendItem[], x: number, y: number): string {
  const rows = items.map((item, i) => {
    const cy = y + 36 + i * LEGEND_ROW;
    const label = `<text x="${x + 44}" y="${cy + 4}" font-size="12">${escapeXml(item.label)}</text>`;
    if (item.kind === 'node')
      return `${shapePath(item.shape, x + 20, cy, 14, 14)} fill="${safeColor(item.color)}"/>${label}`;
    const dash = DASH[item.line] ? ` stroke-dasharray="${DASH[item.line]}"` : '';
    const arrow = item.arrow
      ? `<polygon points="${arrowHead(x + 8, cy, x + 36, cy, 7)}" fill="${safeColor(item.color)}"/>`
      : '';
    return `<line x1="${x + 6}" y1="${cy}" x2="${x + 34}" y2="${cy}" stroke="${safeColor(item.color)}" stroke-width="2"${dash}/>${arrow}${label}`;
  });
  const height = 44 + items.length * LEGEND_ROW;
  return (
    `<g class="legend"><rect x="${x}" y="${y}" width="${LEGEND_WIDTH - 16}" height="${height}" rx="6" fill="#ffffff" fill-opacity="0.92" stroke="#d0d4da"/>` +
    `<text x="${x + 10}" y="${y + 20}" font-size="13" font-weight="600">Legend</text>${rows.join('')}</g>`
  );
}

export function buildSvg(input: SvgInput): string {
  const { view, scale } = input;
  const graphW = Math.max(1, Math.ceil(view.width * scale));
  const graphH = Math.max(1, Math.ceil(view.height * scale));
  const legendH = 60 + input.legend.length * LEGEND_ROW;
  const width = graphW + LEGEND_WIDTH;
  const height = Math.max(graphH, legendH);
  const bg = input.background
    ? `<rect width="100%" height="100%" fill="${safeColor(input.background)}"/>`
    : '';
  const transform = `translate(${n(-view.x * scale)},${n(-view.y * scale)}) scale(${n(scale)})`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    `<title>${escapeXml(input.title)}</title>`,
    bg,
    `<svg x="0" y="0" width="${graphW}" height="${graphH}" overflow="hidden"><g transform="${transform}">`,
    `<g class="edges" fill="none">${input.edges.map(edgeSvg).join('')}</g>`,
    `<g class="nodes">${input.nodes.map(nodeSvg).join('')}</g>`,
    // A white halo behind each label keeps it readable over edges, as on screen.
    `<g class="labels" fill="#1f2937" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round" text-anchor="middle">${input.nodes.map(labelSvg).join('')}</g>`,
    `</g></svg>`,
    legendSvg(input.legend, graphW + 8, 8),
    `</svg>`,
  ].join('\n');
}
