/**
 * Creates the Cytoscape instance, once per graph and renderer, with the initial
 * elements and the build-time positions (preset layout).
 *
 * Why two paths:
 * - Canvas (the default) goes through react-cytoscapejs, as issue 3 asks. Its default
 *   `diff` walks and compares every element on each render; we pass an identity diff
 *   so that, with our stable `elements` array, a re-render costs nothing and the
 *   elements are only ever added once. All later changes are class toggles made by
 *   the controller inside `cy.batch()`.
 * - WebGL (`renderer: { name: 'canvas', webgl: true }`, cytoscape ≥ 3.31) cannot go
 *   through react-cytoscapejs 2.0: its componentDidMount calls `new cytoscape({...})`
 *   with a fixed list of options (container, headless, styleEnabled,
 *   hideEdgesOnViewport, textureOnViewport, motionBlur, motionBlurOpacity,
 *   wheelSensitivity, pixelRatio) — `renderer` is not among them, and unknown props are
 *   not forwarded — and hands the instance to the `cy` callback only after
 *   construction. A live core cannot switch renderer through public API either:
 *   `cy.mount()` re-creates the renderer from the options the constructor was given.
 *   So WebglHost below calls `cytoscape({...})` itself, in an effect, with the same
 *   options as react-cytoscapejs plus `renderer: { name: 'canvas', webgl: true }` (the
 *   WebGL mode is a flag of the canvas renderer, which then draws through a WebGL
 *   context), and hands the instance to the same `onReady` callback. Both paths
 *   therefore feed one controller, and everything else is shared.
 *
 * Positions are in the element definitions (computed at build time): WebglHost asks
 * for the `preset` layout (the constructor would otherwise run `grid`) without its fit,
 * since the controller sets the camera once; react-cytoscapejs creates its core with no
 * elements, so its default layout has nothing to move.
 *
 * Large graphs draw at a device pixel ratio of 1 (Cytoscape's `pixelRatio` option, which
 * its documentation recommends for speed on high-density displays): on a HiDPI screen
 * that is a quarter of the pixels to fill on every frame, for a picture of thousands of
 * nodes whose detail is below a pixel anyway. Headless Chromium has a ratio of 1, so
 * `npm run bench` cannot show the gain.
 *
 * Switching renderer reloads the page (see RendererToggle): cytoscape's canvas
 * renderer records the WebGL layer count on its prototype, so a canvas instance
 * created after a WebGL one in the same page is not safe.
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

/** Elements are compared by identity only; see the comment above. */
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
