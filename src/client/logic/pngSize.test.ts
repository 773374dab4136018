import { describe, expect, it } from 'vitest';
import { MAX_AREA, MAX_SIDE, planPng } from './pngSize';

describe('planPng', () => {
  it('keeps the requested scale when it fits', () => {
    expect(planPng(1000, 600, 2)).toMatchObject({
      width: 2000,
      height: 1200,
      scale: 2,
      capped: false,
    });
  });

  it('caps a side that is too long', () => {
    const p = planPng(10_000, 1_000, 4);
    expect(p.capped).toBe(true);
    expect(p.width).toBeLessThanOrEqual(MAX_SIDE);
    expect(p.requested).toEqual({ width: 40_000, height: 4_000 });
  });

  it('caps an area that is too large', () => {
    const p = planPng(8_000, 8_000, 4);
    expect(p.capped).toBe(true);
    expect(p.width * p.height).toBeLessThanOrEqual(MAX_AREA);
    expect(p.width).toBe(p.height);
  });
});
