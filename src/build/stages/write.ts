/**
 * Stage `write`: validate, then write atomically.
 *
 * The graph goes to a temporary file beside the target and is renamed over it, so a
 * reader (or a crash) never sees half a graph. Text files, when used, are written to
 * a fresh directory that replaces the old one in the same way, before graph.json.
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

export async function writeGraph(
  graph: Graph,
  out: string,
  texts?: { dir: string; files: ReadonlyMap<string, string> },
): Promise<void> {
  await mkdir(path.dirname(out), { recursive: true });
  const suffix = `.tmp-${process.pid}`;
  if (texts) {
    const dir = path.join(path.dirname(out), texts.dir);
    const tmpDir = `${dir}${suffix}`;
    await rm(tmpDir, { recursive: true, force: true });
    await mkdir(tmpDir, { recursive: true });
    for (const [id, text] of texts.files) await writeFile(path.join(tmpDir, `${id}.txt`), text);
    await rm(dir, { recursive: true, force: true });
    await rename(tmpDir, dir);
  }
  const tmp = `${out}${suffix}`;
  try {
    await writeFile(tmp, serialise(graph));
    await rename(tmp, out);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
