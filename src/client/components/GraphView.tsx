/**
 * The graph: toolbar, the Cytoscape canvas, legend and the overlays (empty state,
 * summary mode, path notice). The instance is created once per graph; the controller
 * mirrors the store onto it (see cy/controller.ts).
 */
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { isLargeGraph } from '../config';
import { graphCommands, setActiveCy } from '../cy/commands';
import { attachController } from '../cy/controller';
import { CytoscapeHost } from '../cy/CytoscapeHost';
import { buildElements } from '../cy/elements';
import { effectiveRenderer } from '../cy/rendererChoice';
import { buildStylesheet } from '../cy/stylesheet';
import { markFirstFrame, mark } from '../perf';
import { atlasStore, useAtlas, useDerived } from '../store';
import { GraphOverlays } from './GraphOverlays';
import { GraphToolbar } from './GraphToolbar';
import { Legend } from './Legend';

export function GraphView() {
  const index = useAtlas((s) => s.index);
  const renderer = useAtlas((s) => s.renderer);
  const view = useDerived();
  const detach = useRef<(() => void) | null>(null);
  const current = useRef<Core | null>(null);

  // Built once per graph, with the visibility of the first frame (URL filters included).
  const setup = useMemo(() => {
    if (!index) return null;
    const initial = atlasStore.derive().visible;
    const large = isLargeGraph(index.graph);
    return {
      initial,
      large,
      elements: buildElements(index, initial),
      stylesheet: buildStylesheet({ large }),
      webgl: effectiveRenderer(renderer, index.graph.nodes.length) === 'webgl',
    };
    // The renderer is fixed for the page's life (changing it reloads), so it is read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index]);

  const onReady = useCallback(
    (cy: Core) => {
      // react-cytoscapejs calls back after every update; attach once per instance.
      if (!setup || current.current === cy) return;
      mark('cy-created');
      detach.current?.();
      current.current = cy;
      detach.current = attachController(cy, atlasStore, setup.initial);
      setActiveCy(cy);
      markFirstFrame(cy);
    },
    [setup],
  );

  useEffect(
    () => () => {
      detach.current?.();
      detach.current = null;
      current.current = null;
      setActiveCy(null);
    },
    [],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const step = 60;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => graphCommands.panBy(step, 0),
      ArrowRight: () => graphCommands.panBy(-step, 0),
      ArrowUp: () => graphCommands.panBy(0, step),
      ArrowDown: () => graphCommands.panBy(0, -step),
      '+': () => graphCommands.zoomBy(1.25),
      '=': () => graphCommands.zoomBy(1.25),
      '-': () => graphCommands.zoomBy(0.8),
      '0': () => graphCommands.fit(),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  if (!setup || !index) return null;
  return (
    <div className="graph-area">
      <GraphToolbar />
      <div className="graph-stage">
        <div
          className="graph-canvas"
          data-testid="graph"
          data-renderer={setup.webgl ? 'webgl' : 'canvas'}
          tabIndex={0}
          role="region"
          aria-label="Graph view"
          aria-describedby="graph-help"
          onKeyDown={onKeyDown}
        >
          <CytoscapeHost
            elements={setup.elements}
            stylesheet={setup.stylesheet}
            webgl={setup.webgl}
            large={setup.large}
            onReady={onReady}
          />
        </div>
        <p id="graph-help" className="sr-only">
          Network of {view.visible.nodes.size} nodes and {view.visible.edges.size} relations. Arrow
          keys pan, plus and minus zoom, 0 fits. The list below holds the same nodes and relations
          as a table.
        </p>
        <Legend />
        <GraphOverlays />
      </div>
    </div>
  );
}
