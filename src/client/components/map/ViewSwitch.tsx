/** "Graph" / "Map": which view draws the filtered data (kept in the URL as `view`). */
import { useAtlas } from '../../store';
import type { ViewMode } from '../../store/types';

const VIEWS: readonly { mode: ViewMode; label: string }[] = [
  { mode: 'graph', label: 'Graph' },
  { mode: 'map', label: 'Map' },
];

export function ViewSwitch() {
  const mode = useAtlas((s) => s.viewMode);
  const setMode = useAtlas((s) => s.setViewMode);
  const camera = useAtlas((s) => s.camera);
  const setInitialCamera = useAtlas((s) => s.setInitialCamera);
  return (
    <fieldset className="segmented view-switch">
      <legend className="sr-only">View</legend>
      {VIEWS.map((view) => (
        <label key={view.mode}>
          <input
            type="radio"
            name="view-mode"
            value={view.mode}
            checked={mode === view.mode}
            onChange={() => {
              // Back on the graph, the canvas opens where it was left.
              if (view.mode === 'graph') setInitialCamera(camera);
              setMode(view.mode);
            }}
          />
          {view.label}
        </label>
      ))}
    </fieldset>
  );
}
