/**
 * Runs the declared pipeline (pipeline.ts). pipelineSteps walks the stage list: it runs
 * corpus stages itself and hands each document phase to a driver, which runs it for every
 * document, in this process (runPipeline) or on worker threads (parallel.ts). A document
 * whose stage throws, or that runs past its time budget, is reported with its file and the
 * reason, and skipped; the others go on.
 */
import type { Graph } from '../schema/graph.js';
import { createContext, type Context } from './knowledge/context.js';
import type { IndexCache } from './knowledge/index-cache.js';
import {
  STAGES,
  type Corpus,
  type CorpusOptions,
  type CorpusStage,
  type DocumentStage,
  type PipelineDocument,
  type Stage,
} from './pipeline.js';
import type { Problem, RawDocument } from './types.js';

export interface PipelineOptions extends CorpusOptions {
  dataDir: string;
  /** A corrections file from the explorer, read after data/ (knowledge/fixes.ts). */
  corrections?: string;
  /** Where indexes built from data/ are kept between builds (knowledge/index-cache.ts). */
  indexCache?: IndexCache;
  /** Time budget per document for each document phase, in ms. */
  documentBudgetMs?: number;
  /** Called as documents finish the first document phase. */
  onProgress?: (done: number, total: number) => void;
}

export interface PipelineResult {
  graph: Graph;
  problems: Problem[];
  /** Document texts by id, for writing beside graph.json when texts are in files. */
  texts: Map<string, string>;
  /** Milliseconds per stage name, summed over documents. */
  timings: Record<string, number>;
}

export const DEFAULT_BUDGET_MS = 20_000;

export const budgetReason = (ms: number) => `took longer than its ${ms} ms budget`;

export type Phase =
  { scope: 'document'; stages: readonly DocumentStage[] } | { scope: 'corpus'; stage: CorpusStage };

/** Consecutive document stages form one phase; each corpus stage is a phase of its own. */
export function phasesOf(stages: readonly Stage[]): Phase[] {
  const phases: Phase[] = [];
  for (const stage of stages) {
    const last = phases[phases.length - 1];
    if (stage.scope === 'corpus') phases.push({ scope: 'corpus', stage });
    else if (last?.scope === 'document') last.stages = [...last.stages, stage];
    else phases.push({ scope: 'document', stages: [stage] });
  }
  return phases;
}

/** The document phases of a stage list, in order. */
export function documentPhases(stages: readonly Stage[]): (readonly DocumentStage[])[] {
  return phasesOf(stages).flatMap((phase) => (phase.scope === 'document' ? [phase.stages] : []));
}

/** Runs `run` and adds the time it took to timings[name]. */
export function timed<T>(
  timings: Record<string, number> | undefined,
  name: string,
  run: () => T,
): T {
  const started = performance.now();
  try {
    return run();
  } finally {
    if (timings) timings[name] = (timings[name] ?? 0) + (performance.now() - started);
  }
}

/**
 * Runs a phase's stages on one document. Throws when a stage throws, or when the document
 * has spent more than budgetMs in the phase at the end of a stage.
 */
export function runDocumentStages(
  stages: readonly DocumentStage[],
  doc: PipelineDocument,
  context: Context,
  budgetMs = DEFAULT_BUDGET_MS,
  timings?: Record<string, number>,
): PipelineDocument {
  const started = performance.now();
  let current = doc;
  for (const stage of stages) {
    const input = current;
    current = timed(timings, stage.name, () => stage.run(input, context));
    if (performance.now() - started > budgetMs)
      throw new Error(`${budgetReason(budgetMs)} (at stage ${stage.name})`);
  }
  return current;
}

/**
 * A document phase, handed to a driver that runs it for every document and fills
 * `outputs` in input order, leaving undefined where a document failed.
 */
export interface DocumentBatch {
  /** Which document phase of the stage list: 0 for the first. */
  index: number;
  /** Whether this is the last document phase (only corpus stages follow). */
  last: boolean;
  stages: readonly DocumentStage[];
  inputs: readonly PipelineDocument[];
  outputs: (PipelineDocument | undefined)[];
}

/** A document that failed in a batch: its index and why. */
export interface BatchFailure {
  index: number;
  reason: string;
}

/** Sorting by id makes the output independent of the order files were given in. */
export function sortDocuments(raw: readonly RawDocument[]): RawDocument[] {
  return [...raw].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Walks the stage list: yields each document phase to the driver, runs corpus stages. */
export function* pipelineSteps(
  raw: readonly RawDocument[],
  options: CorpusOptions,
  context: Context,
  timings: Record<string, number>,
  stages: readonly Stage[] = STAGES,
): Generator<DocumentBatch, Corpus, void> {
  let corpus: Corpus = { documents: sortDocuments(raw), graph: null, texts: new Map(), options };
  const phases = phasesOf(stages);
  const lastDocumentPhase = documentPhases(stages).length - 1;
  let index = 0;
  for (const phase of phases) {
    if (phase.scope === 'corpus') {
      const input = corpus;
      corpus = timed(timings, phase.stage.name, () => phase.stage.run(input, context));
      continue;
    }
    const batch: DocumentBatch = {
      index,
      last: index === lastDocumentPhase,
      stages: phase.stages,
      inputs: corpus.documents,
      outputs: [],
    };
    index++;
    yield batch;
    const documents = batch.outputs.filter((doc) => doc !== undefined);
    // The driver may hold the batch a while longer: let large corpora free its documents.
    batch.inputs = batch.outputs = [];
    corpus = { ...corpus, documents };
  }
  return corpus;
}

export const errorReason = (err: unknown): string =>
  err instanceof Error ? err.message : String(err);

/** Runs a batch in this process. Returns the documents that failed, by index. */
export function runBatchInProcess(
  batch: DocumentBatch,
  context: Context,
  budgetMs: number,
  timings: Record<string, number>,
  onDone: (index: number, ms: number) => void,
): BatchFailure[] {
  const failures: BatchFailure[] = [];
  batch.inputs.forEach((doc, index) => {
    const started = performance.now();
    try {
      batch.outputs[index] = runDocumentStages(batch.stages, doc, context, budgetMs, timings);
    } catch (err) {
      failures.push({ index, reason: errorReason(err) });
    }
    onDone(index, performance.now() - started);
  });
  return failures;
}

/** Reports a batch's failures as problems, by file. */
export function reportFailures(
  batch: DocumentBatch,
  failures: readonly BatchFailure[],
  problems: Problem[],
): void {
  for (const failure of failures)
    problems.push({
      file: batch.inputs[failure.index]?.file ?? `#${failure.index}`,
      reason: failure.reason,
    });
}

export function resultOf(
  corpus: Corpus,
  problems: Problem[],
  timings: Record<string, number>,
): PipelineResult {
  if (!corpus.graph) throw new Error('the stage list made no graph');
  return { graph: corpus.graph, problems, texts: corpus.texts, timings };
}

/** The whole pipeline in this process. See parallel.ts for the worker-thread driver. */
export function runPipeline(
  raw: readonly RawDocument[],
  options: PipelineOptions,
  context = createContext(options.dataDir, options.corrections, options.indexCache),
): PipelineResult {
  const problems: Problem[] = [];
  const timings: Record<string, number> = {};
  const budgetMs = options.documentBudgetMs ?? DEFAULT_BUDGET_MS;
  const steps = pipelineSteps(raw, options, context, timings);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return resultOf(step.value, problems, timings);
    const batch = step.value;
    const total = batch.inputs.length;
    const onDone = (index: number) => {
      if (batch.index === 0) options.onProgress?.(index + 1, total);
    };
    reportFailures(batch, runBatchInProcess(batch, context, budgetMs, timings, onDone), problems);
  }
}
