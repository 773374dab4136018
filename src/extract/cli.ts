/**
 * `npm run graph -- --in <dir-or-file> [--in ...] --out <file>`
 *
 * Reads documents, runs the pipeline, writes graph.json atomically and ends with a
 * one-line summary. Every skipped file is reported on stderr with its reason. The
 * exit code is non-zero only when nothing usable was read or the output cannot be
 * written.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { loadInputs } from './stages/load.js';
import { availableParallelism } from 'node:os';
import { DEFAULT_DATA_DIR } from './knowledge/data-dir.js';
import { TEXT_DIR } from './pipeline.js';
import { DOCUMENTS_PER_WORKER, runPipelineParallel } from './parallel.js';
import { writeGraph } from './stages/write.js';

const USAGE = `Usage: npm run graph -- [--in <dir-or-file>]... [--out <file>] [options]

  --in <path>        a document, a folder of documents, or a CSV corpus (repeatable; default: seeds)
  --out <file>       where to write the graph (default: public/graph.json)
  --data <dir>       reference data folder (default: data)
  --texts <mode>     inline | files | auto: where document texts go (default: auto)
  --budget <ms>      time budget per document; a document over it is skipped (default: 20000)
  --workers <n>      worker threads for the per-document stages; 1 runs everything in one
                     thread, without the hard budget (default: one per core, here
                     ${availableParallelism()}, and one per ${DOCUMENTS_PER_WORKER} documents at most)
  --quiet            no progress and no summary
  --help             this text`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        in: { type: 'string', multiple: true },
        out: { type: 'string', default: 'public/graph.json' },
        data: { type: 'string' },
        texts: { type: 'string', default: 'auto' },
        budget: { type: 'string', default: '20000' },
        workers: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const texts = args.texts;
  if (texts !== 'inline' && texts !== 'files' && texts !== 'auto') {
    process.stderr.write(`--texts must be inline, files or auto, not "${texts}"\n`);
    return 2;
  }
  const budget = Number(args.budget);
  if (!Number.isFinite(budget) || budget <= 0) {
    process.stderr.write(`--budget must be a positive number of milliseconds\n`);
    return 2;
  }
  const workers = args.workers === undefined ? undefined : Number(args.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) {
    process.stderr.write(`--workers must be a whole number of at least 1\n`);
    return 2;
  }
  const inputs = args.in?.length ? args.in : ['seeds'];
  const out = args.out;
  const started = performance.now();

  const loaded = await loadInputs(inputs);
  for (const p of loaded.problems) process.stderr.write(`skipped ${p.file}: ${p.reason}\n`);
  if (loaded.documents.length === 0) {
    process.stderr.write(`error: no usable documents in ${inputs.join(', ')}; nothing written\n`);
    return 1;
  }

  const showProgress = !args.quiet && process.stderr.isTTY && loaded.documents.length >= 20;
  const result = await runPipelineParallel(loaded.documents, {
    dataDir: args.data ? path.resolve(args.data) : DEFAULT_DATA_DIR,
    documentBudgetMs: budget,
    ...(workers !== undefined ? { workers } : {}),
    texts,
    ...(showProgress
      ? {
          onProgress: (done: number, total: number) => {
            if (done === total || done % 10 === 0)
              process.stderr.write(`\r  analysed ${done}/${total} documents`);
            if (done === total) process.stderr.write('\n');
          },
        }
      : {}),
  });
  for (const p of result.problems) process.stderr.write(`skipped ${p.file}: ${p.reason}\n`);
  const usable = loaded.documents.length - result.problems.length;
  if (usable <= 0) {
    process.stderr.write('error: every document failed; nothing written\n');
    return 1;
  }

  try {
    await writeGraph(
      result.graph,
      out,
      result.graph.texts === 'files' ? { dir: TEXT_DIR, files: result.texts } : undefined,
    );
  } catch (err) {
    process.stderr.write(
      `error: cannot write ${out}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 1;
  }

  if (!args.quiet) {
    const skipped = loaded.problems.length + result.problems.length;
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(
      `${usable} documents read, ${skipped} skipped, ${result.graph.nodes.length} nodes, ${result.graph.edges.length} edges -> ${out} (${seconds} s)\n`,
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
