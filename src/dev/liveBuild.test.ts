import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildOutcome, createBuildQueue } from './liveBuild';

describe('createBuildQueue', () => {
  afterEach(() => vi.useRealTimers());

  it('coalesces a burst of changes into one build with every changed file', async () => {
    vi.useFakeTimers();
    const builds: string[][] = [];
    const queue = createBuildQueue(async (files) => {
      builds.push([...files].sort());
    }, 100);
    queue.request('/in/a.txt');
    await vi.advanceTimersByTimeAsync(50);
    queue.request('/in/b.txt');
    queue.request('/in/a.txt');
    await vi.advanceTimersByTimeAsync(99);
    expect(builds).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await queue.idle();
    expect(builds).toEqual([['/in/a.txt', '/in/b.txt']]);
  });

  it('never runs two builds at once: changes during a build make one more build after it', async () => {
    vi.useFakeTimers();
    let finish: () => void = () => undefined;
    const builds: string[][] = [];
    let running = 0;
    let most = 0;
    const queue = createBuildQueue((files) => {
      builds.push([...files]);
      running++;
      most = Math.max(most, running);
      return new Promise<void>((done) => {
        finish = () => {
          running--;
          done();
        };
      });
    }, 10);
    queue.request('/in/a.txt');
    await vi.advanceTimersByTimeAsync(10);
    queue.request('/in/b.txt');
    queue.request('/in/c.txt');
    await vi.advanceTimersByTimeAsync(100);
    expect(builds).toEqual([['/in/a.txt']]);
    finish();
    await vi.advanceTimersByTimeAsync(10);
    expect(builds).toEqual([['/in/a.txt'], ['/in/b.txt', '/in/c.txt']]);
    finish();
    await queue.idle();
    expect(most).toBe(1);
  });

  it('goes on after a build that throws', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const queue = createBuildQueue(async () => {
      calls++;
      if (calls === 1) throw new Error('crashed');
    }, 10);
    queue.request('/in/a.txt');
    await vi.advanceTimersByTimeAsync(10);
    queue.request('/in/a.txt');
    await vi.advanceTimersByTimeAsync(10);
    await queue.idle();
    expect(calls).toBe(2);
  });
});

describe('buildOutcome', () => {
  const cwd = '/work/atlas';
  const changed = new Set(['/work/atlas/articles/new.txt']);

  it('is the new graph after a clean build', () => {
    expect(buildOutcome(0, '', changed, cwd)).toEqual({ ok: true });
  });

  it('reports a changed file the build skipped, so the last good graph stays', () => {
    const stderr = 'skipped articles/new.txt: empty file (only whitespace)\n';
    expect(buildOutcome(0, stderr, changed, cwd)).toEqual({
      ok: false,
      errors: ['skipped articles/new.txt: empty file (only whitespace)'],
    });
  });

  it('leaves files that were broken before to the terminal', () => {
    const stderr = 'skipped articles/old.txt: no text\n';
    expect(buildOutcome(0, stderr, changed, cwd)).toEqual({ ok: true });
  });

  it('reports a failed build with its error lines, or its exit code', () => {
    const stderr =
      'skipped articles/new.txt: no text\nerror: every document failed; nothing written\n';
    expect(buildOutcome(1, stderr, changed, cwd)).toEqual({
      ok: false,
      errors: [
        'skipped articles/new.txt: no text',
        'error: every document failed; nothing written',
      ],
    });
    expect(buildOutcome(null, 'Killed\n', changed, cwd)).toEqual({
      ok: false,
      errors: ['the graph build stopped (exit code null)'],
    });
  });
});
