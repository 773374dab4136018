/**
 * Where Fit, Focus, search and Back put the graph: inside the part of the canvas that
 * no panel, sheet or legend covers. Pure geometry on screen rectangles (pixels) and the
 * model-space bounding box of what is shown, so it is tested without a browser.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ModelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** An overlay that would leave less than this share of a side is not worth framing around. */
const MIN_FREE_SHARE = 0.25;

type Side = keyof Insets;

/** The side to give up for one overlay: the one that loses the least canvas area. */
function cheapestSide(canvas: Rect, cover: Rect): { side: Side; depth: number } {
  const width = canvas.right - canvas.left;
  const height = canvas.bottom - canvas.top;
  const options: { side: Side; depth: number; area: number }[] = [
    { side: 'top', depth: cover.bottom - canvas.top, area: 0 },
    { side: 'bottom', depth: canvas.bottom - cover.top, area: 0 },
    { side: 'left', depth: cover.right - canvas.left, area: 0 },
    { side: 'right', depth: canvas.right - cover.left, area: 0 },
  ];
  for (const o of options)
    o.area = o.depth * (o.side === 'top' || o.side === 'bottom' ? width : height);
  options.sort((a, b) => a.area - b.area);
  const best = options[0]!;
  return { side: best.side, depth: best.depth };
}

/**
 * How far in from each side of the canvas the overlays reach. Each overlay is cut off
 * from the side that costs the least area; one that would leave almost nothing (a sheet
 * over the whole graph) is ignored rather than squeezing the graph into a sliver.
 */
export function coveredInsets(canvas: Rect, overlays: readonly Rect[]): Insets {
  const insets = { ...NO_INSETS };
  const width = canvas.right - canvas.left;
  const height = canvas.bottom - canvas.top;
  for (const o of overlays) {
    const cover = {
      left: Math.max(o.left, canvas.left),
      top: Math.max(o.top, canvas.top),
      right: Math.min(o.right, canvas.right),
      bottom: Math.min(o.bottom, canvas.bottom),
    };
    if (cover.right <= cover.left || cover.bottom <= cover.top) continue;
    const { side, depth } = cheapestSide(canvas, cover);
    const extent = side === 'top' || side === 'bottom' ? height : width;
    if (extent - depth < extent * MIN_FREE_SHARE) continue;
    insets[side] = Math.max(insets[side], depth);
  }
  return insets;
}

/** The free rectangle's size and centre, in canvas pixels. */
function freeArea(size: { width: number; height: number }, insets: Insets) {
  const width = Math.max(1, size.width - insets.left - insets.right);
  const height = Math.max(1, size.height - insets.top - insets.bottom);
  return { width, height, cx: insets.left + width / 2, cy: insets.top + height / 2 };
}

/** Zoom and pan that fit `box` inside the free area with `padding`, within the zoom limits. */
export function frameBox(
  box: ModelBox,
  size: { width: number; height: number },
  insets: Insets,
  padding: number,
  limits: { min: number; max: number },
): Viewport {
  const free = freeArea(size, insets);
  const boxWidth = Math.max(box.x2 - box.x1, 1e-6);
  const boxHeight = Math.max(box.y2 - box.y1, 1e-6);
  const fitted = Math.min(
    Math.max(free.width - 2 * padding, 1) / boxWidth,
    Math.max(free.height - 2 * padding, 1) / boxHeight,
  );
  const zoom = Math.min(limits.max, Math.max(limits.min, fitted));
  return centreAt({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 }, size, insets, zoom);
}

/** The viewport that shows the model point `point` at the centre of the free area. */
export function centreAt(
  point: { x: number; y: number },
  size: { width: number; height: number },
  insets: Insets,
  zoom: number,
): Viewport {
  const free = freeArea(size, insets);
  return { zoom, pan: { x: free.cx - point.x * zoom, y: free.cy - point.y * zoom } };
}

/** Below this change of zoom (as a share) and of pan (in pixels) the camera stays. */
const STILL_ZOOM_SHARE = 0.01;
const STILL_PAN_PX = 1;

/** Whether moving from `current` to `target` would show the same picture to the eye. */
export function sameViewport(current: Viewport, target: Viewport): boolean {
  return (
    Math.abs(target.zoom / current.zoom - 1) < STILL_ZOOM_SHARE &&
    Math.abs(target.pan.x - current.pan.x) < STILL_PAN_PX &&
    Math.abs(target.pan.y - current.pan.y) < STILL_PAN_PX
  );
}
