/**
 * The canvas region: creates the Cytoscape instance once per graph, binds the controller
 * to it (see controller.ts), publishes its commands for the panels, and pans and zooms
 * from the keyboard.
 */
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { FILL_PLAN, isLargeGraph, PROGRESSIVE_THRESHOLD } from '../config';
import { drawnPart, firstLimit } from '../logic/progressive';
import { mark } from '../perf';
import { atlasStore, useAtlas } from '../store';
import { graphCommands, type GraphCommands } from './commands';
import { attachController, pinnedWhileFilling } from './controller';
import { CytoscapeHost } from './CytoscapeHost';
import { buildElements } from './elements';
import { markFirstFrame } from './firstFrame';
import { usePublishGraphCommands } from './GraphContext';
import { effectiveRenderer } from './rendererChoice';
import { buildStylesheet } from './stylesheet';

const KEY_PAN_STEP = 60;
const ZOOM_IN = 1.25;
const ZOOM_OUT = 0.8;

/** Arrow keys pan, plus and minus zoom, 0 fits. */
function keyAction(key: string, graph: GraphCommands | null): (() => void) | undefined {
  const step = KEY_PAN_STEP;
  const keys: Record<string, () => void> = {
    ArrowLeft: () => graph?.panBy(step, 0),
    ArrowRight: () => graph?.panBy(-step, 0),
    ArrowUp: () => graph?.panBy(0, step),
    ArrowDown: () => graph?.panBy(0, -step),
    '+': () => graph?.zoomBy(ZOOM_IN),
    '=': () => graph?.zoomBy(ZOOM_IN),
    '-': () => graph?.zoomBy(ZOOM_OUT),
    '0': () => graph?.fit(),
  };
  return keys[key];
}

/**
 * Built once per graph source, with the visibility of the first frame (URL filters
 * included); corrections and live rebuilds are patched in by the controller.
 */
function useCanvasSetup() {
  const loaded = useAtlas((s) => s.graphUrl ?? s.originalGraph ?? s.index);
  const ready = useAtlas((s) => s.index !== null);
  const renderer = useAtlas((s) => s.renderer);
  return useMemo(() => {
    const state = atlasStore.getState();
    const index = state.index;
    if (!ready || !index) return null;
    const view = atlasStore.derive();
    // A big graph's first frame draws its best-connected part; the controller adds the rest.
    const fillLimit = firstLimit(view.visible.nodes.size, PROGRESSIVE_THRESHOLD, FILL_PLAN);
    const initial = drawnPart(index, view.visible, fillLimit, pinnedWhileFilling(state, view));
    const large = isLargeGraph(index.graph);
    return {
      initial,
      fillLimit,
      large,
      elements: buildElements(index, initial),
      stylesheet: buildStylesheet({ large }),
      webgl: effectiveRenderer(renderer, index.graph.nodes.length) === 'webgl',
    };
    // The renderer is fixed for the page's life (changing it reloads), so it is read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, ready]);
}

export function GraphCanvas() {
  const setup = useCanvasSetup();
  const publish = usePublishGraphCommands();
  const detach = useRef<(() => void) | null>(null);
  const current = useRef<Core | null>(null);
  const commands = useRef<GraphCommands | null>(null);

  const onReady = useCallback(
    (cy: Core) => {
      // Attach once per instance.
      if (!setup || current.current === cy) return;
      mark('cy-created');
      detach.current?.();
      current.current = cy;
      detach.current = attachController(cy, atlasStore, setup.initial, setup.fillLimit);
      commands.current = graphCommands(cy);
      publish(commands.current);
      markFirstFrame(cy);
    },
    [setup, publish],
  );

  useEffect(
    () => () => {
      detach.current?.();
      detach.current = null;
      current.current = null;
      commands.current = null;
      publish(null);
    },
    [publish],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const action = keyAction(e.key, commands.current);
    if (action) {
      e.preventDefault();
      action();
    }
  };

  if (!setup) return null;
  return (
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
  );
}
