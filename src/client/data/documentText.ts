/**
 * Document text for the reader. Inline graphs carry it; "files" graphs keep it in
 * files beside graph.json, fetched on first use and cached.
 */
import type { GraphDocument } from '../../schema/graph';
import { resolveTextFile } from '../logic/graphSource';

const cache = new Map<string, Promise<string>>();

export function documentText(doc: GraphDocument, graphUrl: string): Promise<string> {
  if (doc.text !== undefined) return Promise.resolve(doc.text);
  const key = `${graphUrl}#${doc.id}`;
  let p = cache.get(key);
  if (!p) {
    p = fetchText(doc, graphUrl);
    cache.set(key, p);
    p.catch(() => cache.delete(key)); // let a later attempt retry
  }
  return p;
}

async function fetchText(doc: GraphDocument, graphUrl: string): Promise<string> {
  if (doc.textFile === undefined) throw new Error('this document has no text');
  const url = resolveTextFile(doc.textFile, graphUrl);
  if (!url) throw new Error(`refused to load ${JSON.stringify(doc.textFile)}: not a file of this site`);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${doc.textFile} could not be loaded (HTTP ${response.status})`);
  const text = await response.text();
  if (text.length !== doc.length)
    throw new Error(`${doc.textFile} has ${text.length} characters, but the graph expects ${doc.length}; rebuild the graph`);
  return text;
}
