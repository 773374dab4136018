import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from './filter';
import { drawnPart, firstLimit, nextLimit, positionsBox } from './progressive';
import { idOf, seedIndex } from './testGraph';

const index = seedIndex();
const all = applyFilters(index, DEFAULT_FILTERS);
const plan = { first: 4, growth: 2 };

describe('drawnPart', () => {
  it('is the whole set, the same object, without a limit or within it', () => {
    expect(drawnPart(index, all, null)).toBe(all);
    expect(drawnPart(index, all, all.nodes.size)).toBe(all);
  });

  it('keeps the best-connected nodes, the pinned one and only relations among them', () => {
    const pinned = idOf(index, 'Internet Society');
    const part = drawnPart(index, all, 3, [pinned]);
    expect(part.nodes.size).toBe(4);
    expect(part.nodes.has(idOf(index, 'China Telecom Global'))).toBe(true);
    expect(part.nodes.has(pinned)).toBe(true);
    expect(part.edges.size).toBeGreaterThan(0);
    for (const id of part.edges) {
      const e = index.edgeById.get(id)!;
      expect(part.nodes.has(e.source) && part.nodes.has(e.target)).toBe(true);
    }
  });

  it('grows by the best-connected: a smaller part is inside a larger one', () => {
    const small = drawnPart(index, all, 5);
    const large = drawnPart(index, all, 10);
    for (const id of small.nodes) expect(large.nodes.has(id)).toBe(true);
    for (const id of small.edges) expect(large.edges.has(id)).toBe(true);
  });
});

describe('fill limits', () => {
  it('draws in parts only above the threshold', () => {
    expect(firstLimit(2_000, 2_000, plan)).toBeNull();
    expect(firstLimit(2_001, 2_000, plan)).toBe(4);
  });

  it('grows by the factor at each step and ends once everything visible is drawn', () => {
    expect(nextLimit(4, 20, plan)).toBe(8);
    expect(nextLimit(8, 20, plan)).toBe(16);
    expect(nextLimit(16, 20, plan)).toBeNull();
    expect(nextLimit(5, 20, { first: 5, growth: 1.5 })).toBe(8);
    // A filter change that leaves fewer nodes than the limit ends the fill at the next step.
    expect(nextLimit(8, 6, plan)).toBeNull();
  });
});

describe('positionsBox', () => {
  it('spans the positions of the given nodes, grown by the margin', () => {
    const ids = [...all.nodes].slice(0, 3);
    const xs = ids.map((id) => index.nodeById.get(id)!.x);
    const ys = ids.map((id) => index.nodeById.get(id)!.y);
    const box = positionsBox(index, ids, 10)!;
    expect(box.x1).toBe(Math.min(...xs) - 10);
    expect(box.x2).toBe(Math.max(...xs) + 10);
    expect(box.y1).toBe(Math.min(...ys) - 10);
    expect(box.h).toBe(Math.max(...ys) - Math.min(...ys) + 20);
  });

  it('is null for no known node', () => {
    expect(positionsBox(index, ['no such node'], 10)).toBeNull();
  });
});
