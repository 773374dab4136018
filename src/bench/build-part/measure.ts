/**
 * What a child process measures: one build timed as `npm run graph` does it (load ->
 * pipeline on worker threads -> write) and scored against the ground truth, or each layout
 * algorithm timed on a built graph, with its quality figures.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Graph } from '../../schema/graph.js';
import { cacheVersion, DEFAULT_CACHE_DIR, DocumentCache } from '../../extract/cache.js';
import { runPipelineParallel } from '../../extract/parallel.js';
import { DEFAULT_DATA_DIR } from '../../extract/knowledge/data-dir.js';
import { INDEX_CACHE_FOLDER } from '../../extract/knowledge/index-cache.js';
import { TEXT_DIR } from '../../extract/pipeline.js';
import { layoutAlgorithm, layoutGraph, type LayoutAlgorithm } from '../../extract/stages/layout.js';
import { loadInputs } from '../../extract/stages/load.js';
import { writeGraph } from '../../extract/stages/write.js';
import type { GroundTruth } from '../generate.js';
import { scoreGraph } from '../score.js';
import { FCOSE_LIMIT, type BuildRun, type LayoutRun, type LayoutTiming } from './types.js';

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);

/** Child: one build, measured. */
export async function measureBuild(
  dir: string,
  graphFile: string,
  label: string,
  truthFile: string | undefined,
  workers: number | undefined,
  cacheDir?: string,
): Promise<BuildRun> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const version = cacheVersion(DEFAULT_DATA_DIR);
  const cache = cacheDir ? new DocumentCache(cacheDir, version) : undefined;
  const loaded = await loadInputs([dir]);
  const result = await runPipelineParallel(loaded.documents, {
    dataDir: DEFAULT_DATA_DIR,
    // As `npm run graph` does: the known-organisations index is read from the copy kept in
    // the default cache, even when the documents are analysed afresh.
    indexCache: { dir: path.join(DEFAULT_CACHE_DIR, INDEX_CACHE_FOLDER), version },
    ...(workers !== undefined ? { workers } : {}),
    ...(cache ? { cache } : {}),
  });
  await writeGraph(
    result.graph,
    graphFile,
    result.graph.texts === 'files' ? { dir: TEXT_DIR, files: result.texts } : undefined,
  );
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const times = [...result.documentMs.values()].sort((a, b) => a - b);
  const truth = truthFile
    ? (JSON.parse(await readFile(truthFile, 'utf8')) as GroundTruth)
    : undefined;
  return {
    label,
    documents: loaded.documents.length,
    skipped: loaded.problems.length + result.problems.length,
    textBytes: loaded.documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0),
    workers: result.workers,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    p50Ms: quantile(times, 0.5),
    p99Ms: quantile(times, 0.99),
    maxMs: times[times.length - 1] ?? 0,
    peakRss: process.resourceUsage().maxRSS * 1024,
    sampledRss: 0,
    stages: result.timings,
    nodes: result.graph.nodes.length,
    edges: result.graph.edges.length,
    ...(truth ? { score: scoreGraph(result.graph, truth) } : {}),
    ...(cache ? cache.counts : {}),
  };
}

/** Layout quality figures for positions `pos` of `graph`. */
export function layoutQuality(graph: Graph): Omit<LayoutTiming, 'ms'> {
  const size = 30;
  const cells = new Map<string, number[]>();
  const key = (x: number, y: number) => `${Math.floor(x / size)},${Math.floor(y / size)}`;
  graph.nodes.forEach((n, i) => {
    const k = key(n.x, n.y);
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  });
  let overlapping = 0;
  graph.nodes.forEach((n, i) => {
    const cx = Math.floor(n.x / size);
    const cy = Math.floor(n.y / size);
    outer: for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          const m = graph.nodes[j];
          if (j !== i && m && Math.hypot(m.x - n.x, m.y - n.y) < size) {
            overlapping++;
            break outer;
          }
        }
  });
  const at = new Map(graph.nodes.map((n) => [n.id, n]));
  const lengths = graph.edges
    .map((e) => {
      const a = at.get(e.source);
      const b = at.get(e.target);
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    })
    .sort((a, b) => a - b);
  return {
    overlap: graph.nodes.length ? overlapping / graph.nodes.length : 0,
    medianEdge: quantile(lengths, 0.5),
  };
}

/** Child: each layout algorithm on a built graph, timed, with its quality figures. */
export async function measureLayout(graphFile: string, label: string): Promise<LayoutRun> {
  const graph = JSON.parse(await readFile(graphFile, 'utf8')) as Graph;
  const run = (algorithm: LayoutAlgorithm): LayoutTiming => {
    const t0 = performance.now();
    const laid = layoutGraph(graph, { algorithm });
    return { ms: performance.now() - t0, ...layoutQuality(laid) };
  };
  return {
    label,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    fcose: graph.nodes.length <= FCOSE_LIMIT ? run('fcose') : null,
    fcoseDraft: run('fcose-draft'),
    force: run('force'),
    build: layoutAlgorithm(graph.nodes.length),
  };
}
