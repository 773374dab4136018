/**
 * Creates the Cytoscape instance, once per graph and renderer, with its elements, style
 * and the build-time positions in one constructor call (why not react-cytoscapejs:
 * docs/client.md, "How the client draws the graph").
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJsonBlock } from 'cytoscape';
import { memo, useLayoutEffect, useRef } from 'react';

export interface HostProps {
  elements: ElementDefinition[];
  stylesheet: StylesheetJsonBlock[];
  webgl: boolean;
  /** Big graphs: cheaper drawing while the viewport moves. */
  large: boolean;
  onReady(cy: Core): void;
}

const MIN_ZOOM = 0.02;
const MAX_ZOOM = 6;

const containerStyle = { width: '100%', height: '100%' } as const;

type Options = cytoscape.CytoscapeOptions & {
  // `renderer` is documented but missing from cytoscape's typings.
  renderer: { name: 'canvas'; webgl: boolean };
};

function optionsOf(container: HTMLDivElement | null, p: HostProps): Options {
  return {
    container,
    elements: p.elements,
    style: p.stylesheet,
    // Without a layout option the constructor runs `grid`; `preset` keeps the element
    // positions, and the controller sets the camera (no fit here).
    layout: { name: 'preset', fit: false },
    renderer: { name: 'canvas', webgl: p.webgl },
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    autounselectify: true,
    boxSelectionEnabled: false,
    hideEdgesOnViewport: p.large,
    // Big graphs pan and zoom over a snapshot of the view instead of redrawing every
    // element (and its label) on each frame; the full drawing returns when the gesture
    // ends. The WebGL renderer draws fast enough without it.
    textureOnViewport: p.large && !p.webgl,
    ...(p.large ? { pixelRatio: 1 } : {}),
  };
}

export const CytoscapeHost = memo(function CytoscapeHost(props: HostProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The instance is created once; later prop changes are ignored on purpose. Created as
  // the page commits, before the browser paints, so the first paint can hold the graph.
  const first = useRef(props);
  useLayoutEffect(() => {
    const cy = cytoscape(optionsOf(ref.current, first.current));
    first.current.onReady(cy);
    return () => cy.destroy();
  }, []);
  return <div ref={ref} className="cy-host" style={containerStyle} />;
});
