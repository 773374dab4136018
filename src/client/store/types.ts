/**
 * The store's shape: five typed slices combined into one zustand store. The slices'
 * state and actions are declared here and implemented in the *Slice.ts files.
 */
import type { StateCreator } from 'zustand';
import type { EdgeType, Graph, NodeType } from '../../schema/graph';
import type { ColourBy } from '../logic/colours';
import type { Correction } from '../logic/corrections';
import type { GraphIndex } from '../logic/graphIndex';
import type { SizeMeasure } from '../logic/sizeMeasures';
import type { Camera, Filters, Focus, Hops, PathQuery, Selected } from '../logic/types';

/** Graph slice: loading progress, the validated graph and its lookup index. */
export type LoadState =
  | { phase: 'loading'; source: string; bytes: number; total: number | null }
  | { phase: 'error'; source: string; message: string }
  | { phase: 'ready'; source: string };

export interface GraphSlice {
  load: LoadState;
  graph: Graph | null;
  index: GraphIndex | null;
  /** URL the graph came from; document text files resolve against it. */
  graphUrl: string | null;
  setLoading(source: string, bytes: number, total: number | null): void;
  setLoadError(source: string, message: string): void;
  setGraph(graph: Graph, source: string, url: string): void;
}

/** Filters slice: the filter panel's state. */
export interface FiltersSlice {
  filters: Filters;
  setRegion(region: string | null): void;
  setYearRange(from: number | null, to: number | null): void;
  setIncludeUndated(on: boolean): void;
  setRelationType(type: EdgeType, on: boolean): void;
  setRelationTypes(types: readonly EdgeType[]): void;
  setEntityType(type: NodeType, on: boolean): void;
  setFilters(filters: Filters): void;
  /** Changes some fields of the filters, keeping the rest. */
  patchFilters(patch: Partial<Filters>): void;
  resetFilters(): void;
}

/** Selection slice: what is selected, Focus, Path and the open document. */
export interface ReaderState {
  document: string;
  /** The evidence sentence to highlight and scroll to. */
  highlight: { start: number; end: number } | null;
}

export interface SelectionSlice {
  selection: Selected | null;
  /** Increments on user selections that should push a history entry. */
  selectionNonce: number;
  focus: Focus | null;
  path: PathQuery | null;
  reader: ReaderState | null;
  select(selection: Selected | null, options?: { history?: boolean }): void;
  setFocus(focus: Focus | null): void;
  /** Turns Focus on for the selected node, or off. */
  toggleFocus(hops?: Hops): void;
  setFocusHops(hops: Hops): void;
  setPath(path: PathQuery | null): void;
  openReader(reader: ReaderState | null): void;
}

/** View slice: camera, renderer choice, summary-mode overrides and notices. */
export type RendererChoice = 'auto' | 'canvas' | 'webgl';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'warning';
}

export interface ViewSlice {
  /** Last camera reported by the graph view; written to the URL. */
  camera: Camera | null;
  /** Camera to apply once the graph is drawn (from a shared link). */
  initialCamera: Camera | null;
  renderer: RendererChoice;
  /** Draw every visible node even above the summary threshold. */
  showAll: boolean;
  /** Nodes expanded in summary mode. */
  expanded: readonly string[];
  notices: readonly Notice[];
  /** Text for the screen-reader announcer (aria-live); `n` changes on every call so a repeat is read again. */
  announcement: { text: string; n: number };
  setCamera(camera: Camera | null): void;
  setInitialCamera(camera: Camera | null): void;
  setRenderer(renderer: RendererChoice): void;
  setShowAll(on: boolean): void;
  expand(id: string): void;
  notify(text: string, tone?: Notice['tone']): void;
  dismissNotice(id: number): void;
  announce(text: string): void;
}

/** Panels slice: the panels around the graph and the re-framing preference. */
export type PanelName = 'filters' | 'details' | 'list';

export interface PanelsSlice {
  panels: Readonly<Record<PanelName, boolean>>;
  /** Fit the view to what is shown after each filter change. */
  fitAfterFiltering: boolean;
  setPanel(name: PanelName, open: boolean): void;
  setFitAfterFiltering(on: boolean): void;
}

/**
 * Camera slice: a camera the graph view should move to (back and forward restore the
 * camera of the history entry). `n` changes on every request so a repeat still applies.
 */
export interface CameraSlice {
  cameraRequest: { camera: Camera; n: number } | null;
  requestCamera(camera: Camera): void;
}

/** Measures slice: Size by, Colour by and the community filter. */
export interface MeasuresSlice {
  sizeBy: SizeMeasure;
  colourBy: ColourBy;
  /** Communities kept (by name), or null for all. */
  communities: readonly string[] | null;
  setSizeBy(measure: SizeMeasure): void;
  setColourBy(colourBy: ColourBy): void;
  setCommunities(communities: readonly string[] | null): void;
}

/** Corrections slice: the graph as loaded and the corrections made to it in the explorer. */
export interface CorrectionsSlice {
  /** The graph as loaded; `graph` is this with the corrections applied. */
  originalGraph: Graph | null;
  corrections: readonly Correction[];
  /** Where this dataset's corrections are saved in the browser. */
  correctionsKey: string | null;
  /** Takes a freshly loaded graph, reads its saved corrections, returns the graph to show. */
  adoptGraph(graph: Graph): Graph;
  addCorrection(correction: Correction): void;
  undoCorrection(position: number): void;
}

/** Time slice: "Play" through the years and "Compare years" (timeSlice.ts). */
export interface PlayState {
  playing: boolean;
  /** The year Play shows now (its cursor on the histogram), or null before it starts. */
  year: number | null;
  /** Milliseconds per year. */
  speedMs: number;
}

export interface TimeSlice {
  play: PlayState;
  /** The two years compared, or null when "Compare years" is off. */
  compare: { a: number; b: number } | null;
  startPlay(): void;
  pausePlay(): void;
  /** Shows the next year, or stops after the last one. */
  stepPlay(): void;
  setPlaySpeed(ms: number): void;
  /**
   * Turns Compare on (the year filter then spans both years) or off; off gives back the
   * year filter it replaced unless `restore` is false (a link brings its own).
   */
  setCompare(compare: { a: number; b: number } | null, options?: { restore?: boolean }): void;
}

/** Map slice: which view draws the data, the graph or the map. */
export type ViewMode = 'graph' | 'map';

export interface MapSlice {
  viewMode: ViewMode;
  setViewMode(mode: ViewMode): void;
}

/** Live slice: a graph rebuilt while the page is open replaces the loaded one in place. */
export interface LiveSlice {
  replaceGraph(graph: Graph): void;
}

export type AtlasState = GraphSlice &
  FiltersSlice &
  SelectionSlice &
  ViewSlice &
  PanelsSlice &
  CameraSlice &
  MeasuresSlice &
  CorrectionsSlice &
  TimeSlice &
  MapSlice &
  LiveSlice;

export type SliceCreator<T> = StateCreator<AtlasState, [], [], T>;
