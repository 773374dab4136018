/**
 * The shareable part of the view, in the query string: filters, selection, focus,
 * path and camera. Encoding writes only what differs from the defaults, so a fresh
 * view has a clean URL. Decoding checks every value against the loaded graph and drops
 * what is invalid or stale (an id that no longer exists), reporting each one so the app
 * can say so; it never throws.
 *
 * Parameters it does not own (`graph`, `renderer`, …) are left untouched.
 */
import { EDGE_TYPES, NODE_TYPES } from '../../schema/constants';
import type { EdgeType, NodeType } from '../../schema/graph';
import { DEFAULT_FILTERS } from './filter';
import type { GraphIndex } from './graphIndex';
import type { Camera, Filters, Focus, PathQuery, Selected } from './types';

export interface ViewState {
  filters: Filters;
  selection: Selected | null;
  focus: Focus | null;
  path: PathQuery | null;
  camera: Camera | null;
}

export const OWNED_KEYS = [
  'region',
  'from',
  'to',
  'undated',
  'rel',
  'ent',
  'node',
  'edge',
  'focus',
  'hops',
  'path',
  'cam',
  'unconnected',
  'minconn',
  'minconf',
] as const;

const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

function round(n: number, digits: number): string {
  const s = n.toFixed(digits);
  // Trim trailing zeros so URLs stay short: "1.500" → "1.5", "2.000" → "2".
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Returns the query string (without "?") for `state`, keeping parameters we do not own. */
export function encodeViewState(
  state: ViewState,
  current: URLSearchParams = new URLSearchParams(),
): string {
  const p = new URLSearchParams(current);
  for (const k of OWNED_KEYS) p.delete(k);
  const f = state.filters;
  if (f.region !== null) p.set('region', f.region);
  if (f.yearFrom !== null) p.set('from', String(f.yearFrom));
  if (f.yearTo !== null) p.set('to', String(f.yearTo));
  if (!f.includeUndated) p.set('undated', '0');
  if (!sameList(f.relationTypes, DEFAULT_FILTERS.relationTypes))
    p.set('rel', f.relationTypes.join(','));
  if (!sameList(f.entityTypes, DEFAULT_FILTERS.entityTypes)) p.set('ent', f.entityTypes.join(','));
  if (f.hideUnconnected !== 'auto')
    p.set('unconnected', f.hideUnconnected === 'on' ? 'hide' : 'show');
  if (f.minConnections > 0) p.set('minconn', String(f.minConnections));
  if (f.minConfidence > 0) p.set('minconf', round(f.minConfidence, 2));
  if (state.selection) p.set(state.selection.kind, state.selection.id);
  if (state.focus) {
    p.set('focus', state.focus.node);
    if (state.focus.hops !== 1) p.set('hops', String(state.focus.hops));
  }
  if (state.path) {
    p.append('path', state.path.from);
    p.append('path', state.path.to);
  }
  if (state.camera) {
    const c = state.camera;
    p.set('cam', `${round(c.zoom, 3)},${round(c.x, 1)},${round(c.y, 1)}`);
  }
  return p.toString();
}

export interface DecodeResult {
  state: ViewState;
  /** Human-readable descriptions of each dropped value. */
  dropped: string[];
}

function show(value: string): string {
  const v = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return JSON.stringify(v);
}

function parseYear(raw: string | null, name: string, dropped: string[]): number | null {
  if (raw === null || raw === '') return null;
  if (!/^\d{4}$/.test(raw) || Number(raw) < MIN_YEAR || Number(raw) > MAX_YEAR) {
    dropped.push(`${name} ${show(raw)} (not a year)`);
    return null;
  }
  return Number(raw);
}

function parseList<T extends string>(
  raw: string | null,
  allowed: readonly T[],
  name: string,
  fallback: readonly T[],
  dropped: string[],
): readonly T[] {
  if (raw === null) return fallback;
  const wanted = new Set(raw.split(',').filter((s) => s !== ''));
  for (const w of wanted)
    if (!(allowed as readonly string[]).includes(w))
      dropped.push(`${name} ${show(w)} (unknown type)`);
  // Keep the canonical order so equal filters encode to equal URLs.
  return allowed.filter((t) => wanted.has(t));
}

/** A whole number or a decimal in [min, max], or the default with a note of what was dropped. */
function parseNumber(
  raw: string | null,
  name: string,
  range: { min: number; max: number; whole: boolean },
  dropped: string[],
): number {
  if (raw === null || raw === '') return 0;
  const value = Number(raw);
  const valid =
    /^\d+(\.\d+)?$/.test(raw) &&
    value >= range.min &&
    value <= range.max &&
    (!range.whole || Number.isInteger(value));
  if (valid) return value;
  dropped.push(`${name} ${show(raw)}`);
  return 0;
}

/** "Hide unconnected", "Min. connections" and "Min. confidence". */
function decodeThresholds(
  params: URLSearchParams,
  dropped: string[],
): Pick<Filters, 'hideUnconnected' | 'minConnections' | 'minConfidence'> {
  const raw = params.get('unconnected');
  let hideUnconnected: Filters['hideUnconnected'] = 'auto';
  if (raw === 'hide') hideUnconnected = 'on';
  else if (raw === 'show') hideUnconnected = 'off';
  else if (raw !== null) dropped.push(`unconnected ${show(raw)} (must be hide or show)`);
  return {
    hideUnconnected,
    minConnections: parseNumber(
      params.get('minconn'),
      'minimum connections',
      { min: 0, max: 1000, whole: true },
      dropped,
    ),
    minConfidence: parseNumber(
      params.get('minconf'),
      'minimum confidence',
      { min: 0, max: 1, whole: false },
      dropped,
    ),
  };
}

function decodeFilters(params: URLSearchParams, index: GraphIndex, dropped: string[]): Filters {
  let region = params.get('region');
  if (region !== null && index.nodeById.get(region)?.type !== 'region') {
    dropped.push(`region ${show(region)} (no such region in this graph)`);
    region = null;
  }
  let yearFrom = parseYear(params.get('from'), 'from', dropped);
  let yearTo = parseYear(params.get('to'), 'to', dropped);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
    dropped.push(`years ${yearFrom}–${yearTo} (from is after to)`);
    yearFrom = null;
    yearTo = null;
  }
  const undatedRaw = params.get('undated');
  let includeUndated = true;
  if (undatedRaw === '0') includeUndated = false;
  else if (undatedRaw !== null && undatedRaw !== '1') dropped.push(`undated ${show(undatedRaw)}`);

  return {
    region,
    yearFrom,
    yearTo,
    includeUndated,
    relationTypes: parseList<EdgeType>(
      params.get('rel'),
      EDGE_TYPES,
      'relation type',
      DEFAULT_FILTERS.relationTypes,
      dropped,
    ),
    entityTypes: parseList<NodeType>(
      params.get('ent'),
      NODE_TYPES,
      'entity type',
      DEFAULT_FILTERS.entityTypes,
      dropped,
    ),
    ...decodeThresholds(params, dropped),
  };
}

function decodeSelection(
  params: URLSearchParams,
  index: GraphIndex,
  dropped: string[],
): Selected | null {
  let selection: Selected | null = null;
  const node = params.get('node');
  const edge = params.get('edge');
  if (node !== null) {
    if (index.nodeById.has(node)) selection = { kind: 'node', id: node };
    else dropped.push(`selected node ${show(node)} (not in this graph)`);
  }
  if (edge !== null) {
    if (selection) dropped.push(`selected relation ${show(edge)} (a node is already selected)`);
    else if (index.edgeById.has(edge)) selection = { kind: 'edge', id: edge };
    else dropped.push(`selected relation ${show(edge)} (not in this graph)`);
  }
  return selection;
}

function decodeFocus(params: URLSearchParams, index: GraphIndex, dropped: string[]): Focus | null {
  const focusNode = params.get('focus');
  const hopsRaw = params.get('hops');
  if (focusNode === null) return null;
  const hops = hopsRaw === null || hopsRaw === '1' ? 1 : hopsRaw === '2' ? 2 : null;
  if (!index.nodeById.has(focusNode)) dropped.push(`focus ${show(focusNode)} (not in this graph)`);
  else if (hops === null) dropped.push(`hops ${show(hopsRaw ?? '')} (must be 1 or 2)`);
  else return { node: focusNode, hops };
  return null;
}

function decodePath(
  params: URLSearchParams,
  index: GraphIndex,
  dropped: string[],
): PathQuery | null {
  const ends = params.getAll('path');
  if (ends.length === 0) return null;
  const isOrg = (id: string) => {
    const t = index.nodeById.get(id)?.type;
    return t === 'company' || t === 'organization';
  };
  const [from, to] = ends;
  if (ends.length === 2 && from !== undefined && to !== undefined && isOrg(from) && isOrg(to))
    return { from, to };
  dropped.push(`path ${show(ends.join(' → '))} (needs two organisations of this graph)`);
  return null;
}

function decodeCamera(params: URLSearchParams, dropped: string[]): Camera | null {
  const cam = params.get('cam');
  if (cam === null) return null;
  const parts = cam.split(',').map(Number);
  const [zoom, x, y] = parts;
  if (
    parts.length === 3 &&
    zoom !== undefined &&
    x !== undefined &&
    y !== undefined &&
    parts.every(Number.isFinite) &&
    zoom >= 0.001 &&
    zoom <= 1000 &&
    Math.abs(x) < 1e9 &&
    Math.abs(y) < 1e9
  )
    return { zoom, x, y };
  dropped.push(`camera ${show(cam)}`);
  return null;
}

/** The view a link describes; what cannot apply to this graph is dropped and listed. */
export function decodeViewState(params: URLSearchParams, index: GraphIndex): DecodeResult {
  const dropped: string[] = [];
  const filters = decodeFilters(params, index, dropped);
  const selection = decodeSelection(params, index, dropped);
  const focus = decodeFocus(params, index, dropped);
  const path = decodePath(params, index, dropped);
  const camera = decodeCamera(params, dropped);
  return { state: { filters, selection, focus, path, camera }, dropped };
}
