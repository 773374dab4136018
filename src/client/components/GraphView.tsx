/**
 * The graph: toolbar, the Cytoscape canvas, legend and the overlays (empty state,
 * summary mode, path notice). The canvas (cy/GraphCanvas.tsx) creates the instance once
 * per graph; the controller mirrors the store onto it (cy/controller.ts).
 */
import { GraphCanvas } from '../cy/GraphCanvas';
import { useAtlas, useDerived } from '../store';
import { FitAfterFiltering } from './FitAfterFiltering';
import { GraphOverlays } from './GraphOverlays';
import { GraphToolbar } from './GraphToolbar';
import { Legend } from './Legend';

export function GraphView() {
  const index = useAtlas((s) => s.index);
  const view = useDerived();
  if (!index) return null;
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
