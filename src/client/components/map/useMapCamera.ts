/**
 * The Map's camera: a zoom and an origin in map units, applied as the SVG's viewBox, so
 * the drawing itself never changes. It opens on the whole world (zoom 1); the wheel zooms
 * around the pointer, a drag pans, and the graph commands (zoom, pan, Fit, centre) move it
 * as they move the canvas. Dot and label sizes are divided by the zoom by the view, so
 * they keep their size on screen.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { MAP_SIZE } from '../../logic/mapLayout';

export interface MapCamera {
  zoom: number;
  x: number;
  y: number;
}

export const WHOLE_WORLD: MapCamera = { zoom: 1, x: 0, y: 0 };
const MAX_ZOOM = 16;
const WHEEL_STEP = 1.2;
/** A pointer that moves less than this between press and release has clicked. */
const DRAG_THRESHOLD = 4;

/** Keeps the view inside the map's box. */
function clamp(camera: MapCamera): MapCamera {
  const zoom = Math.min(MAX_ZOOM, Math.max(1, camera.zoom));
  const width = MAP_SIZE.width / zoom;
  const height = MAP_SIZE.height / zoom;
  return {
    zoom,
    x: Math.min(MAP_SIZE.width - width, Math.max(0, camera.x)),
    y: Math.min(MAP_SIZE.height - height, Math.max(0, camera.y)),
  };
}

export function viewBoxOf(camera: MapCamera): string {
  return `${camera.x} ${camera.y} ${MAP_SIZE.width / camera.zoom} ${MAP_SIZE.height / camera.zoom}`;
}

/** Screen pixels per map unit at zoom 1, and the letterbox offsets ("meet"). */
function fitOf(svg: SVGSVGElement) {
  const box = svg.getBoundingClientRect();
  const scale = Math.min(box.width / MAP_SIZE.width, box.height / MAP_SIZE.height) || 1;
  return {
    box,
    scale,
    left: (box.width - MAP_SIZE.width * scale) / 2,
    top: (box.height - MAP_SIZE.height * scale) / 2,
  };
}

/** The camera zoomed by `factor` around a point given in map units. */
export function zoomAround(
  camera: MapCamera,
  factor: number,
  point: { x: number; y: number },
): MapCamera {
  const zoom = Math.min(MAX_ZOOM, Math.max(1, camera.zoom * factor));
  const ratio = camera.zoom / zoom;
  return clamp({
    zoom,
    x: point.x - (point.x - camera.x) * ratio,
    y: point.y - (point.y - camera.y) * ratio,
  });
}

export function useMapCamera(svg: RefObject<SVGSVGElement | null>) {
  const [camera, setCamera] = useState<MapCamera>(WHOLE_WORLD);
  const current = useRef(camera);
  const dragged = useRef(false);
  useEffect(() => {
    current.current = camera;
  }, [camera]);

  const centreOfView = () => {
    const c = current.current;
    return {
      x: c.x + MAP_SIZE.width / c.zoom / 2,
      y: c.y + MAP_SIZE.height / c.zoom / 2,
    };
  };
  const zoomBy = useCallback((factor: number, point?: { x: number; y: number }) => {
    setCamera((c) => zoomAround(c, factor, point ?? centreOfView()));
  }, []);
  const panBy = useCallback(
    (dx: number, dy: number) => {
      const element = svg.current;
      if (!element) return;
      const { scale } = fitOf(element);
      setCamera((c) =>
        clamp({ ...c, x: c.x - dx / (scale * c.zoom), y: c.y - dy / (scale * c.zoom) }),
      );
    },
    [svg],
  );
  const centreOn = useCallback((point: { x: number; y: number }, zoom: number) => {
    setCamera((c) => {
      const level = Math.max(c.zoom, zoom);
      return clamp({
        zoom: level,
        x: point.x - MAP_SIZE.width / level / 2,
        y: point.y - MAP_SIZE.height / level / 2,
      });
    });
  }, []);
  const reset = useCallback(() => setCamera(WHOLE_WORLD), []);
  // The click that ends a drag is not a selection.
  const swallowDragClick = useCallback((event: { stopPropagation(): void }) => {
    if (!dragged.current) return;
    dragged.current = false;
    event.stopPropagation();
  }, []);
  useWheelAndDrag(svg, current, setCamera, dragged);
  return { camera, zoomBy, panBy, centreOn, reset, swallowDragClick };
}

/** The wheel zooms around the pointer; a drag pans (and swallows the click that ends it). */
function useWheelAndDrag(
  svg: RefObject<SVGSVGElement | null>,
  current: RefObject<MapCamera>,
  setCamera: (update: (camera: MapCamera) => MapCamera) => void,
  dragged: RefObject<boolean>,
) {
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const toMap = (event: { clientX: number; clientY: number }) => {
      const fit = fitOf(element);
      const c = current.current;
      return {
        x: c.x + (event.clientX - fit.box.left - fit.left) / (fit.scale * c.zoom),
        y: c.y + (event.clientY - fit.box.top - fit.top) / (fit.scale * c.zoom),
      };
    };
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const factor = event.deltaY < 0 ? WHEEL_STEP : 1 / WHEEL_STEP;
      const point = toMap(event);
      setCamera((c) => zoomAround(c, factor, point));
    };
    let start: { x: number; y: number; camera: MapCamera } | null = null;
    const onDown = (event: PointerEvent) => {
      start = { x: event.clientX, y: event.clientY, camera: current.current };
      dragged.current = false;
    };
    const onMove = (event: PointerEvent) => {
      if (!start || (event.buttons & 1) === 0) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      if (!dragged.current && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      dragged.current = true;
      const { scale } = fitOf(element);
      const from = start.camera;
      setCamera(() =>
        clamp({
          ...from,
          x: from.x - dx / (scale * from.zoom),
          y: from.y - dy / (scale * from.zoom),
        }),
      );
    };
    const onUp = () => {
      start = null;
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
    };
  }, [svg, current, setCamera, dragged]);
}
