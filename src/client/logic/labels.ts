/**
 * Which node labels to draw: the most important nodes first, each label only where it
 * overlaps no label already kept, so that at any zoom the hubs are named and no two
 * drawn labels collide. Zooming in spreads the nodes apart on screen, so more labels fit.
 *
 * Everything here is in screen pixels; the canvas layer turns positions into screen
 * coordinates and the chosen font sizes back into model units.
 */

export interface LabelCandidate {
  id: string;
  label: string;
  /** Node centre on screen. */
  x: number;
  y: number;
  /** Node diameter on screen: the label is drawn under the node. */
  nodeSize: number;
  /** Higher is more important (the size measure); ties keep the input order. */
  priority: number;
  /** Kept before any other (the selected node, the path). */
  forced?: boolean;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacedLabel {
  id: string;
  /** Font size on screen, in pixels. */
  fontPx: number;
  box: Box;
}

export interface LabelOptions {
  /** Width of `text` in pixels at a font size of `fontPx`. */
  measure(text: string, fontPx: number): number;
  viewport: { width: number; height: number };
  /** Screen font sizes: the most important label gets `max`, the least `min`. */
  font: { min: number; max: number };
  /** Empty space kept around each label, in pixels. */
  gap: number;
  /** Space between the node's edge and its label, in pixels. */
  offset: number;
  /** At most this many labels (a bound on the work on very large graphs). */
  limit: number;
}

export const DEFAULT_LABEL_FONT = { min: 11, max: 16 };
export const LABEL_GAP = 3;
export const LABEL_LIMIT = 400;
/** Text height as a share of the font size (ascent plus descent). */
const LINE_HEIGHT = 1.25;
/** The white outline drawn around label text, on each side, in pixels. */
export const LABEL_OUTLINE = 2;

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The label's box on screen: centred under the node. */
export function labelBox(
  candidate: Pick<LabelCandidate, 'label' | 'x' | 'y' | 'nodeSize'>,
  fontPx: number,
  options: Pick<LabelOptions, 'measure' | 'offset'>,
): Box {
  const width = options.measure(candidate.label, fontPx) + 2 * LABEL_OUTLINE;
  const height = fontPx * LINE_HEIGHT + 2 * LABEL_OUTLINE;
  const top = candidate.y + candidate.nodeSize / 2 + options.offset;
  return { x1: candidate.x - width / 2, y1: top, x2: candidate.x + width / 2, y2: top + height };
}

function inViewport(box: Box, viewport: LabelOptions['viewport']): boolean {
  return box.x2 > 0 && box.y2 > 0 && box.x1 < viewport.width && box.y1 < viewport.height;
}

function grow(box: Box, by: number): Box {
  return { x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by };
}

/** Forced candidates first, then by priority (highest first), stable for ties. */
function byImportance(candidates: readonly LabelCandidate[]): LabelCandidate[] {
  return candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort(
      (a, b) =>
        Number(b.candidate.forced ?? false) - Number(a.candidate.forced ?? false) ||
        b.candidate.priority - a.candidate.priority ||
        a.order - b.order,
    )
    .map((entry) => entry.candidate);
}

/** Font size on screen from the priority, between the options' min and max. */
function fontScale(candidates: readonly LabelCandidate[], font: LabelOptions['font']) {
  let top = 0;
  for (const c of candidates) top = Math.max(top, c.priority);
  return (priority: number) =>
    top > 0
      ? Math.round(font.min + (font.max - font.min) * Math.sqrt(Math.max(0, priority) / top))
      : font.min;
}

/**
 * Greedy choice: walks the candidates from the most important and keeps each label whose
 * box (grown by the gap) overlaps none kept so far. Labels outside the viewport are not
 * kept, since they are not seen and would block nothing that is.
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  options: LabelOptions,
): PlacedLabel[] {
  const fontFor = fontScale(candidates, options.font);
  const placed: PlacedLabel[] = [];
  for (const candidate of byImportance(candidates)) {
    if (placed.length >= options.limit) break;
    if (!candidate.label) continue;
    const fontPx = fontFor(candidate.priority);
    const box = labelBox(candidate, fontPx, options);
    if (!inViewport(box, options.viewport)) continue;
    const padded = grow(box, options.gap / 2);
    if (placed.some((p) => overlaps(padded, grow(p.box, options.gap / 2)))) continue;
    placed.push({ id: candidate.id, fontPx, box });
  }
  return placed;
}

/**
 * Keeps, among labels already drawn, those that overlap no more important one: a check
 * against the boxes the renderer reports, which may differ slightly from the estimate.
 * `boxes` is in order of importance.
 */
export function dropOverlapping(boxes: readonly { id: string; box: Box }[]): Set<string> {
  const kept: Box[] = [];
  const ids = new Set<string>();
  for (const { id, box } of boxes) {
    if (kept.some((k) => overlaps(k, box))) continue;
    kept.push(box);
    ids.add(id);
  }
  return ids;
}
