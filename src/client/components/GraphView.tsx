/**
 * The graph: toolbar, the Cytoscape canvas, legend and the overlays (empty state,
 * summary mode, path notice). The canvas (cy/GraphCanvas.tsx) creates the instance once
 * per graph; the controller mirrors the store onto it (cy/controller.ts). The "Map" view
 * (components/map, chosen in the header) takes the canvas's place, loaded on first use.
 */
import { lazy, Suspense } from 'react';
import { GraphCanvas } from '../cy/GraphCanvas';
import { useAtlas, useDerived } from '../store';
import { FitAfterFiltering } from './FitAfterFiltering';
import { GraphOverlays } from './GraphOverlays';
import { GraphToolbar } from './GraphToolbar';
import { Legend } from './Legend';

const MapView = lazy(() => import('./map/MapView').then((m) => ({ default: m.MapView })));

export function GraphView() {
  const index = useAtlas((s) => s.index);
  const mode = useAtlas((s) => s.viewMode);
  const view = useDerived();
  if (!index) return null;
  if (mode === 'map')
    return (
      <div className="graph-area map-area">
        <div className="graph-stage">
          <Suspense fallback={<div className="graph-loading">Drawing the map…</div>}>
            <MapView />
          </Suspense>
          <GraphOverlays />
        </div>
      </div>
    );
  return (
    <div className="graph-area">
      <GraphToolbar />
      <div className="graph-stage">
        <GraphCanvas />
        <p id="graph-help" className="sr-only">
          Network of {view.visible.nodes.size} nodes and {view.visible.edges.size} relations. Arrow
          keys pan, plus and minus zoom, 0 fits. The list below holds the same nodes and relations
          as a table.
        </p>
        <Legend />
        <GraphOverlays />
        <FitAfterFiltering />
      </div>
    </div>
  );
}
