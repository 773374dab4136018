import { describe, expect, it } from 'vitest';
import { centreAt, coveredInsets, frameBox, NO_INSETS, sameViewport } from './framing';

const canvas = { left: 0, top: 100, right: 1000, bottom: 700 };

describe('coveredInsets', () => {
  it('cuts a legend in the bottom-left corner off the cheaper side', () => {
    // 200 wide and 60 high: losing 60 rows costs less than losing 200 columns.
    const legend = { left: 10, top: 630, right: 210, bottom: 690 };
    expect(coveredInsets(canvas, [legend])).toEqual({ ...NO_INSETS, bottom: 70 });
  });

  it('cuts a tall panel on the right off the right side', () => {
    const panel = { left: 700, top: 100, right: 1000, bottom: 700 };
    expect(coveredInsets(canvas, [panel])).toEqual({ ...NO_INSETS, right: 300 });
  });

  it('ignores overlays outside the canvas and sheets that would leave a sliver', () => {
    const outside = { left: 0, top: 0, right: 1000, bottom: 90 };
    const sheet = { left: 0, top: 150, right: 1000, bottom: 900 };
    expect(coveredInsets(canvas, [outside, sheet])).toEqual(NO_INSETS);
  });

  it('keeps the deepest overlay on each side', () => {
    const chip = { left: 8, top: 108, right: 90, bottom: 140 };
    const sheet = { left: 0, top: 400, right: 1000, bottom: 700 };
    expect(coveredInsets(canvas, [chip, sheet])).toEqual({ ...NO_INSETS, top: 40, bottom: 300 });
  });
});

describe('frameBox', () => {
  const size = { width: 1000, height: 600 };
  const limits = { min: 0.01, max: 10 };

  it('fits the box into the free area and centres it there', () => {
    const box = { x1: 0, y1: 0, x2: 400, y2: 200 };
    const insets = { ...NO_INSETS, bottom: 200 };
    const v = frameBox(box, size, insets, 0, limits);
    // Free area 1000 × 400: the height binds, zoom 2; the centre (200, 100) lands at (500, 200).
    expect(v.zoom).toBe(2);
    expect(v.pan).toEqual({ x: 500 - 200 * 2, y: 200 - 100 * 2 });
  });

  it('keeps the zoom within the limits', () => {
    const dot = { x1: 5, y1: 5, x2: 5, y2: 5 };
    expect(frameBox(dot, size, NO_INSETS, 40, limits).zoom).toBe(10);
  });
});

describe('centreAt', () => {
  it('puts the point at the centre of what the panels leave free', () => {
    const v = centreAt(
      { x: 10, y: 20 },
      { width: 800, height: 600 },
      { ...NO_INSETS, left: 200 },
      2,
    );
    expect(v.pan).toEqual({ x: 500 - 20, y: 300 - 40 });
  });
});

describe('sameViewport', () => {
  const current = { zoom: 2, pan: { x: 100, y: 50 } };

  it('holds for the same camera and for changes below a pixel and a percent', () => {
    expect(sameViewport(current, current)).toBe(true);
    expect(sameViewport(current, { zoom: 2.01, pan: { x: 100.5, y: 49.5 } })).toBe(true);
  });

  it('does not hold once the zoom or the pan moves visibly', () => {
    expect(sameViewport(current, { zoom: 2.1, pan: { x: 100, y: 50 } })).toBe(false);
    expect(sameViewport(current, { zoom: 2, pan: { x: 104, y: 50 } })).toBe(false);
    expect(sameViewport(current, { zoom: 2, pan: { x: 100, y: 40 } })).toBe(false);
  });
});
