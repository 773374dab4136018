/**
 * The build benchmark's options and figures: one measured build, one measured layout, and
 * the whole part's result. Public names are re-exported by ../build.ts.
 */
import type { LayoutAlgorithm } from '../../extract/stages/layout.js';
import type { RelationScore } from '../score.js';

export interface BuildRun {
  label: string;
  documents: number;
  skipped: number;
  /** UTF-8 bytes of the documents' text as loaded (HTML already reduced to text). */
  textBytes: number;
  workers: number;
  /** Wall time of load + pipeline + write, ms. */
  wallMs: number;
  /** CPU time of the whole process (every thread) over the same span, ms. */
  cpuMs: number;
  /** Per-document stage time, ms. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Peak resident memory, bytes: the child's maxRSS, and the highest RSS sampled. */
  peakRss: number;
  sampledRss: number;
  stages: Record<string, number>;
  nodes: number;
  edges: number;
  score?: RelationScore;
  /** With a cache: documents analysed in this build and taken from the cache. */
  analysed?: number;
  cached?: number;
}

export interface LayoutTiming {
  ms: number;
  /** Share of nodes with another node's centre closer than a node's size (30 px). */
  overlap: number;
  /** Median edge length, px (the ideal length is 90). */
  medianEdge: number;
}

export interface LayoutRun {
  label: string;
  nodes: number;
  edges: number;
  /** Per algorithm; null when skipped as too slow (see FCOSE_LIMIT). */
  fcose: LayoutTiming | null;
  fcoseDraft: LayoutTiming;
  force: LayoutTiming;
  /** What the build uses at this size. */
  build: LayoutAlgorithm;
}

export interface BuildBenchOptions {
  sizes: number[];
  workers?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface BuildBenchResult {
  runs: BuildRun[];
  layouts: LayoutRun[];
  /** Builds of one corpus through an empty cache, again, then after one document changed. */
  cacheRuns: BuildRun[];
}

/** The corpus size the cache is measured on (when the bench builds it). */
export const CACHE_CORPUS = 1_000;

/**
 * fcose "default" quality is not timed above this many nodes: it grows with the square of
 * the graph (13–25 s at 1 075 nodes here; a one-off run at 6 313 nodes was stopped after
 * 25 CPU-minutes).
 */
export const FCOSE_LIMIT = 2500;
