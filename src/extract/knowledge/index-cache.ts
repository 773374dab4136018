/**
 * Indexes built from data/ and packages (the known-organisations index), kept on disk
 * between builds: building one costs every thread over half a CPU-second, reading it
 * back a few milliseconds. An entry is keyed by a version that covers everything it is
 * built from (cache.ts's cacheVersion: the extractor's sources, data/, the corrections
 * file, the package versions), so a stale entry is never read.
 *
 * Entries are written atomically (a temporary file, then a rename), so threads that
 * build the same index at once, or a build stopped half-way, leave no torn file. An entry
 * that cannot be read is ignored with a warning and built again.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** Where built indexes are kept, and the version of their inputs. */
export interface IndexCache {
  dir: string;
  version: string;
}

/**
 * The folder of the document cache where built indexes are kept; the document cache's own
 * entries are in two-letter folders, so the name cannot collide.
 */
export const INDEX_CACHE_FOLDER = 'knowledge';

/** How an index is turned into JSON and back; `fromJson` throws on a malformed value. */
export interface IndexCodec<T> {
  name: string;
  toJson(index: T): unknown;
  fromJson(json: unknown): T;
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
const isMissing = (err: unknown) => (err as NodeJS.ErrnoException | null)?.code === 'ENOENT';

function entryFile(cache: IndexCache, name: string): string {
  return path.join(cache.dir, `${name}-${cache.version.slice(0, 24)}.json`);
}

/** Whether the cache holds an entry of this version (readable or not). */
export function isIndexKept(cache: IndexCache, name: string): boolean {
  return existsSync(entryFile(cache, name));
}

/** The kept index, or undefined when there is none or it cannot be read. */
function readEntry<T>(file: string, codec: IndexCodec<T>): T | undefined {
  try {
    return codec.fromJson(JSON.parse(readFileSync(file, 'utf8')));
  } catch (err) {
    if (!isMissing(err))
      process.stderr.write(
        `warning: ignoring the kept ${codec.name} index ${file} (${reasonOf(err)}); building it again\n`,
      );
    return undefined;
  }
}

/** Writes the entry atomically and removes the entries of other versions. */
function writeEntry(file: string, json: unknown, name: string): void {
  const tmp = `${file}.tmp-${process.pid}-${threadId}`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, JSON.stringify(json));
    renameSync(tmp, file);
    for (const other of readdirSync(path.dirname(file)))
      if (other.startsWith(`${name}-`) && other.endsWith('.json') && other !== path.basename(file))
        rmSync(path.join(path.dirname(file), other), { force: true });
  } catch (err) {
    process.stderr.write(
      `warning: could not keep the ${name} index in ${file}: ${reasonOf(err)}\n`,
    );
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** The index from the cache when it holds this version, else built (and kept when a cache is given). */
export function cachedIndex<T>(
  cache: IndexCache | undefined,
  codec: IndexCodec<T>,
  build: () => T,
): T {
  if (!cache) return build();
  const file = entryFile(cache, codec.name);
  const kept = readEntry(file, codec);
  if (kept !== undefined) return kept;
  const index = build();
  writeEntry(file, codec.toJson(index), codec.name);
  return index;
}
