/**
 * The per-document cache: keys follow what decides a document's analysis, entries round
 * trip, a batch takes its hits from the cache and runs only its misses, and a build through
 * the cache is byte-identical to one without it, over random edits to a corpus.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cacheVersion, DocumentCache, runBatchCached } from './cache.js';
import { createContext, type Context } from './knowledge/context.js';
import { DEFAULT_DATA_DIR } from './knowledge/data-dir.js';
import { runPipelineParallel } from './parallel.js';
import type { DocumentStage, PipelineDocument } from './pipeline.js';
import type { DocumentBatch } from './runner.js';
import type { RawDocument } from './types.js';

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-cache-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const doc = (id: string, text: string): RawDocument => ({
  id,
  file: `${id}.txt`,
  format: 'txt',
  date: null,
  text,
});

/** Stand-ins for a document phase: the cache only reads their names. */
const stageNamed = (name: string): DocumentStage => ({
  name,
  scope: 'document',
  requires: [],
  assigns: [],
  run: (document) => document,
});
const stages = [stageNamed('clean'), stageNamed('entities')];

describe('cache keys', () => {
  it('are equal for equal documents and differ when the text, the stages or the version differ', () => {
    const cache = new DocumentCache(folder(), 'v1');
    const key = cache.keyOf(stages, doc('a', 'Acme signed a deal with Borealis.'));
    expect(cache.keyOf(stages, doc('a', 'Acme signed a deal with Borealis.'))).toBe(key);
    expect(cache.keyOf(stages, doc('a', 'Acme signed a deal with Tremon.'))).not.toBe(key);
    expect(
      cache.keyOf([{ name: 'clean' }], doc('a', 'Acme signed a deal with Borealis.')),
    ).not.toBe(key);
    const other = new DocumentCache(folder(), 'v2');
    expect(other.keyOf(stages, doc('a', 'Acme signed a deal with Borealis.'))).not.toBe(key);
  });

  it('change with any data/ file and with a corrections file', () => {
    const data = folder();
    writeFileSync(path.join(data, 'aliases.csv'), 'alias,canonical\n');
    const before = cacheVersion(data);
    expect(cacheVersion(data)).toBe(before);
    writeFileSync(path.join(data, 'aliases.csv'), 'alias,canonical\nAcme Corp,Acme\n');
    const edited = cacheVersion(data);
    expect(edited).not.toBe(before);
    const corrections = path.join(folder(), 'corrections.csv');
    writeFileSync(corrections, 'file,alias,canonical\n');
    expect(cacheVersion(data, corrections)).not.toBe(edited);
  });
});

describe('cache entries', () => {
  it('round trip a document, and a missing or torn entry is a miss', () => {
    const dir = folder();
    const cache = new DocumentCache(dir, 'v1');
    const value = { id: 'a', file: 'a.txt', mentions: [{ name: 'Acme', start: 0 }] };
    cache.set('ab12', value);
    expect(cache.get('ab12')).toEqual(value);
    expect(cache.has('ab12')).toBe(true);
    expect(cache.get('cd34')).toBeUndefined();
    writeFileSync(path.join(dir, 'ab', '12'), 'not a serialised value');
    expect(cache.get('ab12')).toBeUndefined();
    expect(readdirSync(path.join(dir, 'ab')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('runBatchCached', () => {
  const batchOf = (inputs: PipelineDocument[]): DocumentBatch => ({
    index: 0,
    last: false,
    stages,
    inputs,
    outputs: [],
  });
  const upper = (d: PipelineDocument) => ({ ...d, file: d.file.toUpperCase() });

  it('runs only the documents it has not seen, and fills every output in input order', async () => {
    const cache = new DocumentCache(folder(), 'v1');
    const docs = ['a', 'b', 'c'].map((id) => ({ id, file: `${id}.txt` }));
    const seen: string[][] = [];
    const run = (part: DocumentBatch) => {
      seen.push(part.inputs.map((d) => d.id));
      part.outputs = part.inputs.map(upper);
      return Promise.resolve([]);
    };
    const first = batchOf(docs);
    await runBatchCached(first, cache, run);
    const second = batchOf([...docs, { id: 'd', file: 'd.txt' }]);
    await runBatchCached(second, cache, run);
    expect(seen).toEqual([['a', 'b', 'c'], ['d']]);
    expect(second.outputs.map((d) => d?.file)).toEqual(['A.TXT', 'B.TXT', 'C.TXT', 'D.TXT']);
    expect(cache.counts).toEqual({ analysed: 4, cached: 3 });
  });

  it('gives failures the index of the whole batch, and does not keep them', async () => {
    const cache = new DocumentCache(folder(), 'v1');
    const docs = ['a', 'b', 'c'].map((id) => ({ id, file: `${id}.txt` }));
    await runBatchCached(batchOf(docs.slice(0, 1)), cache, (part) => {
      part.outputs = part.inputs.map(upper);
      return Promise.resolve([]);
    });
    const batch = batchOf(docs);
    const failures = await runBatchCached(batch, cache, (part) => {
      // The misses are b and c; c fails.
      part.outputs = [upper(part.inputs[0]!)];
      return Promise.resolve([{ index: 1, reason: 'broken' }]);
    });
    expect(failures).toEqual([{ index: 2, reason: 'broken' }]);
    expect(batch.outputs[2]).toBeUndefined();
    expect(cache.has(cache.keyOf(stages, docs[2]!))).toBe(false);
  });
});

describe('a build through the cache', () => {
  let context: Context;
  beforeAll(() => {
    context = createContext(DEFAULT_DATA_DIR);
  });

  const NAMES = ['Acme Holdings', 'Borealis Mining', 'Tremon Logistics', 'Orvalis Bank'];
  const CUES = ['signed a supply agreement with', 'acquired', 'formed a joint venture with'];
  const YEARS = ['in 2019', 'in 2021', ''];
  const sentence = fc
    .tuple(
      fc.constantFrom(...NAMES),
      fc.constantFrom(...CUES),
      fc.constantFrom(...NAMES),
      fc.constantFrom(...YEARS),
    )
    .map(([a, cue, b, year]) => `${a} ${cue} ${b} ${year}`.trim() + '.');
  const text = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
  /** A corpus, then an edit: a document changed, added or removed. */
  const edit = fc.tuple(
    fc.integer({ min: 0, max: 5 }),
    fc.constantFrom('change', 'add', 'remove'),
    text,
  );

  const build = async (docs: RawDocument[], cache?: DocumentCache) =>
    JSON.stringify(
      (
        await runPipelineParallel(docs, {
          dataDir: DEFAULT_DATA_DIR,
          workers: 1,
          context,
          texts: 'inline',
          ...(cache ? { cache } : {}),
        })
      ).graph,
    );

  it('gives the same bytes as a build without it, after random edits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(text, { minLength: 2, maxLength: 5 }),
        fc.array(edit, { maxLength: 3 }),
        async (texts, edits) => {
          const cache = new DocumentCache(folder(), 'property');
          let docs = texts.map((t, i) => doc(`d${i}`, t));
          await build(docs, cache);
          for (const [at, kind, newText] of edits) {
            const index = at % docs.length;
            if (kind === 'change')
              docs = docs.map((d, i) => (i === index ? { ...d, text: newText } : d));
            if (kind === 'add') docs = [...docs, doc(`n${docs.length}${at}`, newText)];
            if (kind === 'remove' && docs.length > 1) docs = docs.filter((_, i) => i !== index);
            expect(await build(docs, cache)).toBe(await build(docs));
          }
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);

  it('analyses only the edited document, and reuses a whole unchanged build', async () => {
    const cache = new DocumentCache(folder(), 'counts');
    const docs = NAMES.map((name, i) =>
      doc(`d${i}`, `${name} acquired ${NAMES[(i + 1) % NAMES.length]} in 2020.`),
    );
    await build(docs, cache);
    expect(cache.counts).toEqual({ analysed: 4, cached: 0 });
    const again = await build(docs, cache);
    expect(cache.counts).toEqual({ analysed: 4, cached: 4 });
    expect(again).toBe(await build(docs));
    const edited = docs.map((d, i) =>
      i === 2 ? { ...d, text: `${d.text} Acme Holdings partnered with Orvalis Bank.` } : d,
    );
    const rebuilt = await build(edited, cache);
    expect(cache.counts).toEqual({ analysed: 5, cached: 7 });
    expect(rebuilt).toBe(await build(edited));
    expect(JSON.parse(rebuilt).edges.length).toBeGreaterThan(JSON.parse(again).edges.length);
  }, 120_000);
});
