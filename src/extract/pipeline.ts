/**
 * The build pipeline: the one place that says in which order the stages run.
 *
 *   per document:  clean -> language -> sentences -> entities
 *   corpus:        resolve (names across documents)
 *   per document:  relations -> dates
 *   corpus:        graph -> layout -> validate      (write: see cli.ts)
 *
 * Each stage is a small module in stages/ that takes typed input to typed output.
 * A document whose stage throws, or that runs past its time budget, is reported
 * with its file name and the reason, and skipped; the others go on.
 */
import path from 'node:path';
import type { Graph } from '../schema/graph.js';
import { loadGazetteer } from './geo/index.js';
import { loadKnowledge, type Knowledge } from './knowledge/index.js';
import { clean, loadBoilerplate, type CleanKnowledge } from './stages/clean.js';
import { attachDates } from './stages/dates.js';
import { extractEntities, type PlaceLookup } from './stages/entities.js';
import { buildGraph, type RegionSource } from './stages/graph.js';
import { detectLanguage } from './stages/language.js';
import { layoutGraph, type LayoutOptions } from './stages/layout.js';
import { extractRelations } from './stages/relations.js';
import { resolveCorpus } from './stages/resolve.js';
import { loadAbbreviations, splitSentences } from './stages/sentences.js';
import { validateForWrite } from './stages/write.js';
import type {
  DatedDocument,
  EntityDocument,
  Problem,
  RawDocument,
  ResolvedDocument,
} from './types.js';

export interface PipelineOptions {
  dataDir: string;
  /** Time budget per document for the per-document stages, in ms. */
  documentBudgetMs?: number;
  texts?: 'inline' | 'files' | 'auto';
  /** Above this much text in total, "auto" puts texts in files beside graph.json. */
  inlineLimitChars?: number;
  onProgress?: (done: number, total: number) => void;
  /** Layout settings (seed, draft threshold); the defaults suit every corpus size. */
  layout?: LayoutOptions;
}

export interface PipelineResult {
  graph: Graph;
  problems: Problem[];
  /** Document texts by id, for writing beside graph.json when texts are in files. */
  texts: Map<string, string>;
  timings: Record<string, number>;
}

export const TEXT_DIR = 'graph-texts';

/** Everything the stages read from data/, loaded once per build. */
export interface Context {
  knowledge: Knowledge;
  text: Required<Pick<CleanKnowledge, 'boilerplate' | 'abbreviations'>>;
  places: PlaceLookup & RegionSource;
}

export function createContext(dataDir: string): Context {
  return {
    knowledge: loadKnowledge(dataDir),
    text: { boilerplate: loadBoilerplate(dataDir), abbreviations: loadAbbreviations(dataDir) },
    places: loadGazetteer(dataDir),
  };
}

class BudgetExceeded extends Error {}

/** Per-document stages up to entities. Pure: the same input gives the same output. */
export function analyseDocument(
  raw: RawDocument,
  ctx: Context,
  budgetMs = 20_000,
  timings?: Record<string, number>,
): EntityDocument {
  const started = performance.now();
  const step = <T>(name: string, fn: () => T): T => {
    const t0 = performance.now();
    const out = fn();
    const t1 = performance.now();
    if (timings) timings[name] = (timings[name] ?? 0) + (t1 - t0);
    if (t1 - started > budgetMs)
      throw new BudgetExceeded(`took longer than its ${budgetMs} ms budget (at stage ${name})`);
    return out;
  };
  const cleaned = step('clean', () => clean(raw, ctx.text));
  // A page that is all furniture (menus, cookie text) leaves nothing to read: say so.
  if (!/[\p{L}\p{N}]/u.test(cleaned.text))
    throw new Error('no article text left after removing page furniture');
  const withLanguage = step('language', () => detectLanguage(cleaned));
  const sentenced = step('sentences', () => splitSentences(withLanguage, ctx.text));
  return step('entities', () => extractEntities(sentenced, ctx.knowledge, ctx.places));
}

/** Per-document stages after resolve: relations -> dates. Pure, like analyseDocument. */
export function relateDocument(
  doc: ResolvedDocument,
  ctx: Context,
  timings?: Record<string, number>,
): DatedDocument {
  const related = timed(timings, 'relations', () => extractRelations(doc, ctx.knowledge));
  return timed(timings, 'dates', () => attachDates(related));
}

function timed<T>(timings: Record<string, number> | undefined, name: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  if (timings) timings[name] = (timings[name] ?? 0) + performance.now() - t0;
  return out;
}

/**
 * A per-document phase of the pipeline, handed to a driver that runs it for every
 * document: in this process (runPipeline) or across worker threads (parallel.ts). The
 * driver fills `outputs` in input order, leaving undefined where a document failed, and
 * reports each failure in `problems`.
 */
export type DocumentBatch =
  | { phase: 'analyse'; inputs: readonly RawDocument[]; outputs: (EntityDocument | undefined)[] }
  | {
      phase: 'relate';
      inputs: readonly ResolvedDocument[];
      outputs: (DatedDocument | undefined)[];
    };

/** Sorting by id makes the output independent of the order files were given in. */
export function sortDocuments(raw: readonly RawDocument[]): RawDocument[] {
  return [...raw].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The stage order, written once. Yields each per-document phase to the driver and runs
 * the corpus stages itself; returns the result.
 */
export function* pipelineSteps(
  raw: readonly RawDocument[],
  opts: PipelineOptions,
  ctx: Context,
  problems: Problem[],
  timings: Record<string, number>,
): Generator<DocumentBatch, PipelineResult, void> {
  const docs = sortDocuments(raw);
  const analyse: DocumentBatch = { phase: 'analyse', inputs: docs, outputs: [] };
  yield analyse;
  const analysed = analyse.outputs.filter((d): d is EntityDocument => d !== undefined);

  const resolved = timed(timings, 'resolve', () => resolveCorpus(analysed, ctx));
  // Each phase's inputs are not needed once it is done: let large corpora free them.
  docs.length = analyse.outputs.length = analysed.length = 0;
  const relate: DocumentBatch = { phase: 'relate', inputs: resolved, outputs: [] };
  yield relate;
  const dated = relate.outputs.filter((d): d is DatedDocument => d !== undefined);
  resolved.length = relate.outputs.length = 0;

  const totalChars = dated.reduce((n, d) => n + d.text.length, 0);
  const texts =
    opts.texts === 'auto' || opts.texts === undefined
      ? totalChars > (opts.inlineLimitChars ?? 4_000_000)
        ? 'files'
        : 'inline'
      : opts.texts;
  const graph = timed(timings, 'graph', () =>
    buildGraph(dated, { regions: ctx.places, texts, textDir: TEXT_DIR }),
  );
  const laidOut = timed(timings, 'layout', () => layoutGraph(graph, opts.layout));
  const textMap = new Map(dated.map((d) => [d.id, d.text]));
  const valid = timed(timings, 'validate', () =>
    validateForWrite(laidOut, texts === 'files' ? textMap : undefined),
  );
  return { graph: valid, problems, texts: textMap, timings };
}

/** Runs document `index` of a batch in this process and stores its output. Throws on failure. */
export function runDocument(
  batch: DocumentBatch,
  index: number,
  ctx: Context,
  budgetMs: number,
  timings?: Record<string, number>,
): void {
  if (batch.phase === 'analyse') {
    const doc = batch.inputs[index];
    if (doc) batch.outputs[index] = analyseDocument(doc, ctx, budgetMs, timings);
  } else {
    const doc = batch.inputs[index];
    if (doc) batch.outputs[index] = relateDocument(doc, ctx, timings);
  }
}

/** The whole pipeline in this process. See parallel.ts for the worker-thread driver. */
export function runPipeline(
  raw: readonly RawDocument[],
  opts: PipelineOptions,
  ctx = createContext(opts.dataDir),
): PipelineResult {
  const problems: Problem[] = [];
  const timings: Record<string, number> = {};
  const budget = opts.documentBudgetMs ?? 20_000;
  const steps = pipelineSteps(raw, opts, ctx, problems, timings);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    const batch = step.value;
    batch.inputs.forEach((doc, i) => {
      try {
        runDocument(batch, i, ctx, budget, timings);
      } catch (err) {
        problems.push({ file: doc.file, reason: err instanceof Error ? err.message : String(err) });
      }
      if (batch.phase === 'analyse') opts.onProgress?.(i + 1, batch.inputs.length);
    });
  }
}

export const DEFAULT_DATA_DIR = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../data',
);
