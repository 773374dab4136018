/**
 * How big a PNG export can be. Browsers refuse canvases beyond a side or area limit
 * (Chromium: 32,767 px a side and about 268 million pixels; Safari and Firefox less),
 * and fail by returning an empty or null image. We stay under limits that hold in all
 * of them and lower the scale to fit, then tell the user.
 */
export const MAX_SIDE = 16_384;
export const MAX_AREA = 16_384 * 8_192;

export interface PngPlan {
  width: number;
  height: number;
  /** The scale actually used, ≤ the requested one. */
  scale: number;
  capped: boolean;
  requested: { width: number; height: number };
}

export function planPng(width: number, height: number, scale: number): PngPlan {
  const rw = Math.max(1, Math.floor(width * scale));
  const rh = Math.max(1, Math.floor(height * scale));
  let s = scale;
  if (rw > MAX_SIDE || rh > MAX_SIDE || rw * rh > MAX_AREA) {
    s = Math.min(
      scale,
      MAX_SIDE / width,
      MAX_SIDE / height,
      Math.sqrt(MAX_AREA / (width * height)),
    );
  }
  const w = Math.max(1, Math.floor(width * s));
  const h = Math.max(1, Math.floor(height * s));
  return { width: w, height: h, scale: s, capped: s < scale, requested: { width: rw, height: rh } };
}
