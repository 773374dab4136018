/**
 * The Map view: the same filtered data as the graph, as an SVG over a world outline
 * (Natural Earth via world-atlas). Places stand at their latitude and longitude, each
 * organisation beside its main place, relations are arcs. The drawing is in a fixed
 * 960 × 500 box (logic/mapLayout.ts) scaled to the stage, so it is the same for the same
 * graph; it opens on the whole world, and the wheel, a drag or the keys zoom and pan
 * (useMapCamera.ts). A click selects (Details follows the store), the Export menu gets this view's
 * images through the same graph commands the canvas publishes, and the filters, the
 * selection and "Compare years" come from the store as they do for the canvas.
 */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';
import type { GraphCommands } from '../../cy/commands';
import { usePublishGraphCommands } from '../../cy/GraphContext';
import {
  mainPlaces,
  mapLayout,
  mapProjection,
  worldOutline,
  type MapLayout,
  type MapPoint,
} from '../../logic/mapLayout';
import { EDGE_STYLE, NODE_STYLE, YEAR_CHANGE_COLOURS } from '../../logic/style';
import type { GraphIndex } from '../../logic/graphIndex';
import { atlasStore, useAtlas, useDerived } from '../../store';
import { colouringFor } from '../../store/measureView';
import { comparisonOf } from '../../store/timeView';
import { useMapCamera, viewBoxOf } from './useMapCamera';
import { mapDrawn } from '../../perf';

const KEY_PAN_STEP = 60;

/** Arrow keys pan, plus and minus zoom, 0 shows the whole world, as on the canvas. */
function keyAction(key: string, camera: CameraControls): (() => void) | undefined {
  const keys: Record<string, () => void> = {
    ArrowLeft: () => camera.panBy(KEY_PAN_STEP, 0),
    ArrowRight: () => camera.panBy(-KEY_PAN_STEP, 0),
    ArrowUp: () => camera.panBy(0, KEY_PAN_STEP),
    ArrowDown: () => camera.panBy(0, -KEY_PAN_STEP),
    '+': () => camera.zoomBy(1.25),
    '=': () => camera.zoomBy(1.25),
    '-': () => camera.zoomBy(0.8),
    '0': camera.reset,
  };
  return keys[key];
}

const PROJECTION = mapProjection();
const OUTLINE = worldOutline(
  countries as unknown as Topology<{ countries: GeometryCollection }>,
  PROJECTION,
);
/** Places with the most organisations around them get a label (map units, not pixels). */
const LABELLED_PLACES = 20;
const SELECTED_STROKE = '#111111';

/** The zoom a search or List pick centres a node at, if the map is further out. */
const CENTRE_ZOOM = 4;

type CameraControls = Pick<
  ReturnType<typeof useMapCamera>,
  'zoomBy' | 'panBy' | 'centreOn' | 'reset'
>;

/** What the panels and the Export menu may ask of the map, as they ask it of the canvas. */
function mapCommands(
  svg: () => SVGSVGElement | null,
  layout: () => MapLayout,
  camera: CameraControls,
): GraphCommands {
  const element = () => {
    const current = svg();
    if (!current) throw new Error('The map is not drawn yet.');
    return current;
  };
  const pointOf = (id: string) =>
    [...layout().places, ...layout().organisations].find((p) => p.id === id);
  return {
    fit: camera.reset,
    centre(id) {
      const point = pointOf(id);
      if (point) camera.centreOn(point, CENTRE_ZOOM);
    },
    zoomBy: (factor) => camera.zoomBy(factor),
    panBy: camera.panBy,
    relayout: () => Promise.resolve(),
    async exportPng(options) {
      const { exportMapPng } = await import('../../export/mapImage');
      return exportMapPng(element(), options);
    },
    async exportSvg(options) {
      const { exportMapSvg } = await import('../../export/mapImage');
      return exportMapSvg(element(), options);
    },
    positions() {
      const { places, organisations } = layout();
      return new Map([...places, ...organisations].map((p) => [p.id, { x: p.x, y: p.y }]));
    },
  };
}

function labelledPlaces(layout: MapLayout, main: ReadonlyMap<string, string>): Set<string> {
  const around = new Map<string, number>();
  for (const org of layout.organisations) {
    const place = main.get(org.id);
    if (place) around.set(place, (around.get(place) ?? 0) + 1);
  }
  const ranked = [...around].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(0, LABELLED_PLACES).map(([id]) => id));
}

function Arcs({ layout }: { layout: MapLayout }) {
  const comparison = useAtlas(comparisonOf);
  const selected = useAtlas((s) => s.selection?.id ?? null);
  const select = useAtlas((s) => s.select);
  return (
    <g fill="none" strokeLinecap="round">
      {layout.arcs.map((arc) => {
        const change = comparison?.changes.get(arc.id);
        const colour = change ? YEAR_CHANGE_COLOURS[change] : EDGE_STYLE[arc.type].color;
        const faded = comparison !== null && !change;
        return (
          <path
            key={arc.id}
            d={arc.path}
            data-id={arc.id}
            stroke={arc.id === selected ? SELECTED_STROKE : colour}
            strokeWidth={arc.id === selected ? 3 : change ? 2 : 1.2}
            vectorEffect="non-scaling-stroke"
            strokeOpacity={faded ? 0.12 : 0.7}
            onClick={(event) => {
              event.stopPropagation();
              select({ kind: 'edge', id: arc.id });
            }}
          />
        );
      })}
    </g>
  );
}

function Dot(props: { point: MapPoint; index: GraphIndex; radius: number; zoom: number }) {
  const { point, index, zoom } = props;
  const radius = props.radius / Math.sqrt(zoom);
  const node = index.nodeById.get(point.id);
  const selected = useAtlas((s) => s.selection?.id === point.id);
  const colour = useAtlas((s) => colouringFor(s)?.colourOf.get(point.id));
  const select = useAtlas((s) => s.select);
  if (!node) return null;
  return (
    <circle
      role="button"
      aria-label={node.label}
      aria-pressed={selected}
      data-id={node.id}
      cx={point.x}
      cy={point.y}
      r={selected ? radius * 1.6 : radius}
      fill={colour ?? NODE_STYLE[node.type].color}
      stroke={selected ? SELECTED_STROKE : '#ffffff'}
      strokeWidth={(selected ? 1.5 : 0.6) / Math.sqrt(zoom)}
      onClick={(event) => {
        event.stopPropagation();
        select({ kind: 'node', id: node.id });
      }}
    >
      <title>{node.label}</title>
    </circle>
  );
}

/** Names over every dot: the busiest places, and the selection. */
function Labels(props: {
  layout: MapLayout;
  index: GraphIndex;
  labelled: ReadonlySet<string>;
  zoom: number;
}) {
  const unit = 1 / props.zoom;
  const selected = useAtlas((s) => s.selection?.id ?? null);
  const points = [...props.layout.places, ...props.layout.organisations].filter(
    (p) => props.labelled.has(p.id) || p.id === selected,
  );
  return (
    <g
      fill="#1f2430"
      stroke="#ffffff"
      strokeWidth={2.5 * unit}
      paintOrder="stroke"
      pointerEvents="none"
    >
      {points.map((point) => (
        <text
          key={point.id}
          x={point.x + 5 * unit}
          y={point.y + 3 * unit}
          fontSize={(point.id === selected ? 10 : 8) * unit}
          fontWeight={point.id === selected ? 'bold' : 'normal'}
        >
          {props.index.nodeById.get(point.id)?.label}
        </text>
      ))}
    </g>
  );
}

/** Publishes the map's commands while it is shown, in place of the canvas's. */
function usePublishMapCommands(
  svg: RefObject<SVGSVGElement | null>,
  layout: MapLayout,
  camera: CameraControls,
) {
  const publish = usePublishGraphCommands();
  const current = useRef(layout);
  useEffect(() => {
    current.current = layout;
  }, [layout]);
  const { zoomBy, panBy, centreOn, reset } = camera;
  useEffect(() => {
    publish(
      mapCommands(
        () => svg.current,
        () => current.current,
        { zoomBy, panBy, centreOn, reset },
      ),
    );
    return () => publish(null);
  }, [publish, svg, zoomBy, panBy, centreOn, reset]);
}

export function MapView() {
  const index = useAtlas((s) => s.index);
  // What loads after the first frame (perf.ts) waits for the map when it is drawn instead.
  useEffect(mapDrawn, []);
  const visible = useDerived().visible;
  const svg = useRef<SVGSVGElement>(null);
  const main = useMemo(() => (index ? mainPlaces(index) : new Map<string, string>()), [index]);
  const layout = useMemo(
    () =>
      index
        ? mapLayout(index, visible, main, PROJECTION)
        : { places: [], organisations: [], arcs: [], unplaced: 0 },
    [index, visible, main],
  );
  const labelled = useMemo(() => labelledPlaces(layout, main), [layout, main]);
  const camera = useMapCamera(svg);
  usePublishMapCommands(svg, layout, camera);
  const zoom = camera.camera.zoom;
  if (!index) return null;
  return (
    <div className="map-stage" data-testid="map">
      <svg
        ref={svg}
        xmlns="http://www.w3.org/2000/svg"
        viewBox={viewBoxOf(camera.camera)}
        tabIndex={0}
        onKeyDown={(event) => {
          const action = keyAction(event.key, camera);
          if (!action) return;
          event.preventDefault();
          action();
        }}
        onClickCapture={camera.swallowDragClick}
        preserveAspectRatio="xMidYMid meet"
        role="group"
        aria-label="Map"
        onClick={() => atlasStore.getState().selection && atlasStore.getState().select(null)}
      >
        <path d={OUTLINE.sphere} fill="#eef4fa" />
        <path d={OUTLINE.land} fill="#dfe3e8" />
        <path
          d={OUTLINE.borders}
          fill="none"
          stroke="#ffffff"
          strokeWidth={0.7}
          vectorEffect="non-scaling-stroke"
        />
        <Arcs layout={layout} />
        {layout.places.map((point) => (
          <Dot key={point.id} point={point} index={index} radius={3} zoom={zoom} />
        ))}
        {layout.organisations.map((point) => (
          <Dot key={point.id} point={point} index={index} radius={2.6} zoom={zoom} />
        ))}
        <Labels layout={layout} index={index} labelled={labelled} zoom={zoom} />
      </svg>
      <p className="map-note muted small">
        {layout.unplaced} organisation{layout.unplaced === 1 ? '' : 's'} without a place
      </p>
    </div>
  );
}
