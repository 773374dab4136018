import { describe, expect, it } from 'vitest';
import countries from 'world-atlas/countries-110m.json';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildIndex } from './graphIndex';
import {
  arcPath,
  mainPlaces,
  mapLayout,
  mapProjection,
  projectPlace,
  spreadAround,
  worldOutline,
} from './mapLayout';
import { makeGraph } from './testGraph';

const place = (id: string, lat: number, lon: number) => ({
  id,
  type: 'region' as const,
  level: 'city' as const,
  lat,
  lon,
});

function cities() {
  return makeGraph(
    [
      place('tokyo', 35.6895, 139.69171),
      place('lisbon', 38.71667, -9.13333),
      { id: 'japan', type: 'region', level: 'country' },
      { id: 'kaido' },
      { id: 'norvik' },
      { id: 'altaris' },
      { id: 'drifter' },
      { id: 'kenji', type: 'person' },
    ],
    [
      { source: 'kaido', target: 'tokyo', type: 'located_in' },
      { source: 'kaido', target: 'lisbon', type: 'active_in' },
      { source: 'norvik', target: 'japan', type: 'located_in' },
      { source: 'norvik', target: 'lisbon', type: 'active_in' },
      { source: 'altaris', target: 'tokyo', type: 'active_in' },
      { source: 'kaido', target: 'norvik', type: 'partnership' },
      { source: 'kenji', target: 'kaido', type: 'works_for' },
      { source: 'drifter', target: 'norvik', type: 'supply' },
    ],
  );
}

const all = (index: ReturnType<typeof buildIndex>) => ({
  nodes: new Set(index.graph.nodes.map((n) => n.id)),
  edges: new Set(index.graph.edges.map((e) => e.id)),
});

describe('mapProjection', () => {
  it('fits the whole sphere into the 960 × 500 box, the equator across the middle', () => {
    const projection = mapProjection();
    expect(projection([0, 0])).toEqual([480, 250]);
    expect(projection([-180, 0])![0]).toBeCloseTo(0, 6);
    expect(projection([180, 0])![0]).toBeCloseTo(960, 6);
    expect(projection([0, 90])![1]).toBeCloseTo(0.4, 1);
    expect(projection([0, -90])![1]).toBeCloseTo(499.6, 1);
  });

  it('puts Tokyo and Lisbon where Natural Earth puts them', () => {
    const projection = mapProjection();
    const index = buildIndex(cities());
    const tokyo = projectPlace(index.nodeById.get('tokyo')!, projection)!;
    const lisbon = projectPlace(index.nodeById.get('lisbon')!, projection)!;
    expect(tokyo.x).toBeCloseTo(829.73, 2);
    expect(tokyo.y).toBeCloseTo(139.48, 2);
    expect(lisbon.x).toBeCloseTo(457.41, 2);
    expect(lisbon.y).toBeCloseTo(130.12, 2);
    expect(projectPlace(index.nodeById.get('japan')!, projection)).toBeNull();
    expect(projectPlace(index.nodeById.get('kaido')!, projection)).toBeNull();
  });
});

describe('mainPlaces', () => {
  it('takes located_in first, then the place most active_in, among places with coordinates', () => {
    const main = mainPlaces(buildIndex(cities()));
    expect(main.get('kaido')).toBe('tokyo');
    // Japan has no coordinates, so Norvik stands where it is active.
    expect(main.get('norvik')).toBe('lisbon');
    expect(main.get('altaris')).toBe('tokyo');
    expect(main.has('drifter')).toBe(false);
    expect(main.has('kenji')).toBe(false);
  });

  it('prefers the active_in place with the most evidence', () => {
    const graph = makeGraph(
      [place('tokyo', 35.6895, 139.69171), place('lisbon', 38.71667, -9.13333), { id: 'kaido' }],
      [
        { source: 'kaido', target: 'tokyo', type: 'active_in' },
        { source: 'kaido', target: 'lisbon', type: 'active_in' },
      ],
    );
    const evidence = graph.edges[0]!.evidence[0]!;
    graph.edges[1]!.evidence = [evidence, evidence];
    expect(mainPlaces(buildIndex(graph)).get('kaido')).toBe('lisbon');
  });
});

describe('mapLayout', () => {
  it('draws places, organisations around their place, arcs between drawn ends, and counts the rest', () => {
    const index = buildIndex(cities());
    const layout = mapLayout(index, all(index), mainPlaces(index), mapProjection());
    expect(layout.places.map((p) => p.id)).toEqual(['lisbon', 'tokyo']);
    expect(layout.organisations.map((p) => p.id)).toEqual(['altaris', 'kaido', 'norvik']);
    const altaris = layout.organisations[0]!;
    // First around Tokyo: 7 units to the right of it.
    expect(altaris.x).toBeCloseTo(829.73 + 7, 2);
    expect(altaris.y).toBeCloseTo(139.48, 2);
    expect(layout.unplaced).toBe(1);
    // works_for has a person at one end and supply the unplaced drifter: not drawn.
    expect(layout.arcs.map((a) => a.type).sort()).toEqual([
      'active_in',
      'active_in',
      'active_in',
      'located_in',
      'partnership',
    ]);
  });

  it('follows the filters and gives the same map twice', () => {
    const index = buildIndex(cities());
    const visible = { nodes: new Set(['tokyo', 'kaido']), edges: new Set<string>() };
    const first = mapLayout(index, visible, mainPlaces(index), mapProjection());
    expect(first.places.map((p) => p.id)).toEqual(['tokyo']);
    expect(first.organisations.map((p) => p.id)).toEqual(['kaido']);
    expect(first.arcs).toEqual([]);
    expect(mapLayout(index, visible, mainPlaces(index), mapProjection())).toEqual(first);
  });
});

describe('spreadAround and arcPath', () => {
  it('spirals out from the centre', () => {
    expect(spreadAround({ x: 0, y: 0 }, 0)).toEqual({ x: 7, y: 0 });
    const second = spreadAround({ x: 0, y: 0 }, 1);
    expect(Math.hypot(second.x, second.y)).toBeCloseTo(11, 6);
  });

  it('bends to the left of the way, by a fifth of its length', () => {
    expect(arcPath({ x: 0, y: 0 }, { x: 100, y: 0 })).toBe('M0,0 Q50,-20 100,0');
    expect(arcPath({ x: 5, y: 5 }, { x: 5.1, y: 5 })).toBeNull();
  });
});

describe('worldOutline', () => {
  it('draws land, borders and the sphere inside the box', () => {
    const outline = worldOutline(
      countries as unknown as Topology<{ countries: GeometryCollection }>,
      mapProjection(),
    );
    expect(outline.land.startsWith('M')).toBe(true);
    expect(outline.borders.startsWith('M')).toBe(true);
    const numbers = outline.land.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-0.01);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(960.01);
  });
});
