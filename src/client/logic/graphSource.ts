/**
 * Where to load the graph from. By default `graph.json` relative to the page, so the
 * built site works from any base path. `?graph=<relative path>` loads another file of
 * the same site (tests, exported subsets); anything that could reach another origin,
 * or run as a script URL, is refused and the default is used instead.
 */
export interface GraphSource {
  url: string;
  /** The name to show in messages, e.g. "graph.json". */
  name: string;
  /** Why a `graph` parameter was refused, when it was. */
  rejected: string | null;
}

export const DEFAULT_GRAPH = 'graph.json';

export function resolveGraphSource(param: string | null, pageUrl: string): GraphSource {
  const fallback = (rejected: string | null): GraphSource => ({
    url: new URL(DEFAULT_GRAPH, pageUrl).href,
    name: DEFAULT_GRAPH,
    rejected,
  });
  if (param === null || param.trim() === '') return fallback(null);
  const value = param.trim();
  // A scheme ("https:", "javascript:", "data:"), a protocol-relative "//host" or a
  // backslash (which browsers treat as a slash) could leave the site.
  if (/^[a-z][a-z\d+.-]*:/i.test(value) || value.startsWith('//') || value.includes('\\'))
    return fallback(
      `the graph parameter must be a relative path on this site, not ${JSON.stringify(value.slice(0, 60))}`,
    );
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return fallback(
      `the graph parameter ${JSON.stringify(value.slice(0, 60))} is not a valid path`,
    );
  }
  if (url.origin !== new URL(pageUrl).origin)
    return fallback(`the graph parameter must stay on this site`);
  const name = decodeURIComponent(url.pathname.split('/').pop() || value);
  return { url: url.href, name, rejected: null };
}

/** Resolves a document's `textFile` against the graph's URL, refusing other origins. */
export function resolveTextFile(textFile: string, graphUrl: string): string | null {
  if (/^[a-z][a-z\d+.-]*:/i.test(textFile) || textFile.startsWith('//') || textFile.includes('\\'))
    return null;
  try {
    const url = new URL(textFile, graphUrl);
    return url.origin === new URL(graphUrl).origin ? url.href : null;
  } catch {
    return null;
  }
}
