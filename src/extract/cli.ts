/**
 * `npm run graph -- --in <dir-or-file> [--in ...] --out <file>`
 *
 * Reads documents (stages/load.ts), runs the stages of pipeline.ts, writes graph.json
 * atomically (stages/write.ts) and ends with a one-line summary. Every skipped file is
 * reported on stderr with its reason. The exit code is non-zero only when nothing usable
 * was read or the output cannot be written.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheVersion, DEFAULT_CACHE_DIR, DocumentCache } from './cache.js';
import { DEFAULT_DATA_DIR } from './knowledge/data-dir.js';
import { INDEX_CACHE_FOLDER, type IndexCache } from './knowledge/index-cache.js';
import { loadFixes } from './knowledge/fixes.js';
import { DOCUMENTS_PER_WORKER, runPipelineParallel, type ParallelResult } from './parallel.js';
import { TEXT_DIR } from './pipeline.js';
import { errorReason } from './runner.js';
import { loadInputs } from './stages/load.js';
import { writeFileAtomically, writeGraph } from './stages/write.js';
import { toGexf, toGraphml } from '../interchange/index.js';
import type { Graph, GraphNode } from '../schema/graph.js';
import type { Position } from './stages/layout.js';
import type { Problem } from './types.js';

const USAGE = `Usage: npm run graph -- [--in <dir-or-file>]... [--out <file>] [options]

  --in <path>        a document, a folder of documents, or a CSV corpus (repeatable; default: seeds)
  --out <file>       where to write the graph (default: public/graph.json, or
                     public/graph.gexf / .graphml with --format)
  --format <format>  json (for the explorer) | gexf (Gephi) | graphml (yEd, NetworkX,
                     Cytoscape desktop) (default: json)
  --title <text>     what the graph is about, shown as the explorer's heading
                     (default: the name of the first input folder)
  --data <dir>       reference data folder (default: data)
  --corrections <file>
                     a corrections file downloaded from the explorer (merges, names that
                     are no organisation, renames, wrong relations), applied after data/
  --texts <mode>     inline | files | auto: where document texts go (default: auto)
  --budget <ms>      time budget per document; a document over it is skipped (default: 20000)
  --workers <n>      worker threads for the per-document stages; 1 runs everything in one
                     thread, without the hard budget (default: one per core, here
                     ${availableParallelism()}, and one per ${DOCUMENTS_PER_WORKER} documents at most)
  --cache-dir <dir>  where analysed documents are kept for the next build (default:
                     ${DEFAULT_CACHE_DIR}); an unchanged document is not analysed again,
                     and the index of known organisations is kept in its ${INDEX_CACHE_FOLDER}/ folder
  --no-cache         analyse every document and build the known-organisations index
                     again, and neither read nor write the cache
  --keep-layout <graph.json>
                     keep the node positions of this earlier graph (the one being
                     replaced): only new nodes are placed, beside their neighbours
                     (default: lay out from scratch)
  --quiet            no progress and no summary
  --help             this text`;

const FORMATS = ['json', 'gexf', 'graphml'] as const;
type OutputFormat = (typeof FORMATS)[number];

interface CliOptions {
  inputs: string[];
  out: string;
  format: OutputFormat;
  title: string;
  dataDir: string;
  corrections: string | undefined;
  texts: 'inline' | 'files' | 'auto';
  budget: number;
  workers: number | undefined;
  /** The cache folder, or null with --no-cache. */
  cacheDir: string | null;
  /** An earlier graph.json whose positions the layout keeps. */
  keepLayout: string | undefined;
  quiet: boolean;
}

/** Parses and checks the arguments: the options, or the exit code after a message. */
function parseCli(argv: string[]): CliOptions | number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        in: { type: 'string', multiple: true },
        out: { type: 'string' },
        format: { type: 'string', default: 'json' },
        title: { type: 'string' },
        data: { type: 'string' },
        corrections: { type: 'string' },
        texts: { type: 'string', default: 'auto' },
        budget: { type: 'string', default: '20000' },
        workers: { type: 'string' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'keep-layout': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    process.stderr.write(`${errorReason(err)}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const texts = args.texts;
  if (texts !== 'inline' && texts !== 'files' && texts !== 'auto')
    return fail(`--texts must be inline, files or auto, not "${texts}"`, 2);
  const format = FORMATS.find((name) => name === args.format);
  if (!format) return fail(`--format must be json, gexf or graphml, not "${args.format}"`, 2);
  const budget = Number(args.budget);
  if (!Number.isFinite(budget) || budget <= 0)
    return fail('--budget must be a positive number of milliseconds', 2);
  const workers = args.workers === undefined ? undefined : Number(args.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    return fail('--workers must be a whole number of at least 1', 2);
  const inputs = args.in?.length ? args.in : ['seeds'];
  return {
    inputs,
    out: args.out ?? `public/graph.${format}`,
    format,
    title: args.title?.trim() || defaultTitle(inputs),
    dataDir: args.data ? path.resolve(args.data) : DEFAULT_DATA_DIR,
    corrections: args.corrections,
    texts,
    budget,
    workers,
    cacheDir: args['no-cache'] ? null : path.resolve(args['cache-dir'] ?? DEFAULT_CACHE_DIR),
    keepLayout: args['keep-layout'],
    quiet: args.quiet,
  };
}

/** The folder an input stands for: itself when it is a folder, else the one that holds it. */
function folderOf(input: string): string {
  const resolved = path.resolve(input);
  try {
    if (!statSync(resolved).isDirectory()) return path.dirname(resolved);
  } catch {
    // A missing input is reported by the loader; its name still counts here.
  }
  return resolved;
}

/**
 * The name of the folder that holds every input (the input folder itself when there is
 * one), so the same documents give the same title whatever order they are given in.
 */
function defaultTitle(inputs: readonly string[]): string {
  const folders = inputs.map((input) => folderOf(input).split(path.sep));
  const common = folders.reduce((shared, parts) => {
    let same = 0;
    while (same < shared.length && shared[same] === parts[same]) same++;
    return shared.slice(0, same);
  });
  return common.at(-1) || 'Partner Atlas';
}

/** The graph with its title right after the schema version, where a reader looks first. */
function withTitle(graph: Graph, title: string): Graph {
  const { schemaVersion, ...rest } = graph;
  return { schemaVersion, title, ...rest };
}

/** Writes a line on stderr and gives the exit code. */
function fail(message: string, code: number): number {
  process.stderr.write(`${message}\n`);
  return code;
}

function reportSkipped(problems: readonly Problem[]): void {
  for (const problem of problems)
    process.stderr.write(`skipped ${problem.file}: ${problem.reason}\n`);
}

function showProgress(done: number, total: number): void {
  if (done === total || done % 10 === 0)
    process.stderr.write(`\r  analysed ${done}/${total} documents`);
  if (done === total) process.stderr.write('\n');
}

/** graph.json with its texts for the explorer, or one graph file for another tool. */
async function writeOutput(result: ParallelResult, options: CliOptions): Promise<void> {
  const { graph } = result;
  if (options.format === 'json') {
    const texts = graph.texts === 'files' ? { dir: TEXT_DIR, files: result.texts } : undefined;
    return writeGraph(withTitle(graph, options.title), options.out, texts);
  }
  const view = { title: options.title, nodes: graph.nodes, edges: graph.edges };
  const content = options.format === 'gexf' ? toGexf(view) : toGraphml(view);
  return writeFileAtomically(options.out, content);
}

/** The cache, or null when it is off or cannot be made (then the build goes on without). */
function openCache(options: CliOptions): DocumentCache | null {
  if (options.cacheDir === null) return null;
  try {
    const version = cacheVersion(options.dataDir, options.corrections);
    return new DocumentCache(options.cacheDir, version);
  } catch (err) {
    process.stderr.write(`warning: no cache in ${options.cacheDir}: ${errorReason(err)}\n`);
    return null;
  }
}

/** Built indexes are kept inside the document cache, under its version; none without it. */
function indexCacheOf(cache: DocumentCache | null): IndexCache | null {
  return cache ? { dir: path.join(cache.dir, INDEX_CACHE_FOLDER), version: cache.version } : null;
}

/**
 * The node positions of an earlier graph, for the layout to keep; none (a layout from
 * scratch, with a warning) when the file cannot be read, which is not worth failing for.
 */
function previousPositions(file: string | undefined): Map<string, Position> | undefined {
  if (file === undefined) return undefined;
  try {
    const graph = JSON.parse(readFileSync(file, 'utf8')) as { nodes?: unknown };
    if (!Array.isArray(graph.nodes)) throw new Error('no list of nodes');
    const positions = new Map<string, Position>();
    for (const node of graph.nodes as Partial<GraphNode>[])
      if (typeof node.id === 'string' && Number.isFinite(node.x) && Number.isFinite(node.y))
        positions.set(node.id, { x: node.x as number, y: node.y as number });
    return positions;
  } catch (err) {
    process.stderr.write(`warning: layout from scratch, ${file} unusable: ${errorReason(err)}\n`);
    return undefined;
  }
}

async function main(argv: string[]): Promise<number> {
  const options = parseCli(argv);
  if (typeof options === 'number') return options;
  const started = performance.now();

  // A broken corrections file stops the build: applying only part of them would lose work.
  if (options.corrections !== undefined)
    try {
      loadFixes(options.dataDir, options.corrections);
    } catch (err) {
      return fail(`error: corrections not applied: ${errorReason(err)}`, 2);
    }

  const loaded = await loadInputs(options.inputs);
  reportSkipped(loaded.problems);
  if (loaded.documents.length === 0)
    return fail(`error: no usable documents in ${options.inputs.join(', ')}; nothing written`, 1);

  const progress = !options.quiet && process.stderr.isTTY && loaded.documents.length >= 20;
  const cache = openCache(options);
  const indexCache = indexCacheOf(cache);
  const previous = previousPositions(options.keepLayout);
  const result = await runPipelineParallel(loaded.documents, {
    ...(cache ? { cache } : {}),
    ...(indexCache ? { indexCache } : {}),
    dataDir: options.dataDir,
    ...(options.corrections !== undefined ? { corrections: options.corrections } : {}),
    documentBudgetMs: options.budget,
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    texts: options.texts,
    ...(previous ? { layout: { previous } } : {}),
    ...(progress ? { onProgress: showProgress } : {}),
  });
  reportSkipped(result.problems);
  const usable = loaded.documents.length - result.problems.length;
  if (usable <= 0) return fail('error: every document failed; nothing written', 1);

  try {
    await writeOutput(result, options);
  } catch (err) {
    return fail(`error: cannot write ${options.out}: ${errorReason(err)}`, 1);
  }

  if (!options.quiet) {
    const skipped = loaded.problems.length + result.problems.length;
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const { nodes, edges } = result.graph;
    const fromCache = cache
      ? ` (${cache.counts.analysed} analysed, ${cache.counts.cached} from the cache)`
      : '';
    process.stdout.write(
      `${usable} documents read${fromCache}, ${skipped} skipped, ${nodes.length} nodes, ${edges.length} edges -> ${options.out} (${seconds} s)\n`,
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 1;
  },
);
