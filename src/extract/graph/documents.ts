/**
 * The documents of the graph: metadata, the entities found in each, and the text
 * (inline, or a file beside graph.json).
 */
import type { GraphDocument } from '../../schema/graph.js';
import type { DatedDocument } from '../types.js';
import type { NodeId } from './ids.js';

export interface TextOptions {
  /** Keep document texts inside graph.json ("inline") or in files beside it. */
  texts: 'inline' | 'files';
  /** Relative directory for text files, when texts is "files". */
  textDir?: string;
}

/** Entities point to nodes of the graph only (`nodeIds`). */
export function graphDocuments(
  docs: readonly DatedDocument[],
  nodeId: NodeId,
  nodeIds: ReadonlySet<string>,
  options: TextOptions,
): GraphDocument[] {
  return docs.map((doc) => {
    const entities = doc.mentions
      .map((m) => ({ node: nodeId(m.key), start: m.start, end: m.end }))
      .filter(
        (e): e is { node: string; start: number; end: number } =>
          e.node !== null && nodeIds.has(e.node),
      );
    const document: GraphDocument = {
      id: doc.id,
      file: doc.file,
      title: doc.title,
      language: doc.language,
      date: doc.date,
      length: doc.text.length,
      entities,
    };
    if (doc.url) document.url = doc.url;
    if (options.texts === 'inline') document.text = doc.text;
    else document.textFile = `${options.textDir ?? 'graph-texts'}/${doc.id}.txt`;
    return document;
  });
}
