/**
 * Time slice: "Play" steps the year filter one year at a time through the histogram's
 * years, and "Compare years" shows two years against each other. Both write the year
 * filter (so the List, counts and exports follow), and both keep the camera still
 * (FitAfterFiltering stands aside while either is on).
 *
 * The playing interval lives here, beside the state it advances, so that a test can drive
 * it with fake timers and the panel showing the controls may close without stopping it.
 */
import { nextPlayYear, singleYear } from '../logic/timeline';
import type { Filters } from '../logic/types';
import type { SliceCreator, TimeSlice } from './types';

/** Milliseconds per year for each speed the "Speed" control offers. */
export const PLAY_SPEEDS = [
  { label: 'Slow', ms: 2000 },
  { label: 'Normal', ms: 1000 },
  { label: 'Fast', ms: 400 },
] as const;
export const DEFAULT_PLAY_MS = 1000;

type YearFields = Pick<Filters, 'yearFrom' | 'yearTo' | 'includeUndated'>;
const yearFields = (f: Filters): YearFields => ({
  yearFrom: f.yearFrom,
  yearTo: f.yearTo,
  includeUndated: f.includeUndated,
});

export const createTimeSlice: SliceCreator<TimeSlice> = (set, get) => {
  let timer: ReturnType<typeof setInterval> | undefined;
  // The year filter before "Compare years" took it over, restored when it ends.
  let beforeCompare: YearFields | null = null;

  const stopTimer = () => {
    clearInterval(timer);
    timer = undefined;
  };
  const startTimer = () => {
    stopTimer();
    timer = setInterval(() => get().stepPlay(), get().play.speedMs);
  };

  return {
    play: { playing: false, year: null, speedMs: DEFAULT_PLAY_MS },
    compare: null,
    startPlay() {
      const s = get();
      const extent = s.index?.yearExtent;
      if (!extent || s.play.playing) return;
      if (s.compare) s.setCompare(null);
      // After the last year, Play starts again from the first.
      const from = s.play.year !== null && s.play.year < extent.max ? s.play.year : null;
      set({ play: { ...get().play, playing: true, year: from } });
      get().stepPlay();
      if (get().play.playing) startTimer();
    },
    pausePlay() {
      stopTimer();
      if (get().play.playing) set({ play: { ...get().play, playing: false } });
    },
    stepPlay() {
      const s = get();
      const extent = s.index?.yearExtent;
      const next = extent ? nextPlayYear(extent, s.play.year) : null;
      if (next === null) return s.pausePlay();
      set({ play: { ...s.play, year: next }, filters: singleYear(s.filters, next) });
    },
    setPlaySpeed(speedMs) {
      set({ play: { ...get().play, speedMs } });
      if (get().play.playing) startTimer();
    },
    setCompare(compare, options) {
      const s = get();
      if (compare && s.play.playing) s.pausePlay();
      if (compare) {
        beforeCompare ??= yearFields(s.filters);
        set({
          compare,
          filters: {
            ...s.filters,
            yearFrom: Math.min(compare.a, compare.b),
            yearTo: Math.max(compare.a, compare.b),
            includeUndated: false,
          },
        });
        return;
      }
      const restore = options?.restore === false ? null : beforeCompare;
      beforeCompare = null;
      set(restore ? { compare: null, filters: { ...s.filters, ...restore } } : { compare: null });
    },
  };
};
