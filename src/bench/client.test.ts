import { describe, expect, it } from 'vitest';
import { budgetChecks, clientReport, median, quantile, type ClientFigures } from './client.js';

function figures(over: { firstFrameMs: number; filterP95: number; initialGzip: number }) {
  const config = {
    nodes: 5_000,
    edges: 20_000,
    graphMB: 6,
    renderer: 'canvas' as const,
    runs: [],
    firstFrameMs: over.firstFrameMs,
    steps: { indexed: 600, 'first-frame': over.firstFrameMs },
    filterP50: over.filterP95 / 2,
    filterP95: over.filterP95,
    filterSyncP95: 20,
    panFps: 50,
    zoomFps: 50,
    heapMB: 100,
    cpuFirstFrame: { renderer: 2, gpu: 0 },
    cpuPerChange: { renderer: 0.1, gpu: 0 },
    actualRenderer: 'canvas',
    drawnNodes: 5_000,
  };
  const f: ClientFigures = {
    configs: [config, { ...config, renderer: 'webgl', actualRenderer: 'webgl' }],
    chunks: [{ file: 'assets/index.js', raw: 1, gzip: over.initialGzip, initial: true }],
    initialRaw: 1,
    initialGzip: over.initialGzip,
    browser: 'test',
    runs: 3,
    changes: 20,
    autoAt5k: 'canvas',
    webglRenderer: 'SwiftShader',
  };
  return f;
}

describe('client bench', () => {
  it('takes percentiles by linear interpolation', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('checks the three client budgets on the renderer Auto picks', () => {
    const ok = budgetChecks(figures({ firstFrameMs: 1400, filterP95: 90, initialGzip: 240_000 }));
    expect(ok.map((c) => c.ok)).toEqual([true, true, true]);
    const bad = budgetChecks(figures({ firstFrameMs: 4000, filterP95: 900, initialGzip: 260_000 }));
    expect(bad.map((c) => c.ok)).toEqual([false, false, false]);
    expect(bad[0]!.note).toContain('canvas renderer');
  });

  it('explains each missed budget in the report', () => {
    const report = clientReport(figures({ firstFrameMs: 4000, filterP95: 900, initialGzip: 1 }));
    expect(report.markdown).toContain('**First render at 5k (4000 ms).**');
    expect(report.markdown).toContain('**Filter change at 5k');
    expect(report.markdown).not.toContain('**Initial JS');
  });
});
