/**
 * The pipeline across worker threads, with a hard time budget per document.
 *
 * pipeline.ts says in which order the stages run (pipelineSteps); this module is a second
 * driver for it. The per-document phases (analyse: clean -> ... -> entities; relate:
 * relations -> dates) go to a pool of worker threads, each with its own Context built
 * once; the corpus stages (resolve, graph, layout, validate) run here. Results are put
 * back in document-id order, so the graph is byte-identical to a run in one thread.
 *
 * A worker that spends longer than the budget on one document is terminated: the
 * document is reported as a Problem ("took longer than its N ms budget") and a new worker
 * takes its place, so a pathological document cannot stall the build. A worker that
 * crashes on a document is handled the same way.
 *
 * Workers run TypeScript: when this module is itself TypeScript (tsx, vitest), each worker
 * first registers tsx's loader (tsx/esm/api `register()`), then imports its entry. Node 20
 * does not apply `--import tsx` hooks to a worker's entry module (privatenumber/tsx#354),
 * so the worker starts from a tiny JavaScript bootstrap instead.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import {
  analyseDocument,
  createContext,
  pipelineSteps,
  relateDocument,
  runDocument,
  type Context,
  type DocumentBatch,
  type PipelineOptions,
  type PipelineResult,
} from './pipeline.js';
import type {
  DatedDocument,
  EntityDocument,
  Problem,
  RawDocument,
  ResolvedDocument,
} from './types.js';

export interface ParallelOptions extends PipelineOptions {
  /**
   * Worker threads; 1 runs everything in this process, without the hard budget. Default:
   * one per core (os.availableParallelism()), but no more than one per
   * DOCUMENTS_PER_WORKER documents, since a worker takes a second or two to start.
   */
  workers?: number;
  /** The worker entry module; tests point it at a worker with an injected slow stage. */
  workerUrl?: URL;
}

export interface ParallelResult extends PipelineResult {
  /** Time each document spent in the per-document stages, ms, by document id. */
  documentMs: Map<string, number>;
  /** Worker threads used; 0 when everything ran in this process. */
  workers: number;
}

/** Messages between the pool and its workers. */
type ToWorker = { type: 'task'; task: number; batch: DocumentBatch['phase']; doc: unknown };
type FromWorker =
  | { type: 'ready' }
  | {
      type: 'done';
      task: number;
      ok: true;
      doc: EntityDocument | DatedDocument;
      ms: number;
      timings: Record<string, number>;
    }
  | {
      type: 'done';
      task: number;
      ok: false;
      reason: string;
      ms: number;
      timings: Record<string, number>;
    };

export interface WorkerConfig {
  dataDir: string;
  budgetMs: number;
}

/** What a worker runs per document; a test worker may wrap these. */
export interface DocumentStages {
  analyse: typeof analyseDocument;
  relate: typeof relateDocument;
}

const DEFAULT_BUDGET_MS = 20_000;
/** A worker costs about as much to start as a hundred documents take to analyse. */
export const DOCUMENTS_PER_WORKER = 100;

/** How many worker threads a corpus of `documents` gets (see ParallelOptions.workers). */
export function workerCount(documents: number, requested?: number): number {
  const auto = Math.min(availableParallelism(), Math.ceil(documents / DOCUMENTS_PER_WORKER));
  return Math.max(1, Math.min(requested ?? auto, documents));
}

export const budgetReason = (ms: number) => `took longer than its ${ms} ms budget`;

/**
 * Worker side: builds the Context once, says ready, then runs documents as they come.
 * Called by worker.ts (and by test workers with wrapped stages).
 */
export function serveDocuments(
  stages: DocumentStages = { analyse: analyseDocument, relate: relateDocument },
): void {
  const port = parentPort;
  if (!port) throw new Error('serveDocuments runs in a worker thread');
  const config = workerData as WorkerConfig;
  const ctx: Context = createContext(config.dataDir);
  port.on('message', (msg: ToWorker) => {
    const timings: Record<string, number> = {};
    const t0 = performance.now();
    let reply: FromWorker;
    try {
      const doc =
        msg.batch === 'analyse'
          ? stages.analyse(msg.doc as RawDocument, ctx, config.budgetMs, timings)
          : stages.relate(msg.doc as ResolvedDocument, ctx, timings);
      reply = { type: 'done', task: msg.task, ok: true, doc, ms: performance.now() - t0, timings };
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      reply = {
        type: 'done',
        task: msg.task,
        ok: false,
        reason,
        ms: performance.now() - t0,
        timings,
      };
    }
    port.postMessage(reply);
  });
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

/** A document that failed in a batch: its index and why. */
export interface BatchFailure {
  index: number;
  reason: string;
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
    slot.worker.on('message', (msg: FromWorker) => this.onMessage(slot, msg));
    slot.worker.on('error', (err: unknown) =>
      this.onExit(slot, err instanceof Error ? err.message : String(err)),
    );
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

  private onMessage(slot: Slot, msg: FromWorker): void {
    if (msg.type === 'ready') {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const run = this.run;
    if (slot.task !== msg.task || !run) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    for (const [k, v] of Object.entries(msg.timings)) this.timings[k] = (this.timings[k] ?? 0) + v;
    if (msg.ok) (run.batch.outputs as unknown[])[msg.task] = msg.doc;
    else run.failures.push({ index: msg.task, reason: msg.reason });
    this.complete(run, msg.task, msg.ms);
  }

  /** A worker died: its document (if any) failed, and a new worker replaces it. */
  private onExit(slot: Slot, reason: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    this.retire(slot);
    if (!slot.ready) {
      // Dying before it is ready is no document's fault: the pool cannot work.
      this.broken = new Error(`a worker thread failed to start: ${reason}`);
      this.run?.reject(this.broken);
      this.run = null;
      return;
    }
    this.slots[i] = this.spawn();
    const run = this.run;
    if (slot.task !== null && run) {
      run.failures.push({ index: slot.task, reason: `worker crashed: ${reason}` });
      this.complete(run, slot.task, 0);
    }
  }

  private overBudget(slot: Slot, task: number): void {
    const run = this.run;
    const i = this.slots.indexOf(slot);
    if (slot.task !== task || !run || i < 0) return;
    this.retire(slot);
    this.slots[i] = this.spawn();
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
      const doc = run.batch.inputs[task];
      slot.worker.postMessage({
        type: 'task',
        task,
        batch: run.batch.phase,
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
      this.slots.splice(0).map(async (s) => {
        if (s.timer) clearTimeout(s.timer);
        s.worker.removeAllListeners();
        s.worker.on('error', () => undefined);
        await s.worker.terminate();
      }),
    );
  }
}

/**
 * The pipeline with its per-document phases on worker threads. Same stages, same order,
 * same bytes as runPipeline; `workers: 1` runs in this process (no hard budget then:
 * only the between-stages check of analyseDocument).
 */
export async function runPipelineParallel(
  raw: readonly RawDocument[],
  opts: ParallelOptions,
): Promise<ParallelResult> {
  const budgetMs = opts.documentBudgetMs ?? DEFAULT_BUDGET_MS;
  const size = workerCount(raw.length, opts.workers);
  const problems: Problem[] = [];
  const timings: Record<string, number> = {};
  const documentMs = new Map<string, number>();
  const record = (batch: DocumentBatch, index: number, ms: number) => {
    const id = batch.inputs[index]?.id;
    if (id !== undefined) documentMs.set(id, (documentMs.get(id) ?? 0) + ms);
  };

  // Workers start (and build their contexts) while this thread builds its own.
  const pool =
    raw.length > 0 && (opts.workers !== 1 || opts.workerUrl)
      ? new DocumentPool(size, { dataDir: opts.dataDir, budgetMs }, opts.workerUrl)
      : null;
  try {
    const ctx = createContext(opts.dataDir);
    const steps = pipelineSteps(raw, opts, ctx, problems, timings);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        if (pool)
          for (const [k, v] of Object.entries(pool.timings)) timings[k] = (timings[k] ?? 0) + v;
        return { ...step.value, documentMs, workers: pool ? size : 0 };
      }
      const batch = step.value;
      const total = batch.inputs.length;
      let done = 0;
      const onDone = (index: number, ms: number) => {
        record(batch, index, ms);
        done++;
        if (batch.phase === 'analyse') opts.onProgress?.(done, total);
      };
      const failures = pool
        ? await pool.runBatch(batch, onDone)
        : runInProcess(batch, ctx, budgetMs, timings, onDone);
      for (const f of failures)
        problems.push({ file: batch.inputs[f.index]?.file ?? `#${f.index}`, reason: f.reason });
      // relate is the last per-document phase: free the workers' memory before the corpus
      // stages (graph, layout, validate), which need the most.
      if (batch.phase === 'relate' && pool) await pool.close();
    }
  } finally {
    await pool?.close();
  }
}

function runInProcess(
  batch: DocumentBatch,
  ctx: Context,
  budgetMs: number,
  timings: Record<string, number>,
  onDone: (index: number, ms: number) => void,
): BatchFailure[] {
  const failures: BatchFailure[] = [];
  for (let i = 0; i < batch.inputs.length; i++) {
    const t0 = performance.now();
    try {
      runDocument(batch, i, ctx, budgetMs, timings);
    } catch (err) {
      failures.push({ index: i, reason: err instanceof Error ? err.message : String(err) });
    }
    onDone(i, performance.now() - t0);
  }
  return failures;
}
