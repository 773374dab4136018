import { describe, expect, it } from 'vitest';
import { cacheCheck } from './checks.js';
import { buildMarkdown } from './markdown.js';
import type { BuildRun } from './types.js';

const run = (label: string, wallMs: number, analysed: number, cached: number): BuildRun => ({
  label,
  documents: 1_000,
  skipped: 0,
  textBytes: 2e6,
  workers: 2,
  wallMs,
  cpuMs: wallMs * 1.5,
  p50Ms: 5,
  p99Ms: 50,
  maxMs: 500,
  peakRss: 1e9,
  sampledRss: 1e9,
  stages: { entities: 100 },
  nodes: 900,
  edges: 3_000,
  analysed,
  cached,
});

describe('the cache budget', () => {
  it('holds when the unchanged build is at least five times faster, and says by how much', () => {
    const check = cacheCheck([
      run('empty cache', 12_000, 1_000, 0),
      run('unchanged', 2_000, 0, 1_000),
    ]);
    expect(check).toMatchObject({ ok: true, measured: '6.0×' });
    expect(check.note).toContain('1000 of 1000 documents from the cache');
    expect(
      cacheCheck([run('empty cache', 12_000, 1_000, 0), run('unchanged', 4_000, 0, 1_000)]).ok,
    ).toBe(false);
  });

  it('is not judged without the runs', () => {
    expect(cacheCheck([]).ok).toBeNull();
  });

  it('lists each rebuild with what it analysed and how much faster it was', () => {
    const markdown = buildMarkdown(
      {
        runs: [],
        layouts: [],
        cacheRuns: [
          run('empty cache', 12_000, 1_000, 0),
          run('unchanged', 2_000, 0, 1_000),
          run('one document edited', 4_000, 1, 999),
        ],
      },
      [],
    );
    expect(markdown).toContain('| one document edited | 1 | 999 | 4.0 | 6.0 | 3.0× |');
  });
});
