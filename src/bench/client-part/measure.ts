/**
 * The whole client measurement: builds and serves the client, writes the generated graphs
 * beside it, runs every graph with every renderer several times and takes the medians,
 * then adds the bundle figures and what "Auto" picks.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import type { PreviewServer } from 'vite';
import { generateGraph } from '../../test-support/generateGraph.js';
import { load } from '../part.js';
import { bundleFigures } from './bundle.js';
import { oneRun, probeAuto } from './page-run.js';
import { LAUNCH_ARGS, buildClient, chromiumPath, serve } from './server.js';
import { medCpu, median, quantile } from './stats.js';
import {
  STEPS,
  type ClientBenchOptions,
  type ClientFigures,
  type ConfigFigures,
  type RunFigures,
  type Step,
} from './types.js';

export async function runClientBench(options: ClientBenchOptions = {}): Promise<ClientFigures> {
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const sizes = options.sizes ?? [1_000, 5_000, 20_000];
  const renderers = options.renderers ?? ['canvas', 'webgl'];
  const runs = options.runs ?? 3;
  const changes = options.changes ?? 20;
  const fps = options.fps ?? true;

  const tmp = await mkdtemp(path.join(tmpdir(), 'pa-bench-client-'));
  const outDir = options.dist ? path.resolve(options.dist) : path.join(tmp, 'dist');
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  try {
    if (!options.dist) await buildClient(outDir, log);
    const graphs: { nodes: number; edges: number; file: string; mb: number }[] = [];
    for (const n of sizes) {
      const g = generateGraph(n, 4);
      const json = JSON.stringify(g);
      const file = `bench-graph-${n}.json`;
      await writeFile(path.join(outDir, file), json);
      graphs.push({ nodes: g.nodes.length, edges: g.edges.length, file, mb: json.length / 1e6 });
    }
    const served = await serve(outDir);
    server = served.server;
    const executablePath = await chromiumPath();
    const { chromium } = await import('@playwright/test');
    browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: LAUNCH_ARGS,
    });
    const configs: ConfigFigures[] = [];
    const startup = new Set<string>();
    for (const g of graphs)
      for (const renderer of renderers) {
        const url = `${served.base}?graph=${g.file}&renderer=${renderer}`;
        const list: RunFigures[] = [];
        for (let r = 0; r < runs; r++) {
          const fig = await oneRun(browser, url, { changes, fps });
          for (const s of fig.startupScripts) startup.add(s);
          log(
            `  ${g.nodes} nodes, ${renderer} run ${r + 1}/${runs}: first frame ${fig.marks['first-frame']?.toFixed(0)} ms, ` +
              `filter p95 ${quantile(fig.filterMs, 0.95).toFixed(0)} ms, pan ${fig.panFps?.toFixed(0) ?? '-'} fps, ` +
              `zoom ${fig.zoomFps?.toFixed(0) ?? '-'} fps, heap ${fig.heapMB.toFixed(0)} MB (load ${load()})`,
          );
          list.push(fig);
        }
        const med = (f: (r: RunFigures) => number | null | undefined) => {
          const xs = list.map(f).filter((x): x is number => typeof x === 'number');
          return xs.length ? median(xs) : NaN;
        };
        const steps: Partial<Record<Step, number>> = {};
        for (const s of STEPS) steps[s] = med((r) => r.marks[s]);
        const fpsOf = (k: 'panFps' | 'zoomFps') => (fps ? med((r) => r[k]) : null);
        configs.push({
          nodes: g.nodes,
          edges: g.edges,
          graphMB: g.mb,
          renderer,
          runs: list,
          firstFrameMs: med((r) => r.marks['first-frame']),
          steps,
          // Per-run percentiles, then the median over runs.
          filterP50: med((r) => quantile(r.filterMs, 0.5)),
          filterP95: med((r) => quantile(r.filterMs, 0.95)),
          filterSyncP95: med((r) => quantile(r.filterSyncMs, 0.95)),
          panFps: fpsOf('panFps'),
          zoomFps: fpsOf('zoomFps'),
          heapMB: med((r) => r.heapMB),
          cpuFirstFrame: medCpu(list.map((r) => r.cpuFirstFrame)),
          cpuPerChange: medCpu(list.map((r) => r.cpuPerChange)),
          actualRenderer: list[0]?.renderer ?? '',
          drawnNodes: med((r) => r.drawnNodes),
        });
      }
    const bundle = await bundleFigures(outDir, startup);
    const probe = graphs.find((g) => g.nodes === 5_000) ?? graphs[0];
    const auto = probe ? await probeAuto(browser, `${served.base}?graph=${probe.file}`) : null;
    return {
      configs,
      ...bundle,
      browser: browser.version(),
      runs,
      changes,
      autoAt5k: probe?.nodes === 5_000 ? (auto?.renderer ?? null) : null,
      webglRenderer: auto?.webgl ?? '',
    };
  } finally {
    await browser?.close();
    await server?.close();
    await rm(tmp, { recursive: true, force: true });
  }
}
