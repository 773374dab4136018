/**
 * The client benchmark's options and figures: what one run in the browser measures, the
 * medians per graph and renderer, and the whole part's result that the report is written
 * from. Public names are re-exported by ../client.ts.
 */
export type Renderer = 'canvas' | 'webgl';

export interface ClientBenchOptions {
  /** Node counts of the generated graphs (default 1k, 5k, 20k). */
  sizes?: number[];
  renderers?: Renderer[];
  /** Runs per size and renderer; figures are medians (default 3). */
  runs?: number;
  /** Filter changes per run (default 20). */
  changes?: number;
  /** Skip the pan/zoom gesture (faster). */
  fps?: boolean;
  /** Serve this existing build instead of building one. */
  dist?: string;
  /**
   * A build of an earlier client (a `vite build` output folder), served beside this one
   * and measured on the same graphs in the same run, its runs alternating with the app's.
   */
  against?: string;
  log?: (line: string) => void;
}

/** The marks the client sets (src/client/perf.ts), ms since navigation start. */
export const STEPS = [
  'fetch-start',
  'fetched',
  'parsed',
  'validated',
  'indexed',
  'cy-created',
  'first-frame',
  'labelled',
  'filled',
] as const;
export type Step = (typeof STEPS)[number];

export interface RunFigures {
  marks: Partial<Record<Step, number>>;
  /** The renderer the page reports using (data-renderer). */
  renderer: string;
  drawnNodes: number;
  drawnEdges: number;
  /**
   * Changes made right after the first frame, while a graph drawn in parts is still
   * filling in (none when it was drawn whole), ms.
   */
  fillChangeMs: number[];
  /** The longest task from the first frame until the graph is drawn whole, ms (null: none). */
  longestFillTaskMs: number | null;
  /** One entry per filter change, ms. */
  filterMs: number[];
  /** Of which the synchronous part (store, React, Cytoscape batch), ms. */
  filterSyncMs: number[];
  panFps: number | null;
  zoomFps: number | null;
  heapMB: number;
  /** CPU seconds of the renderer and GPU processes from navigation to the first frame. */
  cpuFirstFrame: Cpu | null;
  /** CPU seconds per filter change (the 20 changes and their idle gaps, divided by 20). */
  cpuPerChange: Cpu | null;
  /** JavaScript URLs (path only) fetched before the first frame. */
  startupScripts: string[];
}

export interface ConfigFigures {
  nodes: number;
  edges: number;
  graphMB: number;
  renderer: Renderer;
  runs: RunFigures[];
  firstFrameMs: number;
  /** Navigation to the graph drawn whole (pa:filled), median. */
  completeMs: number;
  /** Navigation to the first labels drawn (pa:labelled), median (NaN: a build without). */
  labelledMs: number;
  /** Median over runs of the slowest change made while filling (NaN: not drawn in parts). */
  fillChangeMs: number;
  /** Median over runs of the longest task while filling (NaN: not drawn in parts). */
  longestFillTaskMs: number;
  steps: Partial<Record<Step, number>>;
  filterP50: number;
  filterP95: number;
  filterSyncP95: number;
  panFps: number | null;
  zoomFps: number | null;
  heapMB: number;
  cpuFirstFrame: Cpu | null;
  cpuPerChange: Cpu | null;
  actualRenderer: string;
  drawnNodes: number;
}

/** The bare-Cytoscape page on one graph (canvas, medians over runs). */
export interface BaselineFigures {
  nodes: number;
  edges: number;
  firstFrameMs: number;
  /** Median CPU seconds of the page (renderer process) to the first frame. */
  cpuFirstFrame: Cpu | null;
  /** Median over runs of each run's p95 change time (hide or show one type in a batch). */
  filterP95: number;
}

export interface ChunkFigures {
  file: string;
  raw: number;
  gzip: number;
  initial: boolean;
}

export interface ClientFigures {
  configs: ConfigFigures[];
  /** The bare-Cytoscape page on the same graphs, in the same run. */
  baselines: BaselineFigures[];
  /** The earlier build given by `against`, on the same graphs and renderers. */
  earlier?: { dir: string; configs: ConfigFigures[] };
  chunks: ChunkFigures[];
  initialRaw: number;
  initialGzip: number;
  browser: string;
  /** Runs per graph and renderer. */
  runs: number;
  /** Filter changes per run. */
  changes: number;
  /** What "Auto" picks for the 5k graph in this browser (data-renderer without ?renderer). */
  autoAt5k: string | null;
  /** The WebGL implementation this browser reports. */
  webglRenderer: string;
}

/** CPU seconds of the browser's renderer processes and of its GPU process. */
export interface Cpu {
  renderer: number;
  gpu: number;
}
