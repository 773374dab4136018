/**
 * Time under the year histogram: "Play" (Pause while playing) steps the year filter
 * through every year, at the chosen "Speed", with the year shown beside it and as a
 * cursor on the histogram; "Compare years" colours the relations new in year B, gone
 * since year A, or in both, and counts them. Neither moves the camera.
 */
import { useId } from 'react';
import { YEAR_CHANGE_COLOURS } from '../../logic/style';
import { useAtlas } from '../../store';
import { PLAY_SPEEDS } from '../../store/timeSlice';
import { comparisonOf } from '../../store/timeView';

function yearsOf(extent: { min: number; max: number }): number[] {
  const years: number[] = [];
  for (let y = extent.min; y <= extent.max; y++) years.push(y);
  return years;
}

function PlayRow() {
  const play = useAtlas((s) => s.play);
  const startPlay = useAtlas((s) => s.startPlay);
  const pausePlay = useAtlas((s) => s.pausePlay);
  const setSpeed = useAtlas((s) => s.setPlaySpeed);
  const id = useId();
  return (
    <div className="play-row">
      <button
        type="button"
        aria-label={play.playing ? 'Pause' : 'Play'}
        onClick={play.playing ? pausePlay : startPlay}
      >
        <span aria-hidden="true">{play.playing ? '❚❚' : '▶'}</span>{' '}
        {play.playing ? 'Pause' : 'Play'}
      </button>
      <label htmlFor={`${id}-speed`} className="sr-only">
        Speed
      </label>
      <select
        id={`${id}-speed`}
        value={play.speedMs}
        onChange={(e) => setSpeed(Number(e.target.value))}
      >
        {PLAY_SPEEDS.map((speed) => (
          <option key={speed.ms} value={speed.ms}>
            {speed.label}
          </option>
        ))}
      </select>
      <output role="timer" aria-label="Year shown" className="play-year">
        {play.year ?? ''}
      </output>
    </div>
  );
}

function YearSelect(props: {
  label: string;
  value: number;
  years: number[];
  onChange(year: number): void;
}) {
  const id = useId();
  return (
    <span className="compare-year">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </span>
  );
}

function CompareCounts() {
  const comparison = useAtlas(comparisonOf);
  if (!comparison) return null;
  const rows = [
    { change: 'new', label: 'New in B' },
    { change: 'gone', label: 'Gone since A' },
    { change: 'both', label: 'In both' },
  ] as const;
  return (
    <ul className="compare-counts" aria-label="Changes between the years">
      {rows.map(({ change, label }) => (
        <li key={change}>
          <span
            className="compare-swatch"
            aria-hidden="true"
            style={{ background: YEAR_CHANGE_COLOURS[change] }}
          />
          {label}: {comparison.counts[change]}
        </li>
      ))}
    </ul>
  );
}

function CompareYears({ extent }: { extent: { min: number; max: number } }) {
  const compare = useAtlas((s) => s.compare);
  const setCompare = useAtlas((s) => s.setCompare);
  const years = yearsOf(extent);
  return (
    <div className="compare">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={compare !== null}
          onChange={(e) => setCompare(e.target.checked ? { a: extent.min, b: extent.max } : null)}
        />
        <span>Compare years</span>
      </label>
      {compare && (
        <>
          <div className="compare-years">
            <YearSelect
              label="Year A"
              value={compare.a}
              years={years}
              onChange={(a) => setCompare({ ...compare, a })}
            />
            <YearSelect
              label="Year B"
              value={compare.b}
              years={years}
              onChange={(b) => setCompare({ ...compare, b })}
            />
          </div>
          <CompareCounts />
        </>
      )}
    </div>
  );
}

export function TimeControls() {
  const extent = useAtlas((s) => s.index?.yearExtent ?? null);
  if (!extent) return null;
  return (
    <div className="time-controls">
      <PlayRow />
      <CompareYears extent={extent} />
    </div>
  );
}
