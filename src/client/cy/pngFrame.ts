/**
 * Frames a PNG of the graph for use outside the app: a margin, a title line (the dataset
 * and the filters, logic/imageCaption.ts) above, and the legend below. Sizes are in CSS
 * pixels times the export scale, so a 2× export is the 1× picture at twice the detail.
 */
import type { SvgLegendItem } from '../logic/svg';

export const PNG_MARGIN = 24;
const TITLE_HEIGHT = 28;
const LEGEND_ROW = 20;
const LEGEND_GAP = 18;
const SWATCH = 14;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export interface FramedSize {
  width: number;
  height: number;
}

interface Placed {
  item: SvgLegendItem;
  x: number;
  row: number;
}

/** Legend entries laid out in rows that fit `width` (CSS pixels, before scaling). */
function placeLegend(
  context: CanvasRenderingContext2D,
  items: readonly SvgLegendItem[],
  width: number,
): { placed: Placed[]; rows: number } {
  context.font = `12px ${FONT}`;
  const placed: Placed[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = SWATCH + 6 + context.measureText(item.label).width + LEGEND_GAP;
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    placed.push({ item, x, row });
    x += w;
  }
  return { placed, rows: items.length === 0 ? 0 : row + 1 };
}

function drawSwatch(context: CanvasRenderingContext2D, item: SvgLegendItem, x: number, y: number) {
  context.fillStyle = item.color;
  context.strokeStyle = item.color;
  const c = { x: x + SWATCH / 2, y: y + SWATCH / 2 };
  context.beginPath();
  if (item.kind === 'edge') {
    context.lineWidth = 2;
    context.setLineDash(item.line === 'dashed' ? [4, 3] : item.line === 'dotted' ? [1, 3] : []);
    context.moveTo(x, c.y);
    context.lineTo(x + SWATCH, c.y);
    context.stroke();
    context.setLineDash([]);
    return;
  }
  if (item.shape === 'ellipse') context.arc(c.x, c.y, SWATCH / 2 - 1, 0, Math.PI * 2);
  else if (item.shape === 'round-rectangle') context.rect(x + 1, y + 2, SWATCH - 2, SWATCH - 4);
  else if (item.shape === 'diamond') {
    context.moveTo(c.x, y);
    context.lineTo(x + SWATCH, c.y);
    context.lineTo(c.x, y + SWATCH);
    context.lineTo(x, c.y);
  } else {
    for (let i = 0; i < 6; i++) {
      const a = (Math.PI / 3) * i;
      context.lineTo(c.x + (SWATCH / 2) * Math.cos(a), c.y + (SWATCH / 2) * Math.sin(a));
    }
  }
  context.closePath();
  context.fill();
}

/**
 * Draws `graph` (a PNG at `scale`) with the margin, the title and the legend, and
 * returns the new PNG.
 */
export async function framePng(
  graph: Blob,
  scale: number,
  caption: string,
  legend: readonly SvgLegendItem[],
  background: string | null,
): Promise<{ blob: Blob; size: FramedSize }> {
  const image = await createImageBitmap(graph);
  const inner = { width: image.width / scale, height: image.height / scale };
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser could not draw the image.');
  const layout = placeLegend(context, legend, inner.width);
  const legendHeight = layout.rows * LEGEND_ROW;
  const width = Math.round((inner.width + 2 * PNG_MARGIN) * scale);
  const height = Math.round(
    (PNG_MARGIN + TITLE_HEIGHT + inner.height + PNG_MARGIN / 2 + legendHeight + PNG_MARGIN) * scale,
  );
  canvas.width = width;
  canvas.height = height;
  context.scale(scale, scale);
  if (background) {
    context.fillStyle = background;
    context.fillRect(0, 0, width / scale, height / scale);
  }
  context.fillStyle = '#1f2937';
  context.font = `600 15px ${FONT}`;
  context.textBaseline = 'top';
  context.fillText(caption, PNG_MARGIN, PNG_MARGIN, inner.width);
  const top = PNG_MARGIN + TITLE_HEIGHT;
  context.drawImage(image, PNG_MARGIN, top, inner.width, inner.height);
  context.font = `12px ${FONT}`;
  context.textBaseline = 'middle';
  const legendTop = top + inner.height + PNG_MARGIN / 2;
  for (const { item, x, row } of layout.placed) {
    const y = legendTop + row * LEGEND_ROW;
    drawSwatch(context, item, PNG_MARGIN + x, y);
    context.fillStyle = '#1f2937';
    context.fillText(item.label, PNG_MARGIN + x + SWATCH + 6, y + SWATCH / 2);
  }
  image.close();
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new Error('The browser could not produce the image.');
  return { blob, size: { width, height } };
}
