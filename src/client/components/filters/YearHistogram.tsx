/**
 * Relations per year as small bars; the selected range is drawn darker. Clicking a bar
 * narrows the range to that year. The chart is a visual aid (aria-hidden); the same
 * figures are given as text for screen readers.
 */
import { useAtlas } from '../../store';

export function YearHistogram() {
  const index = useAtlas((s) => s.index);
  const from = useAtlas((s) => s.filters.yearFrom);
  const to = useAtlas((s) => s.filters.yearTo);
  const setYearRange = useAtlas((s) => s.setYearRange);
  const playYear = useAtlas((s) => s.play.year);
  if (!index?.yearExtent) return <p className="muted small">No dated relations.</p>;
  const { min, max } = index.yearExtent;
  const years: number[] = [];
  for (let y = min; y <= max; y++) years.push(y);
  const peak = Math.max(1, ...years.map((y) => index.yearCounts.get(y) ?? 0));
  const width = 240;
  const height = 48;
  const bw = width / years.length;
  const inRange = (y: number) => (from === null || y >= from) && (to === null || y <= to);
  const summary = years
    .filter((y) => (index.yearCounts.get(y) ?? 0) > 0)
    .map((y) => `${y}: ${index.yearCounts.get(y)}`)
    .join(', ');

  return (
    <div className="histogram">
      <svg
        width="100%"
        viewBox={`0 0 ${width} ${height + 14}`}
        aria-hidden="true"
        focusable="false"
      >
        {years.map((y, i) => {
          const c = index.yearCounts.get(y) ?? 0;
          const h = c === 0 ? 0 : Math.max(2, (c / peak) * height);
          return (
            <g key={y} className="bar" onClick={() => setYearRange(y, y)}>
              <title>{`${y}: ${c} relation${c === 1 ? '' : 's'}`}</title>
              <rect x={i * bw} y={0} width={bw} height={height} fill="transparent" />
              <rect
                x={i * bw + 1}
                y={height - h}
                width={Math.max(1, bw - 2)}
                height={h}
                className={inRange(y) ? 'bar-in' : 'bar-out'}
              />
            </g>
          );
        })}
        {playYear !== null && playYear >= min && playYear <= max && (
          <line
            className="play-cursor"
            x1={(playYear - min + 0.5) * bw}
            x2={(playYear - min + 0.5) * bw}
            y1={0}
            y2={height + 2}
          />
        )}
        <text x={0} y={height + 12} className="axis">
          {min}
        </text>
        <text x={width} y={height + 12} textAnchor="end" className="axis">
          {max}
        </text>
      </svg>
      <p className="sr-only">
        Relations per year: {summary}. Undated: {index.undatedCount}.
      </p>
      <p className="muted small">{index.undatedCount} undated</p>
    </div>
  );
}
