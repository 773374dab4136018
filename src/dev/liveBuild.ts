/**
 * The pure parts of the live rebuild run by the dev server (live-graph.ts): when to build
 * (bursts of changes coalesce, and never two builds at once) and what a finished build
 * means for the open page (the new graph, or errors while the last good graph stays).
 */
import path from 'node:path';
import type { LiveMessage } from './liveEvent.js';

/** Changes that arrive within this long of each other make one build. */
export const QUIET_MS = 300;

export interface BuildQueue {
  /** A watched file changed: build once things are quiet and no build is running. */
  request(file: string): void;
  /** Resolves when no build is running or waiting (for tests and shutdown). */
  idle(): Promise<void>;
  close(): void;
}

/**
 * Runs `build` with the files changed since the last build began, after QUIET_MS without
 * a change; changes that arrive during a build make one more build after it.
 */
export function createBuildQueue(
  build: (changed: ReadonlySet<string>) => Promise<void>,
  quietMs = QUIET_MS,
): BuildQueue {
  let changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let closed = false;
  const waiters: (() => void)[] = [];

  const settleIfIdle = () => {
    if (running || timer || changed.size > 0) return;
    for (const done of waiters.splice(0)) done();
  };
  const start = () => {
    timer = undefined;
    if (running || closed) return;
    const files = changed;
    changed = new Set();
    running = build(files)
      .catch(() => undefined)
      .then(() => {
        running = null;
        if (changed.size > 0 && !closed) schedule();
        else settleIfIdle();
      });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(start, quietMs);
  };
  return {
    request(file) {
      changed.add(file);
      if (!running) schedule();
    },
    idle: () =>
      new Promise<void>((done) => {
        waiters.push(done);
        settleIfIdle();
      }),
    close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      changed.clear();
      settleIfIdle();
    },
  };
}

const SKIPPED = /^skipped (.+?): (.*)$/;

/**
 * A finished build's message: errors when the build failed, or when a file changed since
 * the last good graph was skipped as broken (so the page keeps the last good graph);
 * otherwise the new graph. Skipped files that did not change (broken from the start) are
 * the terminal's to report, not a reason to hold back every later change.
 */
export function buildOutcome(
  exitCode: number | null,
  stderr: string,
  changed: ReadonlySet<string>,
  cwd: string,
): LiveMessage {
  const lines = stderr.split('\n').map((line) => line.replace(/^.*\r/, '').trim());
  const brokenChanged = lines.filter((line) => {
    const match = SKIPPED.exec(line);
    return (
      match?.[1] !== undefined && changed.has(path.resolve(cwd, match[1].replace(/#\d+$/, '')))
    );
  });
  if (exitCode !== 0) {
    const errors = lines.filter((line) => line.startsWith('error:') || SKIPPED.test(line));
    return {
      ok: false,
      errors: errors.length > 0 ? errors : [`the graph build stopped (exit code ${exitCode})`],
    };
  }
  return brokenChanged.length > 0 ? { ok: false, errors: brokenChanged } : { ok: true };
}
