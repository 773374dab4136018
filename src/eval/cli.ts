/**
 * `npm run eval -- --in <pages> --gold <gold.json>` builds a graph from annotated pages
 * and scores it against their gold annotation; `--graph <graph.json>` scores a graph
 * already built. Prints the report (the last line is the shared reference scorer's
 * summary line), and on request writes the figures as JSON or into docs/quality.md.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { validateGraph, type Graph } from '../schema/graph.js';
import { graphDocumentIds, scoreByLanguage, scoreByRelationType } from './breakdown.js';
import { explainName, type RuleDecision } from './explain.js';
import type { RawDocument, RuleTraceEntry } from '../extract/types.js';
import { GoldError, readGold, type Gold } from './gold.js';
import { createNameNormaliser, type NameNormaliser } from './names.js';
import {
  formatText,
  qualitySection,
  replaceSection,
  reportJson,
  type EvalReport,
} from './report.js';
import { scoreQuality } from './score.js';

const USAGE = `Usage: npm run eval -- (--in <pages> | --graph <graph.json>) --gold <gold.json> [options]

  --in <path>          annotated pages to build the graph from (repeatable), as for npm run graph
  --graph <file>       score this graph instead of building one
  --gold <file>        the gold annotation (README: "Measuring quality on your own pages")
  --json <file>        also write every figure and list as JSON
  --write-doc <file>   replace the generated section of a Markdown file (docs/quality.md)
  --explain <name>     instead of the report: what became of one name, and why
  --workers <n>        worker threads for the build (as for npm run graph)
  --help               this text`;

/** A wrong or missing option: printed with the usage text. */
class UsageError extends Error {}
/** An input that cannot be used (unreadable graph, no documents): printed without a stack. */
class InputError extends Error {}

interface Options {
  inputs: string[];
  graph?: string | undefined;
  gold: string;
  json?: string | undefined;
  writeDoc?: string | undefined;
  explain?: string | undefined;
  workers?: number | undefined;
}

function parseOptions(argv: string[]): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      in: { type: 'string', multiple: true },
      graph: { type: 'string' },
      gold: { type: 'string' },
      json: { type: 'string' },
      'write-doc': { type: 'string' },
      explain: { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const inputs = values.in ?? [];
  if (!values.gold) throw new UsageError('--gold <gold.json> is required');
  if (inputs.length > 0 === (values.graph !== undefined))
    throw new UsageError('give either --in <pages> or --graph <graph.json>, not both or neither');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    throw new UsageError('--workers must be a whole number of at least 1');
  return {
    inputs,
    graph: values.graph,
    gold: values.gold,
    json: values.json,
    writeDoc: values['write-doc'],
    explain: values.explain,
    workers,
  };
}

async function readGraph(file: string): Promise<Graph> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new InputError(
      `cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const checked = validateGraph(data);
  if (!checked.ok) throw new InputError(`${file}: ${checked.error}`);
  return checked.graph;
}

/**
 * Builds the graph as `npm run graph` would, without writing it. With a trace, in this
 * process: rule decisions cannot cross worker threads.
 */
async function buildGraph(
  inputs: string[],
  workers: number | undefined,
  trace?: RuleDecision[],
): Promise<Graph> {
  // Loaded here, not at the top: scoring a graph already built needs none of the extractor.
  const { loadInputs } = await import('../extract/stages/load.js');
  const { DEFAULT_DATA_DIR } = await import('../extract/knowledge/data-dir.js');
  const loaded = await loadInputs(inputs);
  for (const p of loaded.problems) process.stderr.write(`skipped ${p.file}: ${p.reason}\n`);
  if (loaded.documents.length === 0)
    throw new InputError(`no usable documents in ${inputs.join(', ')}`);
  process.stderr.write(`building the graph from ${loaded.documents.length} documents\n`);
  const options = { dataDir: DEFAULT_DATA_DIR };
  const result = trace
    ? await buildTraced(loaded.documents, options, trace)
    : await (
        await import('../extract/parallel.js')
      ).runPipelineParallel(loaded.documents, {
        ...options,
        ...(workers !== undefined ? { workers } : {}),
      });
  for (const p of result.problems) process.stderr.write(`skipped ${p.file}: ${p.reason}\n`);
  return result.graph;
}

async function buildTraced(
  documents: RawDocument[],
  options: { dataDir: string },
  trace: RuleDecision[],
) {
  const { runPipeline } = await import('../extract/runner.js');
  const { createContext } = await import('../extract/knowledge/context.js');
  const context = {
    ...createContext(options.dataDir),
    trace: (entry: RuleTraceEntry) =>
      trace.push({
        documentId: entry.documentId,
        surface: entry.surface,
        decision: entry.decision,
        ruleName: entry.rule,
      }),
  };
  return runPipeline(documents, options, context);
}

function buildReport(options: Options, graph: Graph, gold: Gold, names: NameNormaliser) {
  const score = scoreQuality(graph, gold, names);
  const report: EvalReport = {
    goldFile: options.gold,
    graphSource: options.graph ?? options.inputs.join(', '),
    documents: gold.length,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    score,
    byLanguage: scoreByLanguage(graph, gold, names),
    byRelationType: scoreByRelationType(score.relations),
  };
  return report;
}

/** The commit measured, and whether source or data files differed from it. */
function currentCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--', 'src', 'data', 'package.json');
    return changed ? `${commit} (with uncommitted changes in src/ or data/)` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

const shellWord = (word: string) =>
  /^[\w./:=@-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;

async function writeDoc(file: string, report: EvalReport, argv: string[]): Promise<void> {
  const meta = {
    measured: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    command: `npm run eval -- ${argv.map(shellWord).join(' ')}`,
    commit: currentCommit(),
  };
  // A file that does not exist yet starts with a title.
  const doc = await readFile(file, 'utf8').catch(() => '# Extraction quality\n');
  const updated = replaceSection(doc, 'figures', qualitySection(report, meta));
  // Formatted as `npm run format` would, so that regenerating leaves no formatting diff.
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(file)) ?? {};
  await writeFile(file, await prettier.format(updated, { ...config, filepath: file }));
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const gold = readGold(options.gold);
  const names = createNameNormaliser();
  // A rule trace is only worth its cost (one thread) when a name is to be explained.
  const trace = options.explain !== undefined && !options.graph ? [] : undefined;
  const graph = options.graph
    ? await readGraph(options.graph)
    : await buildGraph(options.inputs, options.workers, trace);
  const report = buildReport(options, graph, gold, names);
  if (options.explain !== undefined) {
    const documentNames = new Map([...graphDocumentIds(graph, gold)].map(([doc, id]) => [id, doc]));
    const input = { graph, gold, score: report.score, names, documentNames };
    // Scoring a graph read from a file has no trace: explainName says so.
    process.stdout.write(`${explainName(options.explain, input, trace).join('\n')}\n`);
  } else process.stdout.write(`${formatText(report)}\n`);
  if (options.json)
    await writeFile(options.json, `${JSON.stringify(reportJson(report), null, 2)}\n`);
  if (options.writeDoc) await writeDoc(options.writeDoc, report, argv);
  return 0;
}

/** Exit code and message for a failure: 2 with the usage for options, 1 otherwise. */
function failure(err: unknown): { code: number; message: string } {
  // parseArgs throws a TypeError with an ERR_PARSE_ARGS_* code for unknown or bad options.
  const badOption =
    err instanceof TypeError &&
    String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
  if (err instanceof UsageError || badOption)
    return { code: 2, message: `error: ${err.message}\n\n${USAGE}` };
  if (err instanceof InputError || err instanceof GoldError)
    return { code: 1, message: `error: ${err.message}` };
  return {
    code: 1,
    message: `error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const { code, message } = failure(err);
    process.stderr.write(`${message}\n`);
    process.exitCode = code;
  },
);
