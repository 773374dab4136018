/**
 * What the dev server (live-graph.ts) tells the open page (src/client/live.ts) after a
 * rebuild, over Vite's channel. Shared by both sides, so it imports nothing.
 */

/** The custom event's name. */
export const LIVE_EVENT = 'atlas:graph';

/** A new graph.json is in place, or the build's errors while the last good graph stays. */
export type LiveMessage = { ok: true } | { ok: false; errors: string[] };
