/**
 * Stage `write`: validate, then write atomically.
 *
 * The graph goes to a temporary file beside the target and is renamed over it, so a
 * reader (or a crash) never sees half a graph. Text files, when used, are written to
 * a fresh directory that replaces the old one in the same way, just before graph.json.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkIntegrity, validateGraph, type Graph } from '../../schema/graph.js';

/** Validates against the shared schema; throws with the first bad field named. */
export function validateForWrite(graph: Graph, texts?: ReadonlyMap<string, string>): Graph {
  const result = validateGraph(graph);
  if (!result.ok) throw new Error(`refusing to write an invalid graph: ${result.error}`);
  if (texts) {
    // Offsets must point into the texts that are written beside the graph.
    const inline = {
      ...graph,
      texts: 'inline' as const,
      documents: graph.documents.map((d) => ({ ...d, text: texts.get(d.id) ?? '' })),
    };
    const problem = checkIntegrity(inline);
    if (problem) throw new Error(`refusing to write an invalid graph: ${problem}`);
  }
  return result.graph;
}

/** Serialises with stable key order (insertion order of the builder) and a final newline. */
export function serialise(graph: Graph): string {
  return `${JSON.stringify(graph)}\n`;
}

const isMissing = (err: unknown): boolean =>
  err instanceof Error && (err as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Writes graph.json (and the texts folder beside it) so that a failure at any step leaves
 * the previous build in place: everything new is written under temporary names first, and
 * only then renamed over the old files. When the graph's own rename fails, the previous
 * texts folder is put back, so graph.json never points at texts from another build. A
 * crash between the two renames is the only window in which the two can disagree.
 */
export async function writeGraph(
  graph: Graph,
  out: string,
  texts?: { dir: string; files: ReadonlyMap<string, string> },
): Promise<void> {
  await mkdir(path.dirname(out), { recursive: true });
  const suffix = `.tmp-${process.pid}`;
  const tmp = `${out}${suffix}`;
  const dir = texts ? path.join(path.dirname(out), texts.dir) : null;
  const tmpDir = dir && `${dir}${suffix}`;
  const oldDir = dir && `${dir}.old-${process.pid}`;
  let oldMoved = false;
  let newPlaced = false;
  try {
    if (texts && tmpDir) {
      await rm(tmpDir, { recursive: true, force: true });
      await mkdir(tmpDir, { recursive: true });
      for (const [id, text] of texts.files) await writeFile(path.join(tmpDir, `${id}.txt`), text);
    }
    await writeFile(tmp, serialise(graph));

    if (dir && tmpDir && oldDir) {
      await rm(oldDir, { recursive: true, force: true });
      try {
        await rename(dir, oldDir);
        oldMoved = true;
      } catch (err) {
        if (!isMissing(err)) throw err;
      }
      await rename(tmpDir, dir);
      newPlaced = true;
    }
    await rename(tmp, out);
  } catch (err) {
    // Put the previous texts folder back (or take away a new one that has no graph).
    if (dir && newPlaced) await rm(dir, { recursive: true, force: true });
    if (dir && oldDir && oldMoved) await rename(oldDir, dir);
    throw err;
  } finally {
    // Cleaning up must not hide the error that got us here.
    await rm(tmp, { force: true }).catch(() => undefined);
    if (tmpDir) await rm(tmpDir, { recursive: true, force: true }).catch(() => undefined);
  }
  if (oldDir) await rm(oldDir, { recursive: true, force: true });
}

/** Writes one file under a temporary name and renames it over the target. */
export async function writeFileAtomically(out: string, content: string): Promise<void> {
  await mkdir(path.dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, out);
  } finally {
    await rm(tmp, { force: true }).catch(() => undefined);
  }
}
