/**
 * The Map view's geometry, as plain numbers: places at their latitude and longitude,
 * each organisation at its main place, and relations as arcs. The projection is fitted
 * to the whole sphere in a fixed box (MAP_SIZE), never to the data or the window, so the
 * same graph always gives the same map; the view scales that box to the screen.
 */
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GraphEdge, GraphNode } from '../../schema/graph';
import type { GraphIndex } from './graphIndex';
import type { VisibleSet } from './types';

/** The map's own coordinate box (SVG user units). */
export const MAP_SIZE = { width: 960, height: 500 } as const;

/** Organisations around one place sit on a spiral out from it (map units). */
const SPREAD_START = 7;
const SPREAD_STEP = 4;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** How far an arc bows out from the straight line, as a share of its length. */
const ARC_BEND = 0.2;

export interface MapPoint {
  id: string;
  x: number;
  y: number;
}

export interface MapArc {
  id: string;
  type: GraphEdge['type'];
  /** SVG path data of a quadratic curve from source to target. */
  path: string;
}

export interface MapLayout {
  places: MapPoint[];
  organisations: MapPoint[];
  arcs: MapArc[];
  /** Organisations shown by the filters that have no place to stand on. */
  unplaced: number;
}

/** Natural Earth, fitted to the whole sphere in the given box. */
export function mapProjection(size: { width: number; height: number } = MAP_SIZE): GeoProjection {
  return geoNaturalEarth1().fitSize([size.width, size.height], { type: 'Sphere' });
}

/** Where a place is drawn, or null when it is not a place with coordinates. */
export function projectPlace(node: GraphNode, projection: GeoProjection): MapPoint | null {
  if (node.type !== 'region' || node.lat === undefined || node.lon === undefined) return null;
  const point = projection([node.lon, node.lat]);
  return point ? { id: node.id, x: point[0], y: point[1] } : null;
}

const isOrganisation = (node: GraphNode | undefined) =>
  node?.type === 'company' || node?.type === 'organization';

const hasCoordinates = (node: GraphNode | undefined) =>
  node?.type === 'region' && node.lat !== undefined && node.lon !== undefined;

/** The best place among an organisation's relations of one type: most evidence, then id. */
function bestPlace(index: GraphIndex, edges: readonly GraphEdge[]): string | null {
  let best: { id: string; weight: number } | null = null;
  for (const edge of edges) {
    if (!hasCoordinates(index.nodeById.get(edge.target))) continue;
    const weight = edge.evidence.length;
    if (!best || weight > best.weight || (weight === best.weight && edge.target < best.id))
      best = { id: edge.target, weight };
  }
  return best?.id ?? null;
}

/**
 * Each organisation's main place: where it is located_in, else the place it is most
 * active_in (by evidence), among the places with coordinates. Organisations with neither
 * are left out. Computed over the whole graph, so a filter never moves an organisation.
 */
export function mainPlaces(index: GraphIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const node of index.graph.nodes) {
    if (!isOrganisation(node)) continue;
    const own = (index.edgesByNode.get(node.id) ?? []).filter((e) => e.source === node.id);
    const place =
      bestPlace(
        index,
        own.filter((e) => e.type === 'located_in'),
      ) ??
      bestPlace(
        index,
        own.filter((e) => e.type === 'active_in'),
      );
    if (place !== null) out.set(node.id, place);
  }
  return out;
}

/** The k-th organisation around a place, on a sunflower spiral (k from 0). */
export function spreadAround(
  centre: { x: number; y: number },
  k: number,
): { x: number; y: number } {
  const radius = SPREAD_START + SPREAD_STEP * Math.sqrt(k);
  const angle = k * GOLDEN_ANGLE;
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

const fixed = (n: number) => Math.round(n * 100) / 100;

/** A quadratic curve bowing to the left of the way from `from` to `to`, or null if they meet. */
export function arcPath(
  from: { x: number; y: number },
  to: { x: number; y: number },
): string | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.hypot(dx, dy) < 0.5) return null;
  const control = {
    x: (from.x + to.x) / 2 + dy * ARC_BEND,
    y: (from.y + to.y) / 2 - dx * ARC_BEND,
  };
  return `M${fixed(from.x)},${fixed(from.y)} Q${fixed(control.x)},${fixed(control.y)} ${fixed(to.x)},${fixed(to.y)}`;
}

/** Organisations drawn around their main places, in id order for a stable spiral. */
function placeOrganisations(
  index: GraphIndex,
  visible: VisibleSet,
  main: ReadonlyMap<string, string>,
  placeAt: (id: string) => MapPoint | null,
): { organisations: MapPoint[]; unplaced: number } {
  const organisations: MapPoint[] = [];
  const around = new Map<string, number>();
  let unplaced = 0;
  const ids = [...visible.nodes].filter((id) => isOrganisation(index.nodeById.get(id))).sort();
  for (const id of ids) {
    const place = main.get(id);
    const centre = place === undefined ? null : placeAt(place);
    if (!place || !centre) {
      unplaced++;
      continue;
    }
    const k = around.get(place) ?? 0;
    around.set(place, k + 1);
    organisations.push({ id, ...spreadAround(centre, k) });
  }
  return { organisations, unplaced };
}

/** What the Map draws for what the filters show. */
export function mapLayout(
  index: GraphIndex,
  visible: VisibleSet,
  main: ReadonlyMap<string, string>,
  projection: GeoProjection,
): MapLayout {
  const projected = new Map<string, MapPoint | null>();
  const placeAt = (id: string) => {
    if (!projected.has(id)) {
      const node = index.nodeById.get(id);
      projected.set(id, node ? projectPlace(node, projection) : null);
    }
    return projected.get(id) ?? null;
  };
  const places = [...visible.nodes]
    .sort()
    .map(placeAt)
    .filter((p): p is MapPoint => p !== null);
  const { organisations, unplaced } = placeOrganisations(index, visible, main, placeAt);
  const at = new Map<string, MapPoint>([...places, ...organisations].map((p) => [p.id, p]));
  const arcs: MapArc[] = [];
  for (const edge of index.graph.edges) {
    const from = at.get(edge.source);
    const to = at.get(edge.target);
    if (!visible.edges.has(edge.id) || !from || !to) continue;
    const path = arcPath(from, to);
    if (path) arcs.push({ id: edge.id, type: edge.type, path });
  }
  return { places, organisations, arcs, unplaced };
}

/** The land and the borders between countries, as SVG path data in the map's box. */
export function worldOutline(
  topology: Topology<{ countries: GeometryCollection }>,
  projection: GeoProjection,
): { land: string; borders: string; sphere: string } {
  const path = geoPath(projection);
  const countries = topology.objects.countries;
  return {
    sphere: path({ type: 'Sphere' }) ?? '',
    land: path(feature(topology, countries)) ?? '',
    borders: path(mesh(topology, countries, (a, b) => a !== b)) ?? '',
  };
}
