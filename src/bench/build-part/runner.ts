/**
 * The parent side: generates the corpora, then builds each one (and lays out its graph) in
 * a fresh child process, so that memory and JIT state do not carry over from one size to
 * the next; samples each child's RSS from outside while it runs.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEXT_DIR } from '../../extract/pipeline.js';
import { generateCorpus, writeCorpus } from '../generate.js';
import {
  CACHE_CORPUS,
  type BuildBenchOptions,
  type BuildBenchResult,
  type BuildRun,
  type LayoutRun,
} from './types.js';

/** The script each child process runs. */
const CHILD = path.join(import.meta.dirname, 'child.ts');
const root = path.resolve(import.meta.dirname, '../../..');

/** Runs ./child.ts in a child process and returns the JSON it prints last. */
function child<T>(args: string[], onRss: (rss: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, CHILD, ...args], {
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

/** A sentence added to one document, to measure a rebuild after an edit. */
const EDIT = '\n\nAcme Widgets signed a supply agreement with Borealis Mining in 2024.\n';

/**
 * The same corpus through an empty cache, again unchanged, then with one document edited:
 * what `npm run graph` does on the second and later builds.
 */
async function measureCache(
  dir: string,
  work: string,
  workers: number | undefined,
  log: (line: string) => void,
): Promise<BuildRun[]> {
  const cacheDir = path.join(work, 'cache');
  const build = async (label: string) => {
    log(`building ${label}`);
    const args = ['--child-build', dir, '--graph', path.join(work, 'graph-cache.json')];
    args.push('--label', label, '--cache', cacheDir);
    if (workers !== undefined) args.push('--workers', String(workers));
    const run = await child<BuildRun>(args, () => undefined);
    log(
      `  ${run.analysed} analysed, ${run.cached} from the cache, ${(run.wallMs / 1000).toFixed(1)} s`,
    );
    return run;
  };
  const runs = [await build('empty cache'), await build('unchanged')];
  const [first] = (await readdir(dir)).sort();
  if (first) await appendFile(path.join(dir, first), EDIT);
  runs.push(await build('one document edited'));
  await rm(cacheDir, { recursive: true, force: true });
  return runs;
}

export async function runBuildBench(options: BuildBenchOptions): Promise<BuildBenchResult> {
  const log = options.log ?? (() => undefined);
  const runs: BuildRun[] = [];
  let cacheRuns: BuildRun[] = [];
  const layouts: LayoutRun[] = [];
  const work = await mkdtemp(path.join(tmpdir(), 'atlas-bench-'));
  try {
    const corpora: { label: string; dir: string; truth?: string }[] = [
      { label: 'seeds', dir: path.join(root, 'seeds') },
    ];
    for (const size of options.sizes) {
      log(`generating ${size} documents`);
      const corpus = generateCorpus(size, options.seed !== undefined ? { seed: options.seed } : {});
      const written = await writeCorpus(corpus, path.join(work, `corpus-${size}`));
      corpora.push({ label: String(size), dir: written.documents, truth: written.truth });
    }
    for (const c of corpora) {
      log(`building ${c.label}`);
      const graphFile = path.join(work, `graph-${c.label}.json`);
      let sampled = 0;
      const args = ['--child-build', c.dir, '--graph', graphFile, '--label', c.label];
      if (c.truth) args.push('--truth', c.truth);
      if (options.workers !== undefined) args.push('--workers', String(options.workers));
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
    const cached = corpora.find((c) => c.label === String(CACHE_CORPUS));
    if (cached) cacheRuns = await measureCache(cached.dir, work, options.workers, log);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { runs, layouts, cacheRuns };
}
