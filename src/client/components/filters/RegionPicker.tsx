/**
 * "Region": a native select listing continent → subregion → country → state → city,
 * indented by depth, then the macro-regions. A native control is keyboard- and
 * screen-reader-friendly everywhere and supports type-to-find; indentation uses
 * no-break spaces, which assistive technology ignores.
 */
import { useMemo } from 'react';
import { buildRegionOptions } from '../../logic/regions';
import { useAtlas } from '../../store';

export function RegionPicker() {
  const index = useAtlas((s) => s.index);
  const region = useAtlas((s) => s.filters.region);
  const setRegion = useAtlas((s) => s.setRegion);
  const options = useMemo(() => (index ? buildRegionOptions(index) : []), [index]);
  const hierarchy = options.filter((o) => o.group === 'hierarchy');
  const macros = options.filter((o) => o.group === 'macro');
  const render = (o: (typeof options)[number]) => (
    <option key={o.id} value={o.id}>
      {'\u00a0\u00a0\u00a0'.repeat(o.depth)}
      {o.label}
    </option>
  );
  return (
    <div className="field">
      <label htmlFor="region-select" className="field-label">
        Region
      </label>
      <select
        id="region-select"
        value={region ?? ''}
        onChange={(e) => setRegion(e.target.value || null)}
      >
        <option value="">All regions</option>
        {hierarchy.length > 0 && (
          <optgroup label="Continents, countries and cities">{hierarchy.map(render)}</optgroup>
        )}
        {macros.length > 0 && <optgroup label="Macro-regions">{macros.map(render)}</optgroup>}
      </select>
    </div>
  );
}
