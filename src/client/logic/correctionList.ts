/**
 * The explorer's side of corrections, pure: which dataset a saved list belongs to, reading
 * a saved list back, the rows of the Corrections panel, and where the selection, Focus and
 * Path go once a node or relation is corrected away.
 */
import type { Graph } from '../../schema/graph';
import {
  applyCorrections,
  describeCorrection,
  parseCorrections,
  type Correction,
} from './corrections';
import type { Focus, PathQuery, Selected } from './types';

const STORAGE_PREFIX = 'partner-atlas:corrections:';

/** FNV-1a, 32 bits: a short, stable fingerprint, not a security measure. */
function fingerprint(parts: Iterable<string>): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    // A separator, so ["ab", "c"] and ["a", "bc"] differ.
    hash = Math.imul(hash ^ 0x1f, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function* graphParts(graph: Graph): Generator<string> {
  yield graph.title ?? '';
  for (const document of graph.documents) yield document.id;
  for (const node of graph.nodes) yield `${node.id}\t${node.label}`;
  for (const edge of graph.edges) yield edge.id;
}

/**
 * The localStorage key of a dataset's corrections: its title and a fingerprint of its
 * documents, nodes and relations, the same on every load of one graph.json and
 * different once a rebuild changes it.
 */
export function correctionsStorageKey(graph: Graph): string {
  return `${STORAGE_PREFIX}${graph.title ?? 'graph'}:${fingerprint(graphParts(graph))}`;
}

export interface StoredCorrections {
  corrections: Correction[];
  /** Something was saved but could not be read in full (it is ignored). */
  malformed: boolean;
}

/** A saved list read back; anything that is not a list of corrections is reported. */
export function readStoredCorrections(text: string | null): StoredCorrections {
  if (text === null) return { corrections: [], malformed: false };
  const corrections = parseCorrections(text);
  let entries = -1;
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) entries = value.length;
  } catch {
    // counted as malformed below
  }
  return { corrections, malformed: entries !== corrections.length };
}

export interface CorrectionEntry {
  correction: Correction;
  /** The sentence shown, from the graph as it was before this correction. */
  text: string;
  /** What it names is not in this graph. */
  stale: boolean;
}

/** One row per correction for the Corrections panel, in the order they were made. */
export function correctionEntries(
  original: Graph,
  corrections: readonly Correction[],
): CorrectionEntry[] {
  let current = original;
  return corrections.map((correction) => {
    const text = describeCorrection(current, correction);
    const result = applyCorrections(current, [correction]);
    current = result.graph;
    return { correction, text, stale: result.stale.length > 0 };
  });
}

/** Whether a node id still exists once corrected. */
type Exists = (id: string) => boolean;

/** A merged node's selection moves to the node it became part of; a removed one's clears. */
export function selectionAfter(
  selection: Selected | null,
  correction: Correction,
  nodeExists: Exists,
  edgeExists: Exists,
): Selected | null {
  if (!selection) return null;
  if (selection.kind === 'node') {
    if (correction.kind === 'merge' && correction.node === selection.id)
      return { kind: 'node', id: correction.into };
    return nodeExists(selection.id) ? selection : null;
  }
  return edgeExists(selection.id) ? selection : null;
}

/** Focus and Path follow a merged node, and end when their node is gone. */
export function focusAfter(
  focus: Focus | null,
  correction: Correction,
  nodeExists: Exists,
): Focus | null {
  if (!focus) return null;
  const node = followMerge(focus.node, correction);
  return nodeExists(node) ? { ...focus, node } : null;
}

export function pathAfter(
  path: PathQuery | null,
  correction: Correction,
  nodeExists: Exists,
): PathQuery | null {
  if (!path) return null;
  const from = followMerge(path.from, correction);
  const to = followMerge(path.to, correction);
  return nodeExists(from) && nodeExists(to) && from !== to ? { ...path, from, to } : null;
}

function followMerge(id: string, correction: Correction): string {
  return correction.kind === 'merge' && correction.node === id ? correction.into : id;
}
