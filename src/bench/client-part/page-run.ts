/**
 * One run: opens a graph in a fresh browser context and takes every figure of it (marks
 * to the first frame, heap, CPU, filter changes, FPS); and the probe of what "Auto" picks.
 */
import type { Browser } from '@playwright/test';
import { childCpu, cpuDelta } from './cpu.js';
import { measureFilterChanges } from './filters.js';
import { measureFps } from './fps.js';
import type { RunFigures } from './types.js';

/** Records the page's long tasks (over 50 ms) from its start, in `__longTasks`. */
const LONG_TASKS = `globalThis.__longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) globalThis.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch {}`;

const hasMark = (name: string) => performance.getEntriesByName(`pa:${name}`).length > 0;

/**
 * While a graph drawn in parts fills in: two filter changes (a relation type off and on
 * again), timed as the others are but without idling first; then, once it is drawn whole,
 * the longest task since the first frame.
 */
async function duringFill(page: import('@playwright/test').Page, current: boolean) {
  // A graph drawn whole is marked filled with its first frame.
  const filling = current && !(await page.evaluate(hasMark, 'filled'));
  if (!filling) return { fillChangeMs: [], longestFillTaskMs: null };
  const fillChangeMs = (await measureFilterChanges(page, 2, { from: 2, idleMs: 0 })).total;
  await page.waitForFunction(hasMark, 'filled', { timeout: 180_000, polling: 50 });
  const longestFillTaskMs = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(`pa:${name}`)[0]?.startTime ?? 0;
    const [from, to] = [at('first-frame'), at('filled')];
    const tasks = (globalThis as unknown as { __longTasks: [number, number][] }).__longTasks;
    const during = tasks.filter(([start]) => start >= from && start < to).map(([, d]) => d);
    return to > from ? Math.max(0, ...during) : null;
  });
  return { fillChangeMs, longestFillTaskMs };
}

/**
 * Whether the page is a build that says what its first frame drew (and so marks pa:filled
 * and pa:labelled); an earlier one (--against) may mark neither.
 */
function marksParts(page: import('@playwright/test').Page) {
  return page.evaluate(
    () =>
      (performance.getEntriesByName('pa:first-frame')[0] as PerformanceMark | undefined)?.detail !=
      null,
  );
}

export async function oneRun(
  browser: Browser,
  url: string,
  options: { changes: number; fps: boolean },
): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    // tsx (esbuild, keepNames) wraps named functions in the code we pass to
    // page.evaluate with a `__name` helper that only exists in Node.
    await context.addInitScript('globalThis.__name ??= (f) => f;');
    await context.addInitScript(LONG_TASKS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu0 = await childCpu(browser);
    await page.goto(url);
    await page
      .waitForFunction(() => performance.getEntriesByName('pa:first-frame').length > 0, null, {
        timeout: 180_000,
        polling: 50,
      })
      .catch((err: unknown) => {
        throw new Error(`no first frame for ${url}: ${errors.join('; ') || String(err)}`);
      });
    const cpu1 = await childCpu(browser);
    const current = await marksParts(page);
    const fill = await duringFill(page, current);
    if (current) await page.waitForFunction(hasMark, 'labelled', { timeout: 60_000, polling: 50 });
    const info = await page.evaluate(() => {
      const marks: Record<string, number> = {};
      for (const m of performance.getEntriesByType('mark'))
        if (m.name.startsWith('pa:')) marks[m.name.slice(3)] = m.startTime;
      const first = marks['first-frame'] ?? Infinity;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js') && r.startTime < first)
        .map((r) => new URL(r.name).pathname.replace(/^\//, ''));
      const graph = document.querySelector('[data-testid="graph"]');
      return { marks, scripts, renderer: graph?.getAttribute('data-renderer') ?? '' };
    });
    // The status line: "N companies · N organisations · N people · N places · N relations
    // shown (of M)".
    const status = (await page.getByRole('status').first().textContent()) ?? '';
    const nums = [...status.matchAll(/\d+/g)].map((m) => Number(m[0]));
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    const cpu2 = await childCpu(browser);
    const filters = await measureFilterChanges(page, options.changes);
    const cpu3 = await childCpu(browser);
    const fps = options.fps ? await measureFps(page) : null;
    if (errors.length) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
    return {
      marks: info.marks,
      ...fill,
      renderer: info.renderer,
      drawnNodes: (nums[0] ?? 0) + (nums[1] ?? 0) + (nums[2] ?? 0) + (nums[3] ?? 0),
      drawnEdges: nums[4] ?? 0,
      filterMs: filters.total,
      filterSyncMs: filters.sync,
      panFps: fps?.pan ?? null,
      zoomFps: fps?.zoom ?? null,
      heapMB: heap / 1e6,
      cpuFirstFrame: cpuDelta(cpu0, cpu1),
      cpuPerChange: ((d) =>
        d ? { renderer: d.renderer / options.changes, gpu: d.gpu / options.changes } : null)(
        cpuDelta(cpu2, cpu3),
      ),
      startupScripts: info.scripts,
    };
  } finally {
    await context.close();
  }
}

/** What "Auto" picks (no ?renderer), and the WebGL implementation the browser reports. */
export async function probeAuto(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('graph').waitFor({ timeout: 180_000 });
    const renderer = (await page.getByTestId('graph').getAttribute('data-renderer')) ?? '';
    const webgl = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'none';
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
    return { renderer, webgl };
  } finally {
    await context.close();
  }
}
