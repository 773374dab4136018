/**
 * The whole client measurement: builds and serves the client, writes the generated graphs
 * beside it, runs every graph with every renderer several times and takes the medians,
 * then adds the bundle figures and what "Auto" picks.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import type { PreviewServer } from 'vite';
import { generateGraph } from '../../test-support/generateGraph.js';
import { load } from '../part.js';
import { buildBaseline, measureBaseline } from './baseline.js';
import { bundleFigures } from './bundle.js';
import { oneRun, probeAuto } from './page-run.js';
import { LAUNCH_ARGS, buildClient, chromiumPath, serve } from './server.js';
import { medianCpu, median, quantile } from './stats.js';
import {
  STEPS,
  type BaselineFigures,
  type ClientBenchOptions,
  type ClientFigures,
  type ConfigFigures,
  type Renderer,
  type RunFigures,
  type Step,
} from './types.js';

type BenchGraph = { nodes: number; edges: number; file: string; mb: number };
type Log = (line: string) => void;

/** Generated graphs of about 4 relations per node, written beside the built client. */
async function writeGraphs(outDir: string, sizes: number[]): Promise<BenchGraph[]> {
  const graphs: BenchGraph[] = [];
  for (const n of sizes) {
    const graph = generateGraph(n, 4);
    const json = JSON.stringify(graph);
    const file = `bench-graph-${n}.json`;
    await writeFile(path.join(outDir, file), json);
    graphs.push({
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      file,
      mb: json.length / 1e6,
    });
  }
  return graphs;
}

/** The medians over several runs of one graph with one renderer. */
function summarise(
  graph: BenchGraph,
  renderer: Renderer,
  list: RunFigures[],
  fps: boolean,
): ConfigFigures {
  const medianOf = (f: (r: RunFigures) => number | null | undefined) => {
    const values = list.map(f).filter((x): x is number => typeof x === 'number');
    return values.length ? median(values) : NaN;
  };
  const steps: Partial<Record<Step, number>> = {};
  for (const s of STEPS) steps[s] = medianOf((r) => r.marks[s]);
  const fpsOf = (key: 'panFps' | 'zoomFps') => (fps ? medianOf((r) => r[key]) : null);
  return {
    nodes: graph.nodes,
    edges: graph.edges,
    graphMB: graph.mb,
    renderer,
    runs: list,
    firstFrameMs: medianOf((r) => r.marks['first-frame']),
    completeMs: medianOf((r) => r.marks.filled ?? r.marks['first-frame']),
    labelledMs: medianOf((r) => r.marks.labelled),
    fillChangeMs: medianOf((r) => (r.fillChangeMs.length ? Math.max(...r.fillChangeMs) : null)),
    longestFillTaskMs: medianOf((r) => r.longestFillTaskMs),
    steps,
    // Per-run percentiles, then the median over runs.
    filterP50: medianOf((r) => quantile(r.filterMs, 0.5)),
    filterP95: medianOf((r) => quantile(r.filterMs, 0.95)),
    filterSyncP95: medianOf((r) => quantile(r.filterSyncMs, 0.95)),
    panFps: fpsOf('panFps'),
    zoomFps: fpsOf('zoomFps'),
    heapMB: medianOf((r) => r.heapMB),
    cpuFirstFrame: medianCpu(list.map((r) => r.cpuFirstFrame)),
    cpuPerChange: medianCpu(list.map((r) => r.cpuPerChange)),
    actualRenderer: list[0]?.renderer ?? '',
    drawnNodes: medianOf((r) => r.drawnNodes),
  };
}

interface RunSettings {
  runs: number;
  changes: number;
  fps: boolean;
  log: Log;
  /** Collects the scripts each page loads before its first frame. */
  startup: Set<string>;
}

/**
 * Several runs of one graph with one renderer, each in a fresh browser context, on each
 * of `builds` (the app first, then the earlier build if any): run 1 of each, then run 2
 * of each, so that a change in the machine's load falls on both alike.
 */
async function measure(
  browser: Browser,
  builds: readonly { name: string; base: string }[],
  graph: BenchGraph,
  renderer: Renderer,
  settings: RunSettings,
): Promise<ConfigFigures[]> {
  const { runs, changes, fps, log } = settings;
  const lists: RunFigures[][] = builds.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [i, build] of builds.entries()) {
      const url = `${build.base}?graph=${graph.file}&renderer=${renderer}`;
      const figures = await oneRun(browser, url, { changes, fps });
      // The bundle figures are the app's.
      if (i === 0) for (const s of figures.startupScripts) settings.startup.add(s);
      log(
        `  ${build.name}, ${graph.nodes} nodes, ${renderer} run ${run + 1}/${runs}: first frame ${figures.marks['first-frame']?.toFixed(0)} ms, ` +
          `filter p95 ${quantile(figures.filterMs, 0.95).toFixed(0)} ms, pan ${figures.panFps?.toFixed(0) ?? '-'} fps, ` +
          `zoom ${figures.zoomFps?.toFixed(0) ?? '-'} fps, heap ${figures.heapMB.toFixed(0)} MB (load ${load()})`,
      );
      lists[i]?.push(figures);
    }
  }
  return lists.map((list) => summarise(graph, renderer, list, fps));
}

/** A copy of an earlier build with the graphs beside it, served on its own port. */
async function serveEarlier(
  dir: string,
  tmp: string,
  sizes: number[],
): Promise<{ server: PreviewServer; base: string }> {
  const copy = path.join(tmp, 'earlier');
  await cp(path.resolve(dir), copy, { recursive: true });
  await writeGraphs(copy, sizes);
  return serve(copy);
}

export async function runClientBench(options: ClientBenchOptions = {}): Promise<ClientFigures> {
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const sizes = options.sizes ?? [1_000, 5_000, 20_000];
  const renderers = options.renderers ?? ['canvas', 'webgl'];
  const settings: RunSettings = {
    runs: options.runs ?? 3,
    changes: options.changes ?? 20,
    fps: options.fps ?? true,
    log,
    startup: new Set<string>(),
  };

  const tmp = await mkdtemp(path.join(tmpdir(), 'pa-bench-client-'));
  const outDir = options.dist ? path.resolve(options.dist) : path.join(tmp, 'dist');
  let server: PreviewServer | null = null;
  let earlierServer: PreviewServer | null = null;
  let browser: Browser | null = null;
  try {
    if (!options.dist) await buildClient(outDir, log);
    await buildBaseline(outDir, log);
    const graphs = await writeGraphs(outDir, sizes);
    const served = await serve(outDir);
    server = served.server;
    const builds = [{ name: 'app', base: served.base }];
    if (options.against) {
      const earlier = await serveEarlier(options.against, tmp, sizes);
      earlierServer = earlier.server;
      builds.push({ name: 'earlier build', base: earlier.base });
    }
    const executablePath = await chromiumPath();
    const { chromium } = await import('@playwright/test');
    browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: LAUNCH_ARGS,
    });
    const configs: ConfigFigures[] = [];
    const earlierConfigs: ConfigFigures[] = [];
    const baselines: BaselineFigures[] = [];
    for (const graph of graphs) {
      for (const renderer of renderers) {
        const [app, earlier] = await measure(browser, builds, graph, renderer, settings);
        if (app) configs.push(app);
        if (earlier) earlierConfigs.push(earlier);
      }
      baselines.push(await measureBaseline(browser, served.base, graph, settings));
    }
    const bundle = await bundleFigures(outDir, settings.startup);
    const probe = graphs.find((g) => g.nodes === 5_000) ?? graphs[0];
    const auto = probe ? await probeAuto(browser, `${served.base}?graph=${probe.file}`) : null;
    return {
      configs,
      baselines,
      ...(options.against
        ? { earlier: { dir: path.resolve(options.against), configs: earlierConfigs } }
        : {}),
      ...bundle,
      browser: browser.version(),
      runs: settings.runs,
      changes: settings.changes,
      autoAt5k: probe?.nodes === 5_000 ? (auto?.renderer ?? null) : null,
      webglRenderer: auto?.webgl ?? '',
    };
  } finally {
    await browser?.close();
    await server?.close();
    await earlierServer?.close();
    await rm(tmp, { recursive: true, force: true });
  }
}
