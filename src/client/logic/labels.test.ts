import { describe, expect, it } from 'vitest';
import {
  chooseLabels,
  dropOverlapping,
  labelBox,
  overlaps,
  type LabelCandidate,
  type LabelOptions,
} from './labels';

// Every character is 0.5 font sizes wide: easy widths to reason about.
const options: LabelOptions = {
  measure: (text, fontPx) => text.length * fontPx * 0.5,
  viewport: { width: 800, height: 600 },
  font: { min: 10, max: 10 },
  gap: 2,
  offset: 2,
  limit: 100,
};

const node = (id: string, x: number, y: number, priority: number): LabelCandidate => ({
  id,
  label: id,
  x,
  y,
  nodeSize: 10,
  priority,
});

describe('label choice', () => {
  it('puts the label under the node, centred, sized by the font', () => {
    const box = labelBox({ label: 'Acme', x: 100, y: 100, nodeSize: 10 }, 10, options);
    // width 4 × 5 = 20 plus the outline on both sides; top at 100 + 5 + 2.
    expect(box.x1).toBeCloseTo(88);
    expect(box.x2).toBeCloseTo(112);
    expect(box.y1).toBeCloseTo(107);
    expect(box.y2 - box.y1).toBeGreaterThan(10);
  });

  it('keeps the more important of two colliding labels', () => {
    const kept = chooseLabels(
      [node('Small Co', 100, 100, 1), node('Big Hub', 104, 102, 50)],
      options,
    );
    expect(kept.map((k) => k.id)).toEqual(['Big Hub']);
  });

  it('keeps both labels when they are apart, most important first', () => {
    const kept = chooseLabels(
      [node('Small Co', 100, 100, 1), node('Big Hub', 400, 300, 50)],
      options,
    );
    expect(kept.map((k) => k.id)).toEqual(['Big Hub', 'Small Co']);
  });

  it('never returns overlapping labels, and more fit when the nodes are further apart', () => {
    const grid = (spacing: number) =>
      Array.from({ length: 100 }, (_, i) =>
        node(`Company ${i}`, 20 + (i % 10) * spacing, 20 + Math.floor(i / 10) * spacing, i),
      );
    const tight = chooseLabels(grid(20), options);
    const spread = chooseLabels(grid(55), options);
    for (const kept of [tight, spread])
      for (const a of kept)
        for (const b of kept) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
    expect(spread.length).toBeGreaterThan(tight.length);
    expect(tight[0]?.id).toBe('Company 99');
  });

  it('puts forced labels (the selection) first, even over a bigger hub', () => {
    const kept = chooseLabels(
      [node('Big Hub', 100, 100, 50), { ...node('Chosen', 102, 101, 1), forced: true }],
      options,
    );
    expect(kept.map((k) => k.id)).toEqual(['Chosen']);
  });

  it('skips labels outside the viewport and stops at the limit', () => {
    const kept = chooseLabels(
      [node('Outside', -500, 100, 99), node('A', 100, 100, 2), node('B', 500, 100, 1)],
      { ...options, limit: 1 },
    );
    expect(kept.map((k) => k.id)).toEqual(['A']);
  });

  it('gives bigger fonts to more important nodes', () => {
    const kept = chooseLabels([node('Hub', 100, 100, 100), node('Leaf', 500, 400, 1)], {
      ...options,
      font: { min: 11, max: 16 },
    });
    expect(kept.find((k) => k.id === 'Hub')?.fontPx).toBe(16);
    expect(kept.find((k) => k.id === 'Leaf')?.fontPx).toBe(12);
  });

  it('drops drawn labels that overlap a more important one', () => {
    const box = (x: number) => ({ x1: x, y1: 0, x2: x + 10, y2: 10 });
    expect([
      ...dropOverlapping([
        { id: 'a', box: box(0) },
        { id: 'b', box: box(5) },
        { id: 'c', box: box(20) },
      ]),
    ]).toEqual(['a', 'c']);
  });
});
