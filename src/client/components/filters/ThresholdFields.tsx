/**
 * "Hide unconnected", "Min. connections" and "Min. confidence": the filters against dust,
 * and "Fit after filtering". What they hold back stays in the List and in Search.
 */
import { useId } from 'react';
import { hidesUnconnected } from '../../logic/thresholds';
import { useAtlas, useDerived } from '../../store';

/** Reads a number input: empty or invalid counts as no minimum. */
function readNumber(raw: string, max: number, whole: boolean): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0) return 0;
  const bounded = Math.min(max, value);
  return whole ? Math.floor(bounded) : bounded;
}

export function ThresholdFields() {
  const index = useAtlas((s) => s.index);
  const filters = useAtlas((s) => s.filters);
  const patch = useAtlas((s) => s.patchFilters);
  const fitAfter = useAtlas((s) => s.fitAfterFiltering);
  const setFitAfter = useAtlas((s) => s.setFitAfterFiltering);
  const held = useDerived().held.size;
  const id = useId();
  if (!index) return null;
  return (
    <fieldset className="thresholds">
      <legend>Connections</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={hidesUnconnected(index, filters)}
          onChange={(e) => patch({ hideUnconnected: e.target.checked ? 'on' : 'off' })}
        />
        <span className="check-label">Hide unconnected</span>
      </label>
      <div className="number-fields">
        <label htmlFor={`${id}-conn`}>Min. connections</label>
        <input
          id={`${id}-conn`}
          type="number"
          min={0}
          step={1}
          value={filters.minConnections}
          onChange={(e) => patch({ minConnections: readNumber(e.target.value, 1000, true) })}
        />
        <label htmlFor={`${id}-conf`}>Min. confidence</label>
        <input
          id={`${id}-conf`}
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={filters.minConfidence}
          onChange={(e) => patch({ minConfidence: readNumber(e.target.value, 1, false) })}
        />
      </div>
      {held > 0 && (
        <p className="muted small" data-testid="held-count">
          {held === 1 ? '1 node' : `${held} nodes`} held back; still in the List and Search.
        </p>
      )}
      <label className="check">
        <input type="checkbox" checked={fitAfter} onChange={(e) => setFitAfter(e.target.checked)} />
        <span className="check-label">Fit after filtering</span>
      </label>
    </fieldset>
  );
}
