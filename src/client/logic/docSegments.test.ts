import { describe, expect, it } from 'vitest';
import { segmentText } from './docSegments';

const text = 'ZTE signed with China Telecom Global in Hong Kong.';
const join = (segs: ReturnType<typeof segmentText>) =>
  segs.map((s) => text.slice(s.start, s.end)).join('');

describe('segmentText', () => {
  it('marks entities and the highlighted sentence, covering the whole text', () => {
    const segs = segmentText(
      text.length,
      [
        { node: 'zte', start: 0, end: 3 },
        { node: 'ctg', start: 16, end: 36 },
        { node: 'ct', start: 16, end: 29 }, // overlaps CTG: the longer one wins
        { node: 'hk', start: 40, end: 49 },
      ],
      { start: 4, end: 39 },
    );
    expect(join(segs)).toBe(text);
    expect(segs.filter((s) => s.entity).map((s) => text.slice(s.start, s.end))).toEqual([
      'ZTE',
      'China Telecom Global',
      'Hong Kong',
    ]);
    expect(
      segs
        .filter((s) => s.highlight)
        .map((s) => text.slice(s.start, s.end))
        .join(''),
    ).toBe('signed with China Telecom Global in');
  });

  it('ignores spans outside the text', () => {
    const segs = segmentText(
      text.length,
      [
        { node: 'x', start: 45, end: 999 },
        { node: 'y', start: 5, end: 5 },
      ],
      null,
    );
    expect(segs).toEqual([{ start: 0, end: text.length, entity: null, highlight: false }]);
  });

  it('splits an entity that crosses the highlight edge', () => {
    const segs = segmentText(10, [{ node: 'a', start: 2, end: 6 }], { start: 4, end: 8 });
    expect(segs.map((s) => [s.start, s.end, s.entity, s.highlight])).toEqual([
      [0, 2, null, false],
      [2, 4, 'a', false],
      [4, 6, 'a', true],
      [6, 8, null, true],
      [8, 10, null, false],
    ]);
  });
});
