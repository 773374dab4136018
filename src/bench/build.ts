/**
 * Build-step benchmark: generated corpora of several sizes plus the seeds, each built the
 * way `npm run graph` builds (load -> pipeline on worker threads -> write), in a fresh
 * child process so that memory and JIT state do not carry over from one size to the next.
 *
 * Per size it reports throughput (MB/s of document text, documents/s), the time per
 * document in the per-document stages (p50, p99), peak memory (the process's maximum RSS,
 * which covers the worker threads, checked against RSS sampled from outside), CPU time,
 * the time of each stage, and precision/recall of the relations against the generator's
 * ground truth. fcose layout is measured on its own, in another child, on each built
 * graph: the "default" quality, the "draft" quality and what the build uses.
 *
 * Timings start once the child has loaded its modules (about two seconds under tsx, the
 * same for every size) and include starting the worker threads.
 *
 * The code lives in ./build-part/ (types, runner, child, measure, checks, markdown,
 * format); this file re-exports what the rest of the bench imports, and is the part.
 */
import type { BenchPart } from './part.js';
import { buildChecks, cacheCheck } from './build-part/checks.js';
import { buildMarkdown } from './build-part/markdown.js';
import { runBuildBench } from './build-part/runner.js';

export { BUDGETS, buildChecks, stageShares } from './build-part/checks.js';
export { buildMarkdown } from './build-part/markdown.js';
export { layoutQuality } from './build-part/measure.js';
export { runBuildBench } from './build-part/runner.js';
export {
  FCOSE_LIMIT,
  type BuildBenchOptions,
  type BuildBenchResult,
  type BuildRun,
  type LayoutRun,
  type LayoutTiming,
} from './build-part/types.js';

export const buildPart: BenchPart = {
  name: 'build',
  title: 'Build step',
  async run(context) {
    const result = await runBuildBench({
      sizes: context.sizes,
      ...(context.workers !== undefined ? { workers: context.workers } : {}),
      log: context.log,
    });
    const checks = [...buildChecks(result.runs), cacheCheck(result.cacheRuns)];
    return { markdown: buildMarkdown(result, checks), checks };
  },
};
