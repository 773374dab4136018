/**
 * The bare-Cytoscape baseline (src/bench/bare/): built beside the client, opened on the
 * same graphs in the same run, and timed the same way, so the report can give the app's
 * first frame and filter change as ratios to what Cytoscape alone takes on this machine.
 */
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { childCpu, cpuDelta } from './cpu.js';
import { median, medianCpu, quantile } from './stats.js';
import type { BaselineFigures, Cpu } from './types.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The folder of the built baseline page, inside the served client build. */
export const BARE_DIR = 'bare-cytoscape';

/** Builds src/bench/bare/ into <outDir>/bare-cytoscape/, apart from the app's chunks. */
export async function buildBaseline(outDir: string, log: (s: string) => void): Promise<void> {
  const target = path.join(outDir, BARE_DIR);
  log(`vite build (bare Cytoscape) -> ${target}`);
  const { build } = await import('vite');
  await build({
    root: path.join(ROOT, 'src/bench/bare'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: target, emptyOutDir: true },
  });
}

/** Timings of the baseline's changes (window.__bareChange), as the app's filter changes are. */
async function timeChanges(page: import('@playwright/test').Page, count: number) {
  return page.evaluate(async (count) => {
    const nextPaint = () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
      );
    const idle = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const change = window.__bareChange;
    if (!change) throw new Error('the baseline page has no __bareChange');
    const total: number[] = [];
    for (let i = 0; i < count; i++) {
      await idle(250);
      await nextPaint();
      const started = performance.now();
      change(i);
      await nextPaint();
      total.push(performance.now() - started);
    }
    return total;
  }, count);
}

/** One run of the baseline on one graph, in a fresh browser context. */
async function oneBaselineRun(browser: Browser, url: string, changes: number) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.addInitScript('globalThis.__name ??= (f) => f;');
    const page = await context.newPage();
    const cpuBefore = await childCpu(browser);
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('pa:first-frame').length > 0,
      null,
      { timeout: 180_000, polling: 50 },
    );
    const cpu = cpuDelta(cpuBefore, await childCpu(browser));
    const firstFrameMs = await page.evaluate(
      () => performance.getEntriesByName('pa:first-frame')[0]?.startTime ?? NaN,
    );
    return { firstFrameMs, cpu, filterMs: await timeChanges(page, changes) };
  } finally {
    await context.close();
  }
}

export async function measureBaseline(
  browser: Browser,
  base: string,
  graph: { nodes: number; edges: number; file: string },
  settings: { runs: number; changes: number; log: (s: string) => void },
): Promise<BaselineFigures> {
  const url = `${base}${BARE_DIR}/index.html?graph=${graph.file}`;
  const firstFrames: number[] = [];
  const cpus: (Cpu | null)[] = [];
  const p95s: number[] = [];
  for (let run = 0; run < settings.runs; run++) {
    const figures = await oneBaselineRun(browser, url, settings.changes);
    firstFrames.push(figures.firstFrameMs);
    cpus.push(figures.cpu);
    p95s.push(quantile(figures.filterMs, 0.95));
    settings.log(
      `  ${graph.nodes} nodes, bare Cytoscape run ${run + 1}/${settings.runs}: first frame ` +
        `${figures.firstFrameMs.toFixed(0)} ms, change p95 ${quantile(figures.filterMs, 0.95).toFixed(0)} ms`,
    );
  }
  return {
    nodes: graph.nodes,
    edges: graph.edges,
    firstFrameMs: median(firstFrames),
    cpuFirstFrame: medianCpu(cpus),
    filterP95: median(p95s),
  };
}
