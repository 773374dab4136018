/**
 * The worker-thread driver: the same bytes as one thread, and a hard budget per document.
 * No assertion here depends on machine speed; the budget test pits a generous budget
 * against a document that never finishes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../bench/generate.js';
import { runPipelineParallel, workerCount } from './parallel.js';
import { createContext, type Context } from './knowledge/context.js';
import { DEFAULT_DATA_DIR } from './knowledge/data-dir.js';
import { runPipeline } from './runner.js';
import { loadInputs } from './stages/load.js';
import { serialise } from './stages/write.js';
import type { RawDocument } from './types.js';

const root = path.resolve(import.meta.dirname, '../..');
/** Must match src/extract/__fixtures__/slow-worker.ts. */
const SPIN_MARKER = 'TEST-ONLY: SPIN FOREVER';
const CRASH_MARKER = 'TEST-ONLY: CRASH WORKER';
const slowWorker = new URL('./__fixtures__/slow-worker.ts', import.meta.url);

let context: Context;
let seeds: RawDocument[];
let generated: RawDocument[];
let tmp: string;

beforeAll(async () => {
  context = createContext(DEFAULT_DATA_DIR);
  seeds = (await loadInputs([path.join(root, 'seeds')])).documents;
  tmp = await mkdtemp(path.join(tmpdir(), 'atlas-parallel-'));
  const written = await writeCorpus(generateCorpus(60, { seed: 11 }), tmp);
  const loaded = await loadInputs([written.documents]);
  expect(loaded.problems).toEqual([]);
  generated = loaded.documents;
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const serial = (docs: RawDocument[]) =>
  serialise(runPipeline(docs, { dataDir: DEFAULT_DATA_DIR }, context).graph);

describe('runPipelineParallel', () => {
  it('gives the seeds the same bytes on two workers as in one thread', async () => {
    const out = await runPipelineParallel(seeds, { dataDir: DEFAULT_DATA_DIR, workers: 2 });
    expect(out.workers).toBe(2);
    expect(out.problems).toEqual([]);
    expect(serialise(out.graph)).toBe(serial(seeds));
    expect([...out.documentMs.keys()].sort()).toEqual(seeds.map((d) => d.id).sort());
  });

  it('gives a generated corpus in four languages the same bytes, in any input order', async () => {
    expect(new Set(generated.map((d) => d.format))).toEqual(new Set(['txt', 'html']));
    const expected = serial(generated);
    const out = await runPipelineParallel([...generated].reverse(), {
      dataDir: DEFAULT_DATA_DIR,
      workers: 2,
    });
    expect(out.problems).toEqual([]);
    expect(serialise(out.graph)).toBe(expected);
    const inProcess = await runPipelineParallel(generated, {
      dataDir: DEFAULT_DATA_DIR,
      workers: 1,
    });
    expect(inProcess.workers).toBe(0);
    expect(serialise(inProcess.graph)).toBe(expected);
  });

  it('stops a document that runs past its budget, and one that crashes its worker, and goes on', async () => {
    const spin: RawDocument = {
      id: '000-spin',
      file: 'spin.txt',
      format: 'txt',
      date: null,
      text: `Kestrel Turbines AS signed a partnership with Aurora Cables Ltd. ${SPIN_MARKER}`,
    };
    const crash: RawDocument = { ...spin, id: '001-crash', file: 'crash.txt', text: CRASH_MARKER };
    const rest = seeds.slice(0, 3);
    const out = await runPipelineParallel([...rest, crash, spin], {
      dataDir: DEFAULT_DATA_DIR,
      workers: 1,
      workerUrl: slowWorker,
      documentBudgetMs: 8000,
    });
    // Both bad documents come first in id order, so the rest ran on replacement workers.
    expect(out.problems).toEqual([
      { file: 'spin.txt', reason: 'took longer than its 8000 ms budget' },
      { file: 'crash.txt', reason: 'worker crashed: worker exited with code 3' },
    ]);
    expect(serialise(out.graph)).toBe(serial(rest));
  }, 120_000);
});

describe('workerCount', () => {
  it('uses at most one worker per hundred documents by default, and what is asked otherwise', () => {
    expect(workerCount(5)).toBe(1);
    expect(workerCount(5, 4)).toBe(4);
    expect(workerCount(3, 8)).toBe(3);
    expect(workerCount(0)).toBe(1);
  });
});
