/**
 * Fetches graph.json, streaming the body so a big file shows bytes read, then parses
 * and validates it with the shared schema. Every failure becomes a message that says
 * what is wrong; nothing here throws to the caller.
 */
import type { Graph } from '../../schema/graph';
import { formatBytes } from '../logic/format';
import { mark } from '../perf';

export type LoadResult = { ok: true; graph: Graph } | { ok: false; error: string };

export async function loadGraph(
  url: string,
  name: string,
  onProgress: (bytes: number, total: number | null) => void,
): Promise<LoadResult> {
  // The validator (zod and the schema) loads in parallel with the file, so it is not
  // part of the initial bundle yet costs no extra round trip.
  const validator = import('../logic/parseGraph');
  mark('fetch-start');
  let response: Response;
  try {
    // Asking for JSON keeps dev/preview servers from answering with index.html.
    response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (err) {
    return { ok: false, error: `${name} could not be fetched: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (response.status === 404)
    return { ok: false, error: `${name} not found (HTTP 404). Build it with "npm run graph", then reload.` };
  if (!response.ok) return { ok: false, error: `${name} could not be loaded (HTTP ${response.status} ${response.statusText}).` };
  if ((response.headers.get('content-type') ?? '').includes('text/html'))
    return { ok: false, error: `${name} not found: the server sent an HTML page instead (HTTP ${response.status}). Build it with "npm run graph".` };

  // Content-Length is the compressed size when the server compresses; then it is only a hint.
  const encoded = response.headers.get('content-encoding');
  const length = Number(response.headers.get('content-length'));
  const total = !encoded && Number.isFinite(length) && length > 0 ? length : null;

  let text: string;
  try {
    text = await readText(response, (bytes) => onProgress(bytes, total));
  } catch (err) {
    return { ok: false, error: `${name} could not be read: ${err instanceof Error ? err.message : String(err)}` };
  }
  mark('fetched');
  if (text.trim() === '') return { ok: false, error: `${name} is empty.` };
  let parsed: Awaited<ReturnType<typeof import('../logic/parseGraph').parseGraphText>>;
  try {
    parsed = (await validator).parseGraphText(text, name);
  } catch (err) {
    return { ok: false, error: `The validator could not be loaded: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!parsed.ok) return { ok: false, error: parsed.error.startsWith(name) ? parsed.error : `${name} is invalid: ${parsed.error}` };
  return { ok: true, graph: parsed.graph };
}

async function readText(response: Response, onBytes: (bytes: number) => void): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    // Report at most ~10 times a second: each report re-renders the progress bar.
    const now = performance.now();
    if (now - lastReport > 100) {
      lastReport = now;
      onBytes(bytes);
    }
  }
  parts.push(decoder.decode());
  onBytes(bytes);
  return parts.join('');
}

export function describeProgress(bytes: number, total: number | null): string {
  if (!total) return `${formatBytes(bytes)} read`;
  const percent = Math.min(100, Math.floor((bytes / total) * 100));
  return `${formatBytes(bytes)} of ${formatBytes(total)} (${percent}%)`;
}
