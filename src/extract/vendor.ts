/**
 * compromise and chrono-node, loaded through `require` (their CommonJS builds) rather than
 * `import`.
 *
 * Speed: under tsx (`npm run graph`, and each of its worker threads) every ES module file
 * goes through tsx's loader hooks, which run on a thread of their own, and these two
 * libraries ship 456 and 267 module files. compromise's CommonJS build is a single file,
 * and tsx handles `require` in-thread. Measured per thread: compromise 0.61 -> 0.21 CPU-s,
 * chrono-node 0.41 -> 0.17 CPU-s. Same package versions, same code (the output of a build
 * is byte-identical).
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import type Compromise from 'compromise';

const require = createRequire(import.meta.url);

export const chrono = require('chrono-node') as typeof Chrono;

let compromise: typeof Compromise | undefined;

/**
 * compromise, loaded on first use: only the entity stage needs it, so the main thread of a
 * build on worker threads never loads it (0.2 CPU-s).
 */
export function nlp(text: string): ReturnType<typeof Compromise> {
  compromise ??= require('compromise') as typeof Compromise;
  return compromise(text);
}
