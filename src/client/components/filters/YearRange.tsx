/**
 * Year range: "From year" / "To year" inputs over a histogram of relations per year,
 * and the "Include undated" switch. Inputs keep a draft while typing and commit a
 * value once it is a plausible year (or empty), so typing "2" then "0"… never filters
 * on year 2.
 */
import { lazy, Suspense, useState } from 'react';
import { useAtlas } from '../../store';
import { useFirstFrameDrawn } from '../useFirstFrameDrawn';

// The histogram and Play/Compare are not needed for the first frame: loaded once it is drawn.
const YearHistogram = lazy(() =>
  import('./YearHistogram').then((m) => ({ default: m.YearHistogram })),
);
const TimeControls = lazy(() =>
  import('./TimeControls').then((m) => ({ default: m.TimeControls })),
);

function YearInput({
  label,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  value: number | null;
  min: number;
  max: number;
  onCommit(v: number | null): void;
}) {
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  // Follow outside changes (reset, back button, histogram clicks): the React pattern of
  // adjusting state while rendering, rather than an effect that renders twice.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value === null ? '' : String(value));
  }
  const id = `year-${label.toLowerCase().replace(/\s+/g, '-')}`;
  const commit = (text: string) => {
    if (text.trim() === '') onCommit(null);
    else if (/^\d{4}$/.test(text.trim())) onCommit(Number(text.trim()));
  };
  return (
    <div className="year-input">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        placeholder={String(label.startsWith('From') ? min : max)}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          commit(e.target.value);
        }}
        onBlur={() => setDraft(value === null ? '' : String(value))}
      />
    </div>
  );
}

export function YearRange() {
  const extent = useAtlas((s) => s.index?.yearExtent ?? null);
  const from = useAtlas((s) => s.filters.yearFrom);
  const to = useAtlas((s) => s.filters.yearTo);
  const includeUndated = useAtlas((s) => s.filters.includeUndated);
  const setYearRange = useAtlas((s) => s.setYearRange);
  const setIncludeUndated = useAtlas((s) => s.setIncludeUndated);
  const min = extent?.min ?? 1900;
  const max = extent?.max ?? new Date().getFullYear();
  const inverted = from !== null && to !== null && from > to;
  const drawn = useFirstFrameDrawn();

  return (
    <fieldset className="years">
      <legend>Years</legend>
      {drawn ? (
        <>
          <Suspense fallback={<div className="histogram" />}>
            <YearHistogram />
          </Suspense>
          <Suspense fallback={null}>
            <TimeControls />
          </Suspense>
        </>
      ) : (
        <div className="histogram" />
      )}
      <div className="year-inputs">
        <YearInput
          label="From year"
          value={from}
          min={min}
          max={max}
          onCommit={(v) => setYearRange(v, to)}
        />
        <YearInput
          label="To year"
          value={to}
          min={min}
          max={max}
          onCommit={(v) => setYearRange(from, v)}
        />
      </div>
      {inverted && (
        <p className="field-error">“From year” is after “To year”: nothing can match.</p>
      )}
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={includeUndated}
          onChange={(e) => setIncludeUndated(e.target.checked)}
        />
        <span>Include undated</span>
      </label>
    </fieldset>
  );
}
