import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeGraph } from '../logic/testGraph';
import { createAtlasStore } from './index';

function yearsGraph() {
  return makeGraph(
    [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    [
      { source: 'a', target: 'b', years: [2019] },
      { source: 'a', target: 'c', years: [2019, 2021] },
      { source: 'b', target: 'c', years: [2022] },
    ],
  );
}

function loaded() {
  const store = createAtlasStore();
  store.getState().setGraph(yearsGraph(), 'graph.json', 'http://x/graph.json');
  return store;
}

describe('time slice: Play', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('steps the year filter through every year of the histogram, then stops', () => {
    const store = loaded();
    const seen: number[] = [];
    store.subscribe((s, prev) => {
      if (s.play.year !== prev.play.year && s.play.year !== null) seen.push(s.play.year);
    });
    store.getState().startPlay();
    expect(store.getState().filters).toMatchObject({
      yearFrom: 2019,
      yearTo: 2019,
      includeUndated: false,
    });
    vi.advanceTimersByTime(10 * store.getState().play.speedMs);
    expect(seen).toEqual([2019, 2020, 2021, 2022]);
    expect(store.getState().play.playing).toBe(false);
    expect(store.getState().filters.yearFrom).toBe(2022);
  });

  it('pauses, resumes from the year shown, and follows the speed', () => {
    const store = loaded();
    const s = store.getState();
    s.setPlaySpeed(400);
    s.startPlay();
    vi.advanceTimersByTime(400);
    expect(store.getState().play.year).toBe(2020);
    store.getState().pausePlay();
    vi.advanceTimersByTime(2000);
    expect(store.getState().play).toMatchObject({ playing: false, year: 2020 });
    store.getState().startPlay();
    expect(store.getState().play).toMatchObject({ playing: true, year: 2021 });
    store.getState().pausePlay();
  });
});

describe('time slice: Compare years', () => {
  it('shows the span of both years, and gives the year filter back when it ends', () => {
    const store = loaded();
    store.getState().setYearRange(2020, null);
    store.getState().setCompare({ a: 2021, b: 2019 });
    expect(store.getState().filters).toMatchObject({
      yearFrom: 2019,
      yearTo: 2021,
      includeUndated: false,
    });
    store.getState().setCompare({ a: 2019, b: 2022 });
    store.getState().setCompare(null);
    expect(store.getState().filters).toMatchObject({
      yearFrom: 2020,
      yearTo: null,
      includeUndated: true,
    });
  });

  it('ends without touching the year filter when a link brings its own', () => {
    const store = loaded();
    store.getState().setYearRange(2020, null);
    store.getState().setCompare({ a: 2019, b: 2021 });
    store.getState().setYearRange(2022, 2022);
    store.getState().setCompare(null, { restore: false });
    expect(store.getState().compare).toBeNull();
    expect(store.getState().filters).toMatchObject({ yearFrom: 2022, yearTo: 2022 });
  });
});
