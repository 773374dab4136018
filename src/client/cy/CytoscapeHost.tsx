/**
 * Creates the Cytoscape instance, once per graph and renderer: canvas through
 * react-cytoscapejs, WebGL by hand (why: docs/client.md, "How the client draws the graph").
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJsonBlock } from 'cytoscape';
import { memo, useEffect, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';

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

/** Elements are compared by identity only: they are added once, then only classes change. */
const identityDiff = (a: unknown, b: unknown) => a !== b;

const containerStyle = { width: '100%', height: '100%' } as const;

function WebglHost({ elements, stylesheet, large, onReady }: HostProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The instance is created once; later prop changes are ignored on purpose.
  const first = useRef({ elements, stylesheet, large, onReady });
  useEffect(() => {
    const p = first.current;
    // `renderer` is documented but missing from cytoscape's typings.
    const options: cytoscape.CytoscapeOptions & { renderer: { name: 'canvas'; webgl: boolean } } = {
      container: ref.current,
      elements: p.elements,
      style: p.stylesheet,
      // Without a layout option the constructor runs `grid`; `preset` keeps the element
      // positions, and the controller sets the camera (no fit here).
      layout: { name: 'preset', fit: false },
      renderer: { name: 'canvas', webgl: true },
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      autounselectify: true,
      boxSelectionEnabled: false,
      hideEdgesOnViewport: p.large,
      ...(p.large ? { pixelRatio: 1 } : {}),
    };
    const cy = cytoscape(options);
    p.onReady(cy);
    return () => cy.destroy();
  }, []);
  return <div ref={ref} className="cy-host" style={containerStyle} />;
}

export const CytoscapeHost = memo(function CytoscapeHost(props: HostProps) {
  if (props.webgl) return <WebglHost {...props} />;
  return (
    <CytoscapeComponent
      className="cy-host"
      style={containerStyle}
      elements={props.elements}
      stylesheet={props.stylesheet}
      diff={identityDiff}
      cy={props.onReady}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      autounselectify
      boxSelectionEnabled={false}
      hideEdgesOnViewport={props.large}
      // Big graphs pan and zoom over a snapshot of the view instead of redrawing every
      // element (and its label) on each frame; the full drawing returns when the gesture ends.
      textureOnViewport={props.large}
      {...(props.large ? { pixelRatio: 1 } : {})}
    />
  );
});
