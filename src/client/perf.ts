/**
 * Performance marks for `npm run bench` (src/bench/client.ts) and for anyone profiling
 * the client in DevTools: each step from navigation to the first drawn graph leaves a
 * `performance.mark` named `pa:<step>`, whose startTime is milliseconds since
 * navigation start. They cost nothing measurable and are kept in production builds.
 *
 *   pa:fetch-start      loadGraph starts fetching graph.json
 *   pa:fetched          the body is read (text)
 *   pa:parsed           JSON.parse done
 *   pa:validated        schema and integrity checks done
 *   pa:indexed          the store holds the graph and its lookup index
 *   pa:cy-created       the Cytoscape instance exists (elements and style applied)
 *   pa:first-frame      the first drawn frame is on screen (cy/firstFrame.ts)
 */
export type PerfStep =
  'fetch-start' | 'fetched' | 'parsed' | 'validated' | 'indexed' | 'cy-created' | 'first-frame';

export function mark(step: PerfStep): void {
  // Once per page: a second graph view (React StrictMode, renderer reload) keeps the first.
  if (typeof performance === 'undefined' || performance.getEntriesByName(`pa:${step}`).length)
    return;
  performance.mark(`pa:${step}`);
}
