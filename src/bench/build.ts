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
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../schema/graph.js';
import { runPipelineParallel } from '../build/parallel.js';
import { DEFAULT_DATA_DIR, TEXT_DIR } from '../build/pipeline.js';
import {
  FORCE_ABOVE,
  FORCE_TICKS,
  layoutAlgorithm,
  layoutGraph,
  type LayoutAlgorithm,
} from '../build/stages/layout.js';
import { loadInputs } from '../build/stages/load.js';
import { writeGraph } from '../build/stages/write.js';
import { generateCorpus, writeCorpus, type GroundTruth } from './generate.js';
import { checksTable, table, type BenchPart, type BudgetCheck } from './part.js';
import { scoreGraph, type RelationScore } from './score.js';

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
}

/**
 * fcose "default" quality is not timed above this many nodes: it grows with the square of
 * the graph (13–25 s at 1 075 nodes here; a one-off run at 6 313 nodes was stopped after
 * 25 CPU-minutes).
 */
export const FCOSE_LIMIT = 2500;

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '../..');

/** Runs this file in a child process and returns the JSON it prints last. */
function child<T>(args: string[], onRss: (rss: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, here, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    const timer = setInterval(() => {
      void readFile(`/proc/${proc.pid}/status`, 'utf8').then(
        (s) => {
          const kb = /VmRSS:\s+(\d+)/.exec(s)?.[1];
          if (kb) onRss(Number(kb) * 1024);
        },
        () => undefined,
      );
    }, 100);
    proc.on('error', reject);
    proc.on('close', (code) => {
      clearInterval(timer);
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) reject(new Error(`bench child ${args.join(' ')} exited with ${code}`));
      else
        try {
          resolve(JSON.parse(last) as T);
        } catch {
          reject(new Error(`bench child printed no result: ${last.slice(0, 200)}`));
        }
    });
  });
}

export async function runBuildBench(opts: BuildBenchOptions): Promise<BuildBenchResult> {
  const log = opts.log ?? (() => undefined);
  const runs: BuildRun[] = [];
  const layouts: LayoutRun[] = [];
  const work = await mkdtemp(path.join(tmpdir(), 'atlas-bench-'));
  try {
    const corpora: { label: string; dir: string; truth?: string }[] = [
      { label: 'seeds', dir: path.join(root, 'seeds') },
    ];
    for (const size of opts.sizes) {
      log(`generating ${size} documents`);
      const corpus = generateCorpus(size, opts.seed !== undefined ? { seed: opts.seed } : {});
      const written = await writeCorpus(corpus, path.join(work, `corpus-${size}`));
      corpora.push({ label: String(size), dir: written.documents, truth: written.truth });
    }
    for (const c of corpora) {
      log(`building ${c.label}`);
      const graphFile = path.join(work, `graph-${c.label}.json`);
      let sampled = 0;
      const args = ['--child-build', c.dir, '--graph', graphFile, '--label', c.label];
      if (c.truth) args.push('--truth', c.truth);
      if (opts.workers !== undefined) args.push('--workers', String(opts.workers));
      const run = await child<BuildRun>(args, (rss) => (sampled = Math.max(sampled, rss)));
      run.sampledRss = sampled;
      runs.push(run);
      log(
        `  ${run.documents} docs in ${(run.wallMs / 1000).toFixed(1)} s, ${run.nodes} nodes, ${run.edges} edges, peak ${(run.peakRss / 2 ** 20).toFixed(0)} MiB`,
      );
      log(`measuring layout on ${c.label}`);
      layouts.push(
        await child<LayoutRun>(['--child-layout', graphFile, '--label', c.label], () => undefined),
      );
      await rm(graphFile, { force: true });
      await rm(path.join(work, TEXT_DIR), { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { runs, layouts };
}

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);

/** Child: one build, measured. */
async function measureBuild(
  dir: string,
  graphFile: string,
  label: string,
  truthFile: string | undefined,
  workers: number | undefined,
): Promise<BuildRun> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const loaded = await loadInputs([dir]);
  const result = await runPipelineParallel(loaded.documents, {
    dataDir: DEFAULT_DATA_DIR,
    ...(workers !== undefined ? { workers } : {}),
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
async function measureLayout(graphFile: string, label: string): Promise<LayoutRun> {
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

async function childMain(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const label = arg('--label') ?? '';
  let out: unknown;
  const buildDir = arg('--child-build');
  const layoutFile = arg('--child-layout');
  if (buildDir) {
    const workers = arg('--workers');
    out = await measureBuild(
      buildDir,
      arg('--graph') ?? path.join(tmpdir(), 'atlas-bench-graph.json'),
      label,
      arg('--truth'),
      workers === undefined ? undefined : Number(workers),
    );
  } else if (layoutFile) out = await measureLayout(layoutFile, label);
  process.stdout.write(`\n${JSON.stringify(out)}\n`);
}

if (process.argv[1] === here && process.argv.some((a) => a.startsWith('--child-')))
  childMain(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });

// ---------------------------------------------------------------------------------------
// The build part of `npm run bench`: tables and budgets (issue 4).

const MB = 1e6;
const MiB = 2 ** 20;
const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const STAGES = ['clean', 'language', 'sentences', 'entities', 'resolve', 'relations', 'dates', 'graph', 'layout', 'validate']; // prettier-ignore

export const BUDGETS = {
  /** MB of text per CPU-second. */
  mbPerCoreSecond: 1,
  /** Cost per document at the largest size over the cost at a tenth of it. */
  growth: 1.5,
  p99Ms: 200,
  /** Peak RSS at 10 000 documents. */
  peakBytes: 2 * 2 ** 30,
};

/** CPU ms per document: the cost that must stay near-linear. */
const cpuPerDoc = (r: BuildRun) => r.cpuMs / r.documents;

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

export function buildMarkdown(result: BuildBenchResult, checks: BudgetCheck[]): string {
  const { runs, layouts } = result;
  const label = (r: { label: string }) =>
    r.label === 'seeds' ? 'seeds' : `${int(Number(r.label))} generated`;
  const out: string[] = [];
  out.push(
    '### Throughput, time per document, memory',
    '',
    table(
      [
        'corpus',
        'docs',
        'text MB',
        'workers',
        'wall s',
        'docs/s',
        'MB/s',
        'CPU s',
        'MB per CPU-s',
        'CPU ms/doc',
        'p50 ms/doc',
        'p99 ms/doc',
        'max ms/doc',
        'peak RSS MiB',
      ],
      runs.map((r) => [
        label(r),
        int(r.documents),
        fmt(r.textBytes / MB, 2),
        r.workers || 'in-process',
        fmt(r.wallMs / 1000),
        fmt(r.documents / (r.wallMs / 1000)),
        fmt(r.textBytes / MB / (r.wallMs / 1000), 2),
        fmt(r.cpuMs / 1000),
        fmt(r.textBytes / MB / (r.cpuMs / 1000), 2),
        fmt(cpuPerDoc(r)),
        fmt(r.p50Ms),
        fmt(r.p99Ms),
        fmt(r.maxMs),
        int(Math.max(r.peakRss, r.sampledRss) / MiB),
      ]),
    ),
    '',
    'Wall time covers load, pipeline and write, as `npm run graph` does them, including starting the worker threads (each loads the stages and builds its own gazetteer, a second or two); it starts after the process has loaded its modules. CPU time is the whole process, every thread. p50/p99 are the time a document spends in the per-document stages (clean → entities, relations → dates), measured in its worker. Peak RSS is the process maximum (getrusage), cross-checked with RSS sampled every 100 ms from outside.',
    '',
    '### Time per stage (ms, summed over threads)',
    '',
    table(
      ['corpus', ...STAGES],
      runs.map((r) => [label(r), ...STAGES.map((s) => int(r.stages[s] ?? 0))]),
    ),
    '',
  );
  const scored = runs.filter((r) => r.score);
  if (scored.length) {
    out.push(
      '### Extraction at scale (against the generator’s ground truth)',
      '',
      table(
        [
          'corpus',
          'relations stated',
          'edges found',
          'correct',
          'precision',
          'recall',
          'year right',
          'place right',
          'distractor pairs linked',
          'companies missing',
          'companies split',
          'spurious organisations',
        ],
        scored.map((r) => {
          const s = r.score as RelationScore;
          return [
            label(r),
            int(s.expected),
            int(s.predicted),
            int(s.correct),
            pct(s.precision),
            pct(s.recall),
            pct(s.yearAccuracy),
            pct(s.placeAccuracy),
            `${s.linkedDistractors} / ${s.distractors}`,
            s.missingCompanies,
            s.splitCompanies,
            s.spuriousOrganisations,
          ];
        }),
      ),
      '',
    );
    const big = scored[scored.length - 1]?.score;
    if (big)
      out.push(
        `By relation type, ${label(scored[scored.length - 1] as BuildRun)}:`,
        '',
        table(
          ['type', 'stated', 'found', 'correct', 'precision', 'recall'],
          Object.entries(big.byType).map(([t, v]) => [
            t,
            v.expected,
            v.predicted,
            v.correct,
            pct(v.predicted ? v.correct / v.predicted : 1),
            pct(v.expected ? v.correct / v.expected : 1),
          ]),
        ),
        '',
      );
  }
  out.push(
    '### Layout (build time)',
    '',
    table(
      [
        'corpus',
        'nodes',
        'edges',
        'fcose ms',
        'fcose draft ms',
        'force ms',
        'overlap fcose / draft / force',
        'median edge px fcose / draft / force',
        'the build uses',
      ],
      layouts.map((l) => {
        const q = (t: LayoutTiming | null, f: (t: LayoutTiming) => string) => (t ? f(t) : '–');
        return [
          label(l),
          int(l.nodes),
          int(l.edges),
          l.fcose ? int(l.fcose.ms) : `not run (> ${int(FCOSE_LIMIT)} nodes)`,
          int(l.fcoseDraft.ms),
          int(l.force.ms),
          [l.fcose, l.fcoseDraft, l.force].map((t) => q(t, (x) => pct(x.overlap))).join(' / '),
          [l.fcose, l.fcoseDraft, l.force].map((t) => q(t, (x) => int(x.medianEdge))).join(' / '),
          l.build,
        ];
      }),
    ),
    '',
    `The build lays out with fcose up to ${int(FORCE_ABOVE)} nodes and with the force layout (d3-force, Barnes–Hut, ${FORCE_TICKS} ticks) above (\`FORCE_ABOVE\` in src/build/stages/layout.ts); all three are deterministic (seeded). Overlap is the share of nodes whose centre is within 30 px (a node's size) of another's. fcose is not timed above ${int(FCOSE_LIMIT)} nodes: its time grows with the square of the graph, and a one-off run on the 6,313-node graph of 10,000 documents was stopped after 25 CPU-minutes.`,
    '',
    '### Budgets (issue 4)',
    '',
    checksTable(checks),
    '',
  );
  return out.join('\n');
}

export const buildPart: BenchPart = {
  name: 'build',
  title: 'Build step',
  async run(ctx) {
    const result = await runBuildBench({
      sizes: ctx.sizes,
      ...(ctx.workers !== undefined ? { workers: ctx.workers } : {}),
      log: ctx.log,
    });
    const checks = buildChecks(result.runs);
    return { markdown: buildMarkdown(result, checks), checks };
  },
};
