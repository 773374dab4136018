/** The build budgets, checked on the measured runs. */
import type { BudgetCheck } from '../part.js';
import { MB, MiB, fmt, int, pct } from './format.js';
import { CACHE_CORPUS, type BuildRun } from './types.js';

export const BUDGETS = {
  /** MB of text per CPU-second, over every thread, at the largest size. */
  mbPerCoreSecond: 0.6,
  /** Cost per document at the largest size over the cost at a tenth of it. */
  growth: 1.5,
  p99Ms: 200,
  /** Peak RSS at 10 000 documents. */
  peakBytes: 2 * 2 ** 30,
  /** A second build of unchanged documents is at least this many times faster. */
  cacheSpeedup: 5,
};

/** The second build of unchanged documents against the first, through the cache. */
export function cacheCheck(cacheRuns: readonly BuildRun[]): BudgetCheck {
  const [cold, warm] = cacheRuns;
  const name = `second build of ${int(CACHE_CORPUS)} unchanged documents, through the cache`;
  const limit = `≥ ${BUDGETS.cacheSpeedup}× faster`;
  if (!cold || !warm)
    return { name, limit, measured: '–', ok: null, note: `needs --sizes …,${CACHE_CORPUS}` };
  const speedup = cold.wallMs / warm.wallMs;
  return {
    name,
    limit,
    measured: `${fmt(speedup)}×`,
    ok: speedup >= BUDGETS.cacheSpeedup,
    note: `wall clock ${fmt(cold.wallMs / 1000)} s then ${fmt(warm.wallMs / 1000)} s; ${warm.cached} of ${warm.documents} documents from the cache`,
  };
}

/** CPU ms per document: the cost that must stay near-linear. */
export const cpuPerDoc = (r: BuildRun) => r.cpuMs / r.documents;

/** Each stage's share of the summed stage time, largest first. */
export function stageShares(run: BuildRun): [string, number][] {
  const total = Object.values(run.stages).reduce((a, b) => a + b, 0) || 1;
  return Object.entries(run.stages)
    .map(([k, v]): [string, number] => [k, v / total])
    .sort((a, b) => b[1] - a[1]);
}

export function buildChecks(runs: BuildRun[]): BudgetCheck[] {
  const seedsRun = runs.find((r) => !r.score);
  const generated = runs.filter((r) => r.score);
  const largest = generated.reduce<BuildRun | undefined>(
    (a, r) => (!a || r.documents > a.documents ? r : a),
    undefined,
  );
  const tenth = largest && generated.find((r) => r.documents * 10 === largest.documents);
  const at10k = generated.find((r) => r.documents === 10_000);
  const checks: BudgetCheck[] = [];
  if (largest) {
    const perCore = largest.textBytes / MB / (largest.cpuMs / 1000);
    const wallPerCore =
      largest.textBytes / MB / (largest.wallMs / 1000) / Math.max(1, largest.workers);
    checks.push({
      name: `text per core, ${int(largest.documents)} documents`,
      limit: `≥ ${BUDGETS.mbPerCoreSecond} MB/s`,
      measured: `${fmt(perCore, 2)} MB/s`,
      ok: perCore >= BUDGETS.mbPerCoreSecond,
      note: `MB of text per CPU-second over all threads; per worker by wall clock: ${fmt(wallPerCore, 2)} MB/s. Most time goes to ${stageShares(
        largest,
      )
        .slice(0, 3)
        .map(([st, share]) => `${st} ${pct(share)}`)
        .join(', ')} of stage time`,
    });
    checks.push({
      name: `p99 per document, ${int(largest.documents)} documents`,
      limit: `≤ ${BUDGETS.p99Ms} ms`,
      measured: `${fmt(largest.p99Ms)} ms`,
      ok: largest.p99Ms <= BUDGETS.p99Ms,
      note: 'time in the per-document stages, measured inside the worker',
    });
  }
  checks.push(
    largest && tenth
      ? (() => {
          const ratio = cpuPerDoc(largest) / cpuPerDoc(tenth);
          const wallRatio = largest.wallMs / largest.documents / (tenth.wallMs / tenth.documents);
          return {
            name: `cost per document, ${int(largest.documents)} vs ${int(tenth.documents)} documents`,
            limit: `≤ ${BUDGETS.growth}×`,
            measured: `${fmt(ratio, 2)}×`,
            ok: ratio <= BUDGETS.growth,
            note:
              `CPU ms per document ${fmt(cpuPerDoc(largest))} vs ${fmt(cpuPerDoc(tenth))}; by wall clock ${fmt(wallRatio, 2)}×` +
              (ratio < 1
                ? `. Below 1 because fixed costs (starting the workers, each loading the stages and its gazetteer${seedsRun ? `: the ${seedsRun.documents} seeds cost ${fmt(seedsRun.cpuMs / 1000)} CPU-s` : ''}) weigh more at the smaller size`
                : ''),
          };
        })()
      : {
          name: 'cost per document, 10,000 vs 1,000 documents',
          limit: `≤ ${BUDGETS.growth}×`,
          measured: '–',
          ok: null,
          note: 'needs two sizes ten times apart, e.g. --sizes 1000,10000',
        },
  );
  checks.push(
    at10k
      ? {
          name: 'peak memory, 10,000 documents',
          limit: '≤ 2 GiB',
          measured: `${int(at10k.peakRss / MiB)} MiB`,
          ok: at10k.peakRss <= BUDGETS.peakBytes,
          note: 'maximum RSS of the build process, worker threads included',
        }
      : {
          name: 'peak memory, 10,000 documents',
          limit: '≤ 2 GiB',
          measured: '–',
          ok: null,
          note: 'needs --sizes …,10000',
        },
  );
  return checks;
}
