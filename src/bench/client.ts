/**
 * The client part of `npm run bench`: time to the first frame, filter changes, frame rate
 * and the size of the initial JavaScript.
 *
 * Builds the production client (`vite build` into a temporary folder), serves it with
 * `vite preview` on a free port, writes generated graphs of 1k, 5k and 20k nodes (about
 * 4 relations per node, src/test-support/generateGraph.ts, deterministic) beside it, and
 * opens each with `?graph=…&renderer=canvas|webgl` in headless Chromium (Playwright's
 * own, or /usr/bin/chromium when Playwright has none, or PW_CHROMIUM). Every figure is
 * the median of several runs, each in a fresh browser context (empty cache).
 *
 * What is measured, and how:
 *
 * - **First frame**: the app sets `performance.mark('pa:first-frame')` at the start of
 *   the first animation frame after the one in which Cytoscape first drew the graph
 *   (src/client/perf.ts). Its startTime is milliseconds since navigation start. The
 *   marks before it (fetch, parse, validation, index, Cytoscape created) say where the
 *   time goes.
 * - **Filter change**: 20 changes made through the real controls (Region select,
 *   relation and entity type checkboxes, year inputs, "Include undated"), each
 *   dispatched inside `page.evaluate` as the DOM event React listens to. The clock starts
 *   just before the dispatch and stops in a task posted from the next
 *   requestAnimationFrame callback: by then the store, React and the Cytoscape batch have
 *   run (synchronously, in the event), Cytoscape has drawn the frame (its own rAF
 *   callback runs before ours) and the browser has painted it (a posted message runs
 *   after the rendering step). Between changes the page idles for 250 ms.
 * - **FPS**: requestAnimationFrame callbacks counted in the page during a real mouse
 *   drag (pan, 2 s) and real wheel steps (zoom in and out, 2 s), sent by Playwright as
 *   trusted input, so Cytoscape's "while the viewport moves" shortcuts apply as they do
 *   for users. Headless Chromium here draws WebGL in software (SwiftShader): FPS is a
 *   regression signal, not a prediction for a real GPU, and has no budget.
 * - **Memory**: JSHeapUsedSize from CDP Performance.getMetrics, after a forced garbage
 *   collection, once the first frame is drawn.
 * - **Bundle**: every JavaScript file the page fetched before its first frame (entry,
 *   modulepreloads and the chunks requested at start-up), raw and gzip (zlib level 6,
 *   as a web server would send it; kB = 1,000 bytes), and every other chunk as lazy.
 *
 * The code lives in ./client-part/ (types, server, measure, page-run, filters, fps, cpu,
 * bundle, stats, budgets, report); this file re-exports what the rest of the bench
 * imports, and is the part and the command line. (Not ./client/: the lint rule that keeps
 * the build step away from src/client matches any folder named client.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { load, machine, replaceSection, type BenchPart } from './part.js';
import { runClientBench } from './client-part/measure.js';
import { clientReport } from './client-part/report.js';
import type { Renderer } from './client-part/types.js';

export { budgetChecks } from './client-part/budgets.js';
export { runClientBench } from './client-part/measure.js';
export { clientReport } from './client-part/report.js';
export { median, quantile } from './client-part/stats.js';
export type {
  ChunkFigures,
  ClientBenchOptions,
  ClientFigures,
  ConfigFigures,
  Renderer,
  RunFigures,
} from './client-part/types.js';

export const clientPart: BenchPart = {
  name: 'client',
  title: 'Client (Chromium)',
  async run(context) {
    // context.sizes are corpus sizes for the build part; the client uses its own graph sizes.
    return clientReport(
      await runClientBench({
        log: context.log,
        ...(context.against ? { against: context.against } : {}),
      }),
    );
  },
};

// --- standalone: `npx tsx src/bench/client.ts [--runs 3] [--sizes 1000,5000] ...` -----------

async function main(argv: string[]): Promise<void> {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string' },
      sizes: { type: 'string' },
      renderers: { type: 'string' },
      changes: { type: 'string' },
      'no-fps': { type: 'boolean', default: false },
      dist: { type: 'string' },
      against: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const runs = values.runs ? Number(values.runs) : 3;
  const started = new Date();
  const loadBefore = load();
  const result = await runClientBench({
    runs,
    ...(values.sizes ? { sizes: values.sizes.split(',').map(Number) } : {}),
    ...(values.renderers ? { renderers: values.renderers.split(',') as Renderer[] } : {}),
    ...(values.changes ? { changes: Number(values.changes) } : {}),
    fps: !values['no-fps'],
    ...(values.dist ? { dist: values.dist } : {}),
    ...(values.against ? { against: values.against } : {}),
  });
  const report = clientReport(result);
  if (values.json) await writeFile(values.json, JSON.stringify(result, null, 2));
  process.stdout.write(`${report.markdown}\n`);
  if (values.out) {
    const out = path.resolve(values.out);
    const doc = await readFile(out, 'utf8').catch(() => '# Performance\n');
    const body = [
      `## ${clientPart.title}`,
      '',
      `Measured ${started.toISOString().replace('T', ' ').slice(0, 16)} UTC with ` +
        `\`npx tsx src/bench/client.ts ${argv.join(' ')}\` on ${machine()}. Load average ` +
        `(1/5/15 min) ${loadBefore} before, ${load()} after.`,
      '',
      report.markdown,
    ].join('\n');
    await writeFile(out, `${replaceSection(doc, clientPart.name, body).trimEnd()}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
