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
 *   pa:labelled         the frame with the first labels is on screen (cy/labels.ts)
 *   pa:filled           a graph drawn in parts (cy/controller.ts) is drawn whole
 */
export type PerfStep =
  | 'fetch-start'
  | 'fetched'
  | 'parsed'
  | 'validated'
  | 'indexed'
  | 'cy-created'
  | 'first-frame'
  | 'labelled'
  | 'filled';

let resolveFirstFrame: () => void = () => {};
const firstFrame = new Promise<void>((resolve) => {
  resolveFirstFrame = resolve;
});

/** Sets `pa:<step>`, with `detail` (figures of that moment) when given. */
export function mark(step: PerfStep, detail?: Record<string, number>): void {
  if (step === 'first-frame') resolveFirstFrame();
  // Once per page: a second graph view (React StrictMode, renderer reload) keeps the first.
  if (typeof performance === 'undefined' || performance.getEntriesByName(`pa:${step}`).length)
    return;
  performance.mark(`pa:${step}`, detail ? { detail } : undefined);
}

/** The Map view draws no canvas: its first drawing stands for the first frame here. */
export function mapDrawn(): void {
  resolveFirstFrame();
}

/** Resolves once the first frame of the graph (or the map) is drawn. */
export function firstFrameDrawn(): Promise<void> {
  return firstFrame;
}

/**
 * Resolves once the first frame of the graph (or the map) is drawn, then once the page is
 * idle: the moment to load and compute what the first frame does not need.
 */
export function afterFirstFrame(): Promise<void> {
  return firstFrame.then(whenIdle);
}

/** Resolves when the browser is idle (requestIdleCallback where there is one). */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve());
    else setTimeout(resolve, 0);
  });
}
