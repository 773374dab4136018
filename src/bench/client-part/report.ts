/** The client section of docs/performance.md: budgets, then the tables per graph. */
import { checksTable, table, type PartReport } from '../part.js';
import { budgetChecks, limits } from './budgets.js';
import { kB, ms, num } from './format.js';
import type { ClientFigures, Cpu, Step } from './types.js';

export function clientReport(f: ClientFigures): PartReport {
  const runs = f.runs;
  const checks = budgetChecks(f);
  const missed = limits(f);
  const rows = f.configs.map((c) => [
    `${num(c.nodes)} / ${num(c.edges)}`,
    c.renderer +
      (c.actualRenderer && c.actualRenderer !== c.renderer ? ` (got ${c.actualRenderer})` : ''),
    num(Math.round(c.drawnNodes)),
    ms(c.firstFrameMs),
    ms(c.filterP50),
    ms(c.filterP95),
    c.panFps === null ? '–' : c.panFps.toFixed(0),
    c.zoomFps === null ? '–' : c.zoomFps.toFixed(0),
    `${c.heapMB.toFixed(0)} MB`,
  ]);
  const cpu = (x: Cpu | null, digits: number, unit: string, scale = 1) =>
    x === null
      ? '–'
      : `${(x.renderer * scale).toFixed(digits)} + ${(x.gpu * scale).toFixed(digits)} ${unit}`;
  const cpuRows = f.configs.map((c) => [
    `${num(c.nodes)} ${c.renderer}`,
    cpu(c.cpuFirstFrame, 1, 's'),
    cpu(c.cpuPerChange, 0, 'ms', 1000),
  ]);
  const stepRows = f.configs.map((c) => {
    const s = c.steps;
    const d = (a: Step, b: Step) => ms((s[b] ?? NaN) - (s[a] ?? NaN));
    return [
      `${num(c.nodes)} ${c.renderer}`,
      `${c.graphMB.toFixed(1)} MB`,
      ms(s['fetch-start']),
      d('fetch-start', 'fetched'),
      d('fetched', 'parsed'),
      d('parsed', 'validated'),
      d('validated', 'indexed'),
      d('indexed', 'cy-created'),
      d('cy-created', 'first-frame'),
      ms(s['first-frame']),
    ];
  });
  const chunkRows = f.chunks.map((c) => [
    c.file.replace(/^assets\//, ''),
    c.initial ? 'initial' : 'lazy',
    kB(c.raw),
    kB(c.gzip),
  ]);
  const markdown = [
    `Headless Chromium ${f.browser}; WebGL is drawn by ${f.webglRenderer || 'an unknown implementation'}, ` +
      `so frames per second say nothing about a real GPU and have no budget. ` +
      `"Auto" picks the ${f.autoAt5k ?? '?'} renderer for the 5k graph here; the budgets are ` +
      `checked on that one. Graphs from ` +
      `src/test-support/generateGraph.ts (4 relations per node). Each figure is the median of ` +
      `${runs} runs, each in a fresh browser context; see src/bench/client.ts for the method.`,
    '',
    checksTable(checks),
    '',
    ...(missed.length ? ['What limits the budgets that are missed:', '', ...missed, ''] : []),
    '### Per graph and renderer',
    '',
    '"Drawn" is what the first frame shows: above 8,000 nodes summary mode opens on the ' +
      'best-connected 1,500. Filter change: from the input event to the next painted frame, ' +
      `${f.changes} changes per run (Region, relation and entity types, years). FPS: ` +
      'requestAnimationFrame callbacks during a mouse drag (pan) and wheel steps (zoom). ' +
      'Heap: JS heap in use after the first frame, after a GC.',
    '',
    table(
      [
        'nodes / edges',
        'renderer',
        'drawn',
        'first frame',
        'filter p50',
        'filter p95',
        'pan FPS',
        'zoom FPS',
        'JS heap',
      ],
      rows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    '### CPU time',
    '',
    'CPU used by the page (renderer process: JavaScript, style, layout and canvas drawing) + ' +
      'by the GPU process (where WebGL is drawn, here in software), from CDP ' +
      "SystemInfo.getProcessInfo. Less sensitive to the machine's load than wall-clock time, " +
      'and the first number is what a real GPU would not take over. Medians.',
    '',
    table(['graph', 'to first frame', 'per filter change'], cpuRows),
    '',
    '### Where the first frame goes',
    '',
    'Medians of the performance marks the client sets (src/client/perf.ts).',
    '',
    table(
      [
        'graph',
        'file',
        'fetch starts',
        'download',
        'JSON.parse',
        'validate',
        'index + store',
        'React + Cytoscape',
        'draw',
        'first frame',
      ],
      stepRows,
    ),
    '',
    '### Bundle',
    '',
    `Initial JavaScript (everything fetched before the first frame): ` +
      `**${kB(f.initialGzip)} gzip**, ${kB(f.initialRaw)} raw.`,
    '',
    table(['chunk', 'loaded', 'raw', 'gzip'], chunkRows, ['l', 'l', 'r', 'r']),
  ].join('\n');
  return { markdown, checks };
}
