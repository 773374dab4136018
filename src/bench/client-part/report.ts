/** The client section of docs/performance.md: budgets, then the tables per graph. */
import path from 'node:path';
import { checksTable, table, type PartReport } from '../part.js';
import { budgetChecks, earlierRatios, limits, ratios } from './budgets.js';
import { kB, ms, num } from './format.js';
import type { ClientFigures, Cpu, Step } from './types.js';

function intro(f: ClientFigures): string {
  return (
    `Headless Chromium ${f.browser}; WebGL is drawn by ${f.webglRenderer || 'an unknown implementation'}, ` +
    `so frames per second say nothing about a real GPU and have no budget. ` +
    `"Auto" picks the ${f.autoAt5k ?? '?'} renderer for the 5k graph here; the budgets are ` +
    `checked on that one. Graphs from ` +
    `src/test-support/generateGraph.ts (4 relations per node). Each figure is the median of ` +
    `${f.runs} runs, each in a fresh browser context; see src/bench/client.ts for the method.`
  );
}

function perGraphSection(f: ClientFigures): string[] {
  const rows = f.configs.map((c) => [
    `${num(c.nodes)} / ${num(c.edges)}`,
    c.renderer +
      (c.actualRenderer && c.actualRenderer !== c.renderer ? ` (got ${c.actualRenderer})` : ''),
    num(Math.round(c.drawnNodes)),
    ms(c.firstFrameMs),
    ms(c.completeMs),
    Number.isNaN(c.labelledMs) ? '–' : ms(c.labelledMs),
    Number.isNaN(c.longestFillTaskMs) ? '–' : ms(c.longestFillTaskMs),
    Number.isNaN(c.fillChangeMs) ? '–' : ms(c.fillChangeMs),
    ms(c.filterP50),
    ms(c.filterP95),
    c.panFps === null ? '–' : c.panFps.toFixed(0),
    c.zoomFps === null ? '–' : c.zoomFps.toFixed(0),
    `${c.heapMB.toFixed(0)} MB`,
  ]);
  return [
    '### Per graph and renderer',
    '',
    '"Drawn" is what the filters show (the status line): above 8,000 nodes summary mode ' +
      'opens on the best-connected 1,500. Above 2,000 the graph is drawn in parts: "first ' +
      'frame" shows its best-connected part, "drawn whole" the rest added; "longest task" is ' +
      'the longest in between, and "change while filling" the slower of two filter changes ' +
      'made right after the first frame. "Labels drawn": the frame with the first labels, which ' +
      'follow the first frame in a pass of their own. Filter change: from the input event to the next painted frame, ' +
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
        'drawn whole',
        'labels drawn',
        'longest task while filling',
        'change while filling',
        'filter p50',
        'filter p95',
        'pan FPS',
        'zoom FPS',
        'JS heap',
      ],
      rows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  ];
}

function baselineSection(f: ClientFigures): string[] {
  const rows = f.baselines.map((b) => {
    const r = ratios(f, b.nodes);
    return [
      `${num(b.nodes)} / ${num(b.edges)}`,
      r ? ms(r.app.firstFrameMs) : '–',
      r ? ms(r.app.completeMs) : '–',
      ms(b.firstFrameMs),
      r ? `${r.firstFrame.toFixed(2)}×` : '–',
      r?.firstFrameCpu ? `${r.firstFrameCpu.toFixed(2)}×` : '–',
      r ? ms(r.app.filterP95) : '–',
      ms(b.filterP95),
      r ? `${r.filter.toFixed(1)}×` : '–',
    ];
  });
  return [
    '### Beside bare Cytoscape',
    '',
    'The same graphs, in the same run, in a page that only fetches the graph and hands it to ' +
      'Cytoscape (src/bench/bare/: preset positions, haystack edges, one node style with ' +
      'labels, pixel ratio 1, texture while the viewport moves), timed the same way. Its ' +
      '"filter change" hides or shows one type of node or relation in one batch: the least ' +
      'work that shows such a change, without deciding what to show. The app: canvas renderer. ' +
      '"Ratio": the app drawn whole (as the bare page draws it) over the bare page. ' +
      '"CPU ratio": CPU seconds of the page to its first frame, app over bare, which a ' +
      'loaded machine disturbs less than wall-clock time.',
    '',
    table(
      [
        'nodes / edges',
        'app first frame',
        'app drawn whole',
        'bare',
        'ratio',
        'CPU ratio',
        'app filter p95',
        'bare',
        'ratio',
      ],
      rows,
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  ];
}

function earlierSection(f: ClientFigures): string[] {
  if (!f.earlier) return [];
  const rows = earlierRatios(f).map((r) => [
    `${num(r.app.nodes)} / ${num(r.app.edges)} ${r.app.renderer}`,
    ms(r.app.firstFrameMs),
    ms(r.app.completeMs),
    ms(r.earlier.completeMs),
    `${r.firstFrame.toFixed(2)}×`,
    r.firstFrameCpu ? `${r.firstFrameCpu.toFixed(2)}×` : '–',
    ms(r.app.filterP95),
    ms(r.earlier.filterP95),
    `${r.filter.toFixed(2)}×`,
  ]);
  return [
    '### Against an earlier build',
    '',
    `The same graphs, in the same run, in the earlier build given by \`--against\` ` +
      `(${path.basename(f.earlier.dir)}), its runs alternating with the app's. "Ratio": the ` +
      'graph drawn whole, app over earlier (an earlier build that draws at once is drawn ' +
      'whole with its first frame). "CPU ratio": CPU seconds of the page to its first frame, ' +
      'app over earlier. The budgets are checked on the renderer Auto picks.',
    '',
    table(
      [
        'graph',
        'app first frame',
        'app drawn whole',
        'earlier drawn whole',
        'ratio',
        'CPU ratio',
        'app filter p95',
        'earlier',
        'ratio',
      ],
      rows,
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  ];
}

function cpuSection(f: ClientFigures): string[] {
  const cpu = (x: Cpu | null, digits: number, unit: string, scale = 1) =>
    x === null
      ? '–'
      : `${(x.renderer * scale).toFixed(digits)} + ${(x.gpu * scale).toFixed(digits)} ${unit}`;
  const rows = f.configs.map((c) => [
    `${num(c.nodes)} ${c.renderer}`,
    cpu(c.cpuFirstFrame, 1, 's'),
    cpu(c.cpuPerChange, 0, 'ms', 1000),
  ]);
  return [
    '### CPU time',
    '',
    'CPU used by the page (renderer process: JavaScript, style, layout and canvas drawing) + ' +
      'by the GPU process (where WebGL is drawn, here in software), from CDP ' +
      "SystemInfo.getProcessInfo. Less sensitive to the machine's load than wall-clock time, " +
      'and the first number is what a real GPU would not take over. Medians.',
    '',
    table(['graph', 'to first frame', 'per filter change'], rows),
    '',
  ];
}

function firstFrameSection(f: ClientFigures): string[] {
  const rows = f.configs.map((c) => {
    const steps = c.steps;
    const between = (from: Step, to: Step) => ms((steps[to] ?? NaN) - (steps[from] ?? NaN));
    return [
      `${num(c.nodes)} ${c.renderer}`,
      `${c.graphMB.toFixed(1)} MB`,
      ms(steps['fetch-start']),
      between('fetch-start', 'fetched'),
      between('fetched', 'parsed'),
      between('parsed', 'validated'),
      between('validated', 'indexed'),
      between('indexed', 'cy-created'),
      between('cy-created', 'first-frame'),
      ms(steps['first-frame']),
    ];
  });
  return [
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
      rows,
    ),
    '',
  ];
}

function bundleSection(f: ClientFigures): string[] {
  const rows = f.chunks.map((c) => [
    c.file.replace(/^assets\//, ''),
    c.initial ? 'initial' : 'lazy',
    kB(c.raw),
    kB(c.gzip),
  ]);
  return [
    '### Bundle',
    '',
    `Initial JavaScript (everything fetched before the first frame): ` +
      `**${kB(f.initialGzip)} gzip**, ${kB(f.initialRaw)} raw.`,
    '',
    table(['chunk', 'loaded', 'raw', 'gzip'], rows, ['l', 'l', 'r', 'r']),
  ];
}

export function clientReport(figures: ClientFigures): PartReport {
  const checks = budgetChecks(figures);
  const missed = limits(figures);
  const markdown = [
    intro(figures),
    '',
    checksTable(checks),
    '',
    ...(missed.length ? ['What limits the budgets that are missed:', '', ...missed, ''] : []),
    ...perGraphSection(figures),
    ...baselineSection(figures),
    ...earlierSection(figures),
    ...cpuSection(figures),
    ...firstFrameSection(figures),
    ...bundleSection(figures),
  ].join('\n');
  return { markdown, checks };
}
