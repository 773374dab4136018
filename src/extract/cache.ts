/**
 * The per-document cache: a document phase's output, kept under `.cache/` and keyed by
 * everything that decides it, so an unchanged document is never analysed again and the
 * graph stays byte-identical to a build without the cache.
 *
 * A key is the hash of the cache version (the extractor's source files, the data/ files,
 * the corrections file and the known-organisations package), the phase's stage names and
 * the phase's input document. The first phase's input is the loaded document; a later
 * phase's input is what the corpus stages made of it (resolve), so a change elsewhere in
 * the corpus that alters a document's resolved names is a miss, as it must be.
 *
 * Entries are written with v8's serializer (what worker threads use to pass documents)
 * and atomically, so a build stopped half-way leaves no torn entry behind.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { PipelineDocument } from './pipeline.js';
import type { BatchFailure, DocumentBatch, PipelineResult } from './runner.js';

/** Where a build keeps its cache unless told otherwise (ignored by git). */
export const DEFAULT_CACHE_DIR = '.cache/documents';

/** The extractor's own code and the schema it writes: a change to either is a new version. */
const SOURCE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIRS = ['extract', 'schema'].map((dir) => path.join(SOURCE_ROOT, dir));
const isSource = (file: string) => /\.(ts|js|mjs)$/.test(file) && !/\.test\.(ts|js)$/.test(file);

/** Files under `dir` (recursively), sorted, for which `keep` holds. */
function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    )) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('__')) walk(full);
      else if (entry.isFile() && keep(full)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

function addFiles(hash: ReturnType<typeof createHash>, root: string, files: readonly string[]) {
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
}

/** The version of the known-organisations table: its package's version. */
function knownOrganisationsVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    const manifest = require('name-suggestion-index/package.json') as { version?: string };
    return manifest.version ?? 'unknown';
  } catch {
    return 'absent';
  }
}

/**
 * One hash of everything a document's analysis depends on besides the document itself.
 * Hashing every data/ file means an edit to any of them analyses every document again:
 * simpler and safer than tracking which stage read which file.
 */
export function cacheVersion(dataDir: string, corrections?: string): string {
  const hash = createHash('sha256');
  for (const dir of SOURCE_DIRS) addFiles(hash, SOURCE_ROOT, filesUnder(dir, isSource));
  addFiles(
    hash,
    dataDir,
    filesUnder(dataDir, () => true),
  );
  if (corrections !== undefined) addFiles(hash, path.dirname(corrections), [corrections]);
  hash.update(knownOrganisationsVersion());
  return hash.digest('hex');
}

export interface CacheCounts {
  /** Documents whose first phase ran (analysed in this build). */
  analysed: number;
  /** Documents whose first phase came from the cache. */
  cached: number;
}

export class DocumentCache {
  readonly counts: CacheCounts = { analysed: 0, cached: 0 };

  constructor(
    readonly dir: string,
    readonly version: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  keyOf(stages: readonly { name: string }[], doc: PipelineDocument): string {
    return createHash('sha256')
      .update(this.version)
      .update(stages.map((stage) => stage.name).join(','))
      .update(serialize(doc))
      .digest('hex');
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key.slice(2));
  }

  has(key: string): boolean {
    return existsSync(this.fileOf(key));
  }

  /** The cached output, or undefined on a miss (an unreadable entry is a miss). */
  get(key: string): PipelineDocument | undefined {
    return this.read(key) as PipelineDocument | undefined;
  }

  set(key: string, doc: PipelineDocument): void {
    this.write(key, doc);
  }

  private read(key: string): unknown {
    try {
      return deserialize(readFileSync(this.fileOf(key)));
    } catch {
      return undefined;
    }
  }

  private write(key: string, value: unknown): void {
    const file = this.fileOf(key);
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(value));
    renameSync(temporary, file);
  }

  /**
   * The key of a whole build: every document's first-phase key and the corpus settings.
   * Equal keys mean the corpus stages would get the same documents, so give the same graph.
   */
  buildKeyOf(firstKeys: readonly string[], settings: unknown): string {
    return createHash('sha256')
      .update(this.version)
      .update('build\0')
      .update([...firstKeys].sort().join(','))
      .update(serialize(settings))
      .digest('hex');
  }

  /** A whole build's result kept by setBuild, or undefined. */
  getBuild(key: string): PipelineResult | undefined {
    return this.read(key) as PipelineResult | undefined;
  }

  setBuild(key: string, result: PipelineResult): void {
    this.write(key, result);
  }

  /** Entries on disk, and their total size in bytes (for the bench and `--help`). */
  size(): { entries: number; bytes: number } {
    const files = filesUnder(this.dir, (f) => !f.endsWith('.tmp'));
    return { entries: files.length, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) };
  }
}

/**
 * Runs a batch through the cache: outputs of documents seen before are filled from it,
 * the rest go to `run` as a smaller batch, and what they give is stored. Failures are not
 * cached, so a document that failed is tried again next time.
 */
export async function runBatchCached(
  batch: DocumentBatch,
  cache: DocumentCache,
  run: (
    misses: DocumentBatch,
    onDone: (index: number, ms: number) => void,
  ) => Promise<BatchFailure[]>,
  onDone: (index: number, ms: number) => void = () => undefined,
): Promise<BatchFailure[]> {
  const keys = batch.inputs.map((doc) => cache.keyOf(batch.stages, doc));
  const missing: number[] = [];
  keys.forEach((key, index) => {
    const hit = cache.get(key);
    if (!hit) return void missing.push(index);
    batch.outputs[index] = hit;
    onDone(index, 0);
  });
  if (batch.index === 0) {
    cache.counts.cached += batch.inputs.length - missing.length;
    cache.counts.analysed += missing.length;
  }
  if (missing.length === 0) return [];
  const misses: DocumentBatch = {
    ...batch,
    inputs: missing.map((index) => batch.inputs[index] as PipelineDocument),
    outputs: [],
  };
  const failures = await run(misses, (at, ms) => onDone(missing[at] as number, ms));
  missing.forEach((index, at) => {
    const output = misses.outputs[at];
    if (output === undefined) return;
    batch.outputs[index] = output;
    cache.set(keys[index] as string, output);
  });
  return failures.map((failure) => ({ ...failure, index: missing[failure.index] as number }));
}
