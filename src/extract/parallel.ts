/**
 * The pipeline across worker threads, with a hard time budget per document.
 *
 * The document phases of the stage list (pipeline.ts) go to a pool of worker threads,
 * each with its own Context built once; the corpus stages run here. Results are put back
 * in document-id order, so the graph is byte-identical to a run in one thread. A worker
 * that spends longer than the budget on one document, or crashes on it, is replaced: the
 * document is reported as a Problem and the build goes on.
 *
 * Workers run TypeScript under tsx and vitest: Node 20 does not apply `--import` loader
 * hooks to a worker's entry module, so each worker starts from a small JavaScript
 * bootstrap that registers tsx's loader, then imports its entry.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { runBatchCached, type DocumentCache } from './cache.js';
import { createContext, type Context } from './knowledge/context.js';
import { isIndexKept, type IndexCache } from './knowledge/index-cache.js';
import { KNOWN_ORGANISATIONS_CODEC } from './knowledge/known-organisations.js';
import { STAGES, type DocumentStage, type PipelineDocument, type Stage } from './pipeline.js';
import {
  budgetReason,
  DEFAULT_BUDGET_MS,
  documentPhases,
  errorReason,
  pipelineSteps,
  reportFailures,
  resultOf,
  runBatchInProcess,
  runDocumentStages,
  type BatchFailure,
  type DocumentBatch,
  type PipelineOptions,
  type PipelineResult,
} from './runner.js';
import type { Problem, RawDocument } from './types.js';

export interface ParallelOptions extends PipelineOptions {
  /**
   * Worker threads; 1 runs everything in this process, without the hard budget. Default:
   * one per core, but no more than one per DOCUMENTS_PER_WORKER documents, since a worker
   * takes a second or two to start.
   */
  workers?: number;
  /** The worker entry module; tests point it at a worker with an injected slow stage. */
  workerUrl?: URL;
  /** Outputs of document phases kept from earlier builds (cache.ts); none by default. */
  cache?: DocumentCache;
  /** This thread's Context, when the caller has one already (built from dataDir if not). */
  context?: Context;
}

export interface ParallelResult extends PipelineResult {
  /** Time each document spent in the document phases, ms, by document id. */
  documentMs: Map<string, number>;
  /** Worker threads used; 0 when everything ran in this process. */
  workers: number;
}

/** Messages between the pool and its workers. `phase` indexes the document phases. */
type ToWorker = { type: 'task'; task: number; phase: number; doc: PipelineDocument };
type Finished = { type: 'done'; task: number; ms: number; timings: Record<string, number> };
type FromWorker =
  | { type: 'ready' }
  | (Finished & { ok: true; doc: PipelineDocument })
  | (Finished & { ok: false; reason: string });

export interface WorkerConfig {
  dataDir: string;
  corrections?: string;
  indexCache?: IndexCache;
  budgetMs: number;
}

/** A worker costs about as much to start as a hundred documents take to analyse. */
export const DOCUMENTS_PER_WORKER = 100;

/** How many worker threads a corpus of `documents` gets (see ParallelOptions.workers). */
export function workerCount(documents: number, requested?: number): number {
  const auto = Math.min(availableParallelism(), Math.ceil(documents / DOCUMENTS_PER_WORKER));
  return Math.max(1, Math.min(requested ?? auto, documents));
}

/** Runs one task of a worker: the document phase on the document. */
function runTask(
  message: ToWorker,
  phases: readonly (readonly DocumentStage[])[],
  context: Context,
  budgetMs: number,
): FromWorker {
  const timings: Record<string, number> = {};
  const started = performance.now();
  const done = { type: 'done' as const, task: message.task, timings };
  try {
    const stages = phases[message.phase];
    if (!stages) throw new Error(`no document phase ${message.phase}`);
    const doc = runDocumentStages(stages, message.doc, context, budgetMs, timings);
    return { ...done, ok: true, doc, ms: performance.now() - started };
  } catch (err) {
    return { ...done, ok: false, reason: errorReason(err), ms: performance.now() - started };
  }
}

/**
 * Worker side: builds the Context once, says ready, then runs documents as they come.
 * Called by worker.ts, and by test workers with a wrapped stage; the stage list must have
 * the same document phases as the main thread's.
 */
export function serveDocuments(stages: readonly Stage[] = STAGES): void {
  const port = parentPort;
  if (!port) throw new Error('serveDocuments runs in a worker thread');
  const config = workerData as WorkerConfig;
  const context = createContext(config.dataDir, config.corrections, config.indexCache);
  const phases = documentPhases(stages);
  port.on('message', (message: ToWorker) =>
    port.postMessage(runTask(message, phases, context, config.budgetMs)),
  );
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}

/** Starts a worker on `entry`, through tsx's loader when the entry is TypeScript. */
function startWorker(entry: URL, config: WorkerConfig): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: config });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: config });
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: number | null;
  timer: NodeJS.Timeout | null;
}

interface BatchRun {
  batch: DocumentBatch;
  next: number;
  done: number;
  failures: BatchFailure[];
  onDone: (index: number, ms: number) => void;
  resolve: (failures: BatchFailure[]) => void;
  reject: (err: Error) => void;
}

/**
 * A fixed number of worker threads that run documents one at a time each, with a hard
 * per-document budget. Replaces any worker it has to terminate or that crashes.
 */
export class DocumentPool {
  private readonly slots: Slot[] = [];
  private run: BatchRun | null = null;
  /** Set when a worker cannot even start: the pool is unusable. */
  private broken: Error | null = null;
  private closed = false;
  /** Stage timings summed over every worker. */
  readonly timings: Record<string, number> = {};

  constructor(
    readonly size: number,
    private readonly config: WorkerConfig,
    private readonly entry: URL = new URL(
      import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js',
      import.meta.url,
    ),
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = {
      worker: startWorker(this.entry, this.config),
      ready: false,
      task: null,
      timer: null,
    };
    slot.worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
    slot.worker.on('error', (err: unknown) => this.onExit(slot, errorReason(err)));
    slot.worker.on('exit', (code) => this.onExit(slot, `worker exited with code ${code}`));
    return slot;
  }

  private retire(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate();
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const run = this.run;
    if (slot.task !== message.task || !run) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    addTimings(this.timings, message.timings);
    if (message.ok) run.batch.outputs[message.task] = message.doc;
    else run.failures.push({ index: message.task, reason: message.reason });
    this.complete(run, message.task, message.ms);
  }

  /** A worker died: its document (if any) failed, and a new worker replaces it. */
  private onExit(slot: Slot, reason: string): void {
    const at = this.slots.indexOf(slot);
    if (at < 0 || this.closed) return;
    this.retire(slot);
    if (!slot.ready) {
      // Dying before it is ready is no document's fault: the pool cannot work.
      this.broken = new Error(`a worker thread failed to start: ${reason}`);
      this.run?.reject(this.broken);
      this.run = null;
      return;
    }
    this.slots[at] = this.spawn();
    const run = this.run;
    if (slot.task !== null && run) {
      run.failures.push({ index: slot.task, reason: `worker crashed: ${reason}` });
      this.complete(run, slot.task, 0);
    }
  }

  private overBudget(slot: Slot, task: number): void {
    const run = this.run;
    const at = this.slots.indexOf(slot);
    if (slot.task !== task || !run || at < 0) return;
    this.retire(slot);
    this.slots[at] = this.spawn();
    run.failures.push({ index: task, reason: budgetReason(this.config.budgetMs) });
    this.complete(run, task, this.config.budgetMs);
  }

  private complete(run: BatchRun, task: number, ms: number): void {
    run.onDone(task, ms);
    run.done++;
    if (run.done < run.batch.inputs.length) this.dispatch();
    else {
      this.run = null;
      run.resolve(run.failures.sort((a, b) => a.index - b.index));
    }
  }

  private dispatch(): void {
    const run = this.run;
    if (!run) return;
    for (const slot of this.slots) {
      if (!slot.ready || slot.task !== null || run.next >= run.batch.inputs.length) continue;
      const task = run.next++;
      slot.task = task;
      const doc = run.batch.inputs[task] as PipelineDocument;
      slot.worker.postMessage({
        type: 'task',
        task,
        phase: run.batch.index,
        doc,
      } satisfies ToWorker);
      slot.timer = setTimeout(() => this.overBudget(slot, task), this.config.budgetMs);
    }
  }

  /**
   * Runs every document of the batch and fills batch.outputs in input order. Resolves
   * with the documents that failed, by index.
   */
  runBatch(
    batch: DocumentBatch,
    onDone: (index: number, ms: number) => void = () => undefined,
  ): Promise<BatchFailure[]> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error('the document pool is closed'));
    if (this.run) return Promise.reject(new Error('the document pool is busy'));
    if (batch.inputs.length === 0) return Promise.resolve([]);
    return new Promise<BatchFailure[]>((resolve, reject) => {
      this.run = { batch, next: 0, done: 0, failures: [], onDone, resolve, reject };
      this.dispatch();
    });
  }

  /** Terminates the workers. Safe to call more than once. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.splice(0).map(async (slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.worker.removeAllListeners();
        slot.worker.on('error', () => undefined);
        await slot.worker.terminate();
      }),
    );
  }
}

function addTimings(into: Record<string, number>, from: Record<string, number>): void {
  for (const [stage, ms] of Object.entries(from)) into[stage] = (into[stage] ?? 0) + ms;
}

interface BatchRunner {
  pool: DocumentPool | null;
  context: Context;
  budgetMs: number;
  timings: Record<string, number>;
  cache: DocumentCache | undefined;
}

/** Runs each batch on the pool, or in this process when there is none, through the cache. */
async function runBatch(
  batch: DocumentBatch,
  runner: BatchRunner,
  onDone: (index: number, ms: number) => void,
): Promise<BatchFailure[]> {
  const { pool, context, budgetMs, timings, cache } = runner;
  const run = (part: DocumentBatch, done: (index: number, ms: number) => void) =>
    pool
      ? pool.runBatch(part, done)
      : Promise.resolve(runBatchInProcess(part, context, budgetMs, timings, done));
  return cache ? runBatchCached(batch, cache, run, onDone) : run(batch, onDone);
}

/** What a build would hand the cache: each document's first-phase key and whether it is kept. */
function firstPhaseKeys(raw: readonly RawDocument[], cache: DocumentCache) {
  const first = documentPhases(STAGES)[0] ?? [];
  const keys = raw.map((doc) => cache.keyOf(first, doc));
  return { keys, misses: keys.filter((key) => !cache.has(key)).length };
}

/** The corpus settings that decide the graph besides the documents. */
function corpusSettings(options: ParallelOptions) {
  const { texts, inlineLimitChars, layout } = options;
  return { texts, inlineLimitChars, layout, budget: options.documentBudgetMs };
}

/**
 * The pipeline through the cache: when every document and setting is as in a build kept
 * before, its result is reused whole (nothing to analyse, no corpus stage to run);
 * otherwise only the documents not seen before are analysed, and a clean result is kept.
 */
async function runCachedPipeline(
  raw: readonly RawDocument[],
  options: ParallelOptions & { cache: DocumentCache },
): Promise<ParallelResult> {
  const { cache } = options;
  const { keys, misses } = firstPhaseKeys(raw, cache);
  const buildKey = cache.buildKeyOf(keys, corpusSettings(options));
  const kept = misses === 0 ? cache.getBuild(buildKey) : undefined;
  if (kept) {
    cache.counts.cached += raw.length;
    return { ...kept, timings: {}, documentMs: new Map(), workers: 0 };
  }
  const result = await runStages(raw, options, misses);
  if (result.problems.length === 0) {
    const { graph, problems, texts } = result;
    cache.setBuild(buildKey, { graph, problems, texts, timings: {} });
  }
  return result;
}

function workerConfig(options: ParallelOptions, budgetMs: number): WorkerConfig {
  const { dataDir, corrections, indexCache } = options;
  return {
    dataDir,
    budgetMs,
    ...(corrections !== undefined ? { corrections } : {}),
    ...(indexCache ? { indexCache } : {}),
  };
}

/**
 * The pipeline with its document phases on worker threads. Same stages, same order, same
 * bytes as runPipeline; `workers: 1` runs in this process (no hard budget then: only the
 * check at the end of each stage).
 */
export async function runPipelineParallel(
  raw: readonly RawDocument[],
  options: ParallelOptions,
): Promise<ParallelResult> {
  const { cache } = options;
  return cache
    ? runCachedPipeline(raw, { ...options, cache })
    : runStages(raw, options, raw.length);
}

/** This thread's Context; `deferIndexes` when workers analyse the documents. */
const contextOf = (options: ParallelOptions, deferIndexes = false): Context =>
  options.context ??
  createContext(options.dataDir, options.corrections, options.indexCache, deferIndexes);

const indexNotKept = (options: ParallelOptions): boolean =>
  !options.context &&
  options.indexCache !== undefined &&
  !isIndexKept(options.indexCache, KNOWN_ORGANISATIONS_CODEC.name);

/** The stages, with workers for `toAnalyse` documents (the others come from the cache). */
async function runStages(
  raw: readonly RawDocument[],
  options: ParallelOptions,
  toAnalyse: number,
): Promise<ParallelResult> {
  const budgetMs = options.documentBudgetMs ?? DEFAULT_BUDGET_MS;
  const size = workerCount(toAnalyse, options.workers);
  const problems: Problem[] = [];
  const timings: Record<string, number> = {};
  const documentMs = new Map<string, number>();
  const pooled = toAnalyse > 0 && (options.workers !== 1 || options.workerUrl !== undefined);
  // Workers start (and build their contexts) while this thread builds its own, which reads
  // the index of known organisations only when the corpus stages need it, from the cache
  // by then. When the index is not kept yet and several workers start, this thread builds
  // and keeps it first, so that they read it instead of each building it again.
  const early = pooled && size > 1 && indexNotKept(options) ? contextOf(options) : undefined;
  const pool = pooled
    ? new DocumentPool(size, workerConfig(options, budgetMs), options.workerUrl)
    : null;
  try {
    const context = early ?? contextOf(options, pool !== null);
    const steps = pipelineSteps(raw, options, context, timings);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        if (pool) addTimings(timings, pool.timings);
        return { ...resultOf(step.value, problems, timings), documentMs, workers: pool ? size : 0 };
      }
      const batch = step.value;
      let done = 0;
      const onDone = (index: number, ms: number) => {
        const id = batch.inputs[index]?.id;
        if (id !== undefined) documentMs.set(id, (documentMs.get(id) ?? 0) + ms);
        done++;
        if (batch.index === 0) options.onProgress?.(done, batch.inputs.length);
      };
      const runner = { pool, context, budgetMs, timings, cache: options.cache };
      const failures = await runBatch(batch, runner, onDone);
      reportFailures(batch, failures, problems);
      // Free the workers' memory before the corpus stages after the last document phase.
      if (batch.last && pool) await pool.close();
    }
  } finally {
    await pool?.close();
  }
}
