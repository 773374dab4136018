import { describe, expect, it } from 'vitest';
import { budgetChecks, clientReport, median, quantile, type ClientFigures } from './client.js';

interface Over {
  firstFrameMs: number;
  filterP95: number;
  initialGzip: number;
  /** Bare Cytoscape's first frame on the same graphs (default: as fast as the app). */
  bareFirstFrameMs?: number;
}

function figures(over: Over) {
  const at5k = {
    nodes: 5_000,
    edges: 20_000,
    graphMB: 6,
    renderer: 'canvas' as const,
    runs: [],
    firstFrameMs: over.firstFrameMs,
    completeMs: over.firstFrameMs,
    labelledMs: over.firstFrameMs + 200,
    fillChangeMs: NaN,
    longestFillTaskMs: NaN,
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
  const at1k = { ...at5k, nodes: 1_000, edges: 4_000, filterP95: over.filterP95 / 3 };
  const bare = (nodes: number, edges: number) => ({
    nodes,
    edges,
    firstFrameMs: over.bareFirstFrameMs ?? over.firstFrameMs,
    cpuFirstFrame: null,
    filterP95: 30,
  });
  const f: ClientFigures = {
    configs: [at1k, at5k, { ...at5k, renderer: 'webgl', actualRenderer: 'webgl' }],
    baselines: [bare(1_000, 4_000), bare(5_000, 20_000)],
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

  it('checks the client budgets on the renderer Auto picks, and the ratios to bare Cytoscape', () => {
    const ok = budgetChecks(figures({ firstFrameMs: 1400, filterP95: 290, initialGzip: 240_000 }));
    expect(ok.map((c) => [c.name, c.ok])).toEqual([
      ['client: first useful frame of 5k nodes / 20k edges', true],
      ['client: filter change p95 at 1k nodes', true],
      ['client: filter change p95 at 5k nodes', true],
      ['client: first frame at 1k nodes against bare Cytoscape', true],
      ['client: first frame at 5k nodes against bare Cytoscape', true],
      ['client: initial JS', true],
    ]);
    const bad = budgetChecks(
      figures({ firstFrameMs: 4000, filterP95: 900, initialGzip: 260_000, bareFirstFrameMs: 3000 }),
    );
    expect(bad.map((c) => c.ok)).toEqual([false, false, false, false, false, false]);
    expect(bad[0]!.note).toContain('canvas renderer');
    expect(bad[4]!.measured).toBe('1.33×');
  });

  it('explains each missed budget in the report', () => {
    const report = clientReport(figures({ firstFrameMs: 4000, filterP95: 900, initialGzip: 1 }));
    expect(report.markdown).toContain('**First useful frame at 5k (4000 ms).**');
    expect(report.markdown).toContain('**Filter change at 5k');
    expect(report.markdown).not.toContain('**Initial JS');
    expect(report.markdown).toContain('### Beside bare Cytoscape');
  });

  it('gives the first frame and filter change beside bare Cytoscape, with their ratios', () => {
    const report = clientReport(
      figures({ firstFrameMs: 2000, filterP95: 90, initialGzip: 1, bareFirstFrameMs: 1600 }),
    );
    expect(report.markdown).toContain(
      '| 5,000 / 20,000 | 2000 ms | 2000 ms | 1600 ms | 1.25× | – | 90 ms | 30 ms | 3.0× |',
    );
  });

  it('compares the app with an earlier build measured in the same run', () => {
    const f = figures({ firstFrameMs: 2000, filterP95: 300, initialGzip: 1 });
    const [at1k, at5k, webgl] = f.configs;
    f.earlier = {
      dir: '/tmp/earlier-dist',
      configs: [
        { ...at1k!, firstFrameMs: 1900, completeMs: 1900, filterP95: 100 },
        { ...at5k!, firstFrameMs: 1700, completeMs: 1700, filterP95: 300 },
        // Not the renderer Auto picks: in the table, not checked.
        { ...webgl!, firstFrameMs: 1000, completeMs: 1000, filterP95: 100 },
      ],
    };
    const checks = budgetChecks(f).filter((c) => c.name.includes('earlier build'));
    expect(checks.map((c) => [c.name, c.measured, c.ok])).toEqual([
      ['client: first frame at 1,000 nodes, canvas against the earlier build', '1.05×', true],
      ['client: filter change p95 at 1,000 nodes, canvas against the earlier build', '1.00×', true],
      ['client: first frame at 5,000 nodes, canvas against the earlier build', '1.18×', false],
      ['client: filter change p95 at 5,000 nodes, canvas against the earlier build', '1.00×', true],
    ]);
    const report = clientReport(f).markdown;
    expect(report).toContain('### Against an earlier build');
    expect(report).toContain('(earlier-dist)');
    expect(report).toContain(
      '| 5,000 / 20,000 canvas | 2000 ms | 2000 ms | 1700 ms | 1.18× | 1.00× | 300 ms | 300 ms | 1.00× |',
    );
    expect(report).toContain('| 5,000 / 20,000 webgl | 2000 ms | 2000 ms | 1000 ms | 2.00× |');
  });

  it('has no earlier-build section or budget without --against', () => {
    const f = figures({ firstFrameMs: 2000, filterP95: 300, initialGzip: 1 });
    expect(budgetChecks(f).some((c) => c.name.includes('earlier build'))).toBe(false);
    expect(clientReport(f).markdown).not.toContain('Against an earlier build');
  });

  it('checks a graph drawn in parts: the useful frame, the whole, and input meanwhile', () => {
    const f = figures({
      firstFrameMs: 1400,
      filterP95: 290,
      initialGzip: 1,
      bareFirstFrameMs: 5000,
    });
    const at5k = f.configs[1]!;
    Object.assign(at5k, { completeMs: 6000, longestFillTaskMs: 120, fillChangeMs: 150 });
    const checks = budgetChecks(f);
    const byName = (name: string) => checks.find((c) => c.name === name)!;
    expect(byName('client: first useful frame of 5k nodes / 20k edges')).toMatchObject({
      measured: '1400 ms',
      ok: true,
    });
    expect(byName('client: first useful frame of 5k nodes / 20k edges').note).toContain(
      'drawn whole at 6000 ms',
    );
    expect(byName('client: longest task while 5,000 nodes fill in')).toMatchObject({
      measured: '120 ms',
      ok: false,
    });
    expect(byName('client: filter change while 5,000 nodes fill in')).toMatchObject({
      measured: '150 ms',
      ok: true,
    });
    // Against bare Cytoscape, the app counts once it is drawn whole.
    expect(byName('client: first frame at 5k nodes against bare Cytoscape').measured).toBe('1.20×');
    expect(checks.some((c) => c.name.includes('1,000 nodes fill in'))).toBe(false);
    expect(checks.some((c) => c.name.includes('20k nodes'))).toBe(false);
    f.configs.push({
      ...at5k,
      nodes: 20_000,
      edges: 80_000,
      firstFrameMs: 2900,
      drawnNodes: 1_500,
    });
    const at20k = budgetChecks(f).find((c) => c.name.includes('20k nodes'))!;
    expect(at20k).toMatchObject({
      name: 'client: first useful frame of 20k nodes / 80k edges',
      measured: '2900 ms',
      ok: false,
    });
    expect(at20k.note).toContain('summary mode, 1,500 nodes drawn');
  });
});
