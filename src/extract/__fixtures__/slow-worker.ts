/**
 * Test-only worker entry for parallel.test.ts: the real stages, except that a document
 * whose text contains SPIN_MARKER never finishes its cleaning, and one containing
 * CRASH_MARKER ends its worker thread. The product's worker (src/extract/worker.ts) has
 * no such hooks; tests choose this entry through ParallelOptions.workerUrl. The markers
 * are repeated in parallel.test.ts.
 */
import { serveDocuments } from '../parallel.js';
import type { Context } from '../knowledge/context.js';
import { STAGES, type Stage } from '../pipeline.js';
import type { RawDocument } from '../types.js';

const SPIN_MARKER = 'TEST-ONLY: SPIN FOREVER';
const CRASH_MARKER = 'TEST-ONLY: CRASH WORKER';

function spinOrCrash(raw: RawDocument): void {
  if (raw.text.includes(SPIN_MARKER)) {
    // A stage stuck in a loop: nothing but terminating the thread stops it.
    let n = 0;
    while (n >= 0) n = (n + 1) % 1_000_000;
  }
  if (raw.text.includes(CRASH_MARKER)) process.exit(3);
}

const [first, ...rest] = STAGES;
const wrapped: Stage = {
  ...first,
  run: (raw: RawDocument, context: Context) => {
    spinOrCrash(raw);
    return first.run(raw, context);
  },
};
serveDocuments([wrapped, ...rest]);
