/**
 * compromise and chrono-node, loaded through `require` (their CommonJS builds): under tsx
 * every ES module file of theirs (hundreds) would pass through its loader hooks, which
 * costs each thread about a third of a CPU-second per library.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import type Compromise from 'compromise';

const require = createRequire(import.meta.url);

export const chrono = require('chrono-node') as typeof Chrono;

let compromise: typeof Compromise | undefined;

/**
 * compromise, loaded on first use: only the entity stage needs it, so a main thread that
 * leaves the documents to workers never loads it.
 */
export function nlp(text: string): ReturnType<typeof Compromise> {
  compromise ??= require('compromise') as typeof Compromise;
  return compromise(text);
}
