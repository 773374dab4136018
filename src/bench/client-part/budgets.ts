/**
 * The client budgets (first render and filter change at 5k nodes, initial JS),
 * checked on the renderer "Auto" picks, and why a missed one is missed.
 */
import type { BudgetCheck } from '../part.js';
import { kB, ms, num } from './format.js';
import type { ClientFigures, Renderer, Step } from './types.js';

/** The app's first frame may take at most this much longer than bare Cytoscape's. */
export const FIRST_FRAME_RATIO_LIMIT = 1.15;
/** Filter change p95 budgets by graph size (nodes). */
export const FILTER_P95_LIMITS: readonly { nodes: number; ms: number }[] = [
  { nodes: 1_000, ms: 100 },
  { nodes: 5_000, ms: 300 },
];

/** The app may be at most this much slower than the earlier build it is measured against. */
export const EARLIER_RATIO_LIMIT = 1.1;

/** The app's figures over the earlier build's (`--against`) on the same graph and renderer. */
export function earlierRatios(f: ClientFigures) {
  return (f.earlier?.configs ?? []).flatMap((earlier) => {
    const app = f.configs.find((c) => c.nodes === earlier.nodes && c.renderer === earlier.renderer);
    if (!app) return [];
    const cpu =
      app.cpuFirstFrame && earlier.cpuFirstFrame
        ? app.cpuFirstFrame.renderer / earlier.cpuFirstFrame.renderer
        : null;
    return [
      {
        app,
        earlier,
        firstFrame: app.completeMs / earlier.completeMs,
        firstFrameCpu: cpu,
        filter: app.filterP95 / earlier.filterP95,
      },
    ];
  });
}

/** Checked on the renderer Auto picks, as the other budgets; the table shows both. */
function earlierChecks(f: ClientFigures, auto: Renderer): BudgetCheck[] {
  return earlierRatios(f)
    .filter((r) => r.app.renderer === auto)
    .flatMap((r) => {
      const at = `${num(r.app.nodes)} nodes, ${r.app.renderer}`;
      const limit = `≤ ${EARLIER_RATIO_LIMIT.toFixed(2)}×`;
      return [
        {
          name: `client: first frame at ${at} against the earlier build`,
          limit,
          measured: `${r.firstFrame.toFixed(2)}×`,
          ok: r.firstFrame <= EARLIER_RATIO_LIMIT,
          note: `drawn whole: app ${ms(r.app.completeMs)}, earlier ${ms(r.earlier.completeMs)}, runs alternating`,
        },
        {
          name: `client: filter change p95 at ${at} against the earlier build`,
          limit,
          measured: `${r.filter.toFixed(2)}×`,
          ok: r.filter <= EARLIER_RATIO_LIMIT,
          note: `app ${ms(r.app.filterP95)}, earlier ${ms(r.earlier.filterP95)}, runs alternating`,
        },
      ];
    });
}

/** The app's figures over bare Cytoscape's on the same graph (canvas), or null. */
export function ratios(f: ClientFigures, nodes: number) {
  const app = f.configs.find((c) => c.nodes === nodes && c.renderer === 'canvas');
  const bare = f.baselines.find((b) => b.nodes === nodes);
  if (!app || !bare) return null;
  return {
    app,
    bare,
    // The app drawn whole, as the bare page draws it.
    firstFrame: app.completeMs / bare.firstFrameMs,
    firstFrameCpu:
      app.cpuFirstFrame && bare.cpuFirstFrame
        ? app.cpuFirstFrame.renderer / bare.cpuFirstFrame.renderer
        : null,
    filter: app.filterP95 / bare.filterP95,
  };
}

function ratioChecks(f: ClientFigures): BudgetCheck[] {
  return [1_000, 5_000].map((nodes) => {
    const r = ratios(f, nodes);
    return {
      name: `client: first frame at ${nodes / 1_000}k nodes against bare Cytoscape`,
      limit: `≤ ${FIRST_FRAME_RATIO_LIMIT}×`,
      measured: r ? `${r.firstFrame.toFixed(2)}×` : '–',
      ok: r ? r.firstFrame <= FIRST_FRAME_RATIO_LIMIT : null,
      note: r
        ? `canvas; app drawn whole ${ms(r.app.completeMs)}, bare ${ms(r.bare.firstFrameMs)}, same graph, same run`
        : 'not measured',
    };
  });
}

function filterChecks(f: ClientFigures, auto: Renderer): BudgetCheck[] {
  return FILTER_P95_LIMITS.map(({ nodes, ms: limit }) => {
    const c = f.configs.find((x) => x.nodes === nodes && x.renderer === auto);
    const r = ratios(f, nodes);
    return {
      name: `client: filter change p95 at ${nodes / 1_000}k nodes`,
      limit: `≤ ${limit} ms`,
      measured: c ? ms(c.filterP95) : '–',
      ok: c ? c.filterP95 <= limit : null,
      note:
        `input event to next painted frame, ${auto} renderer, median of per-run p95` +
        (r ? `; bare Cytoscape ${ms(r.bare.filterP95)} (${r.filter.toFixed(1)}×)` : ''),
    };
  });
}

/** A graph drawn in parts: its longest task while filling in, and a change made meanwhile. */
export const FILL_TASK_LIMIT_MS = 50;
export const FILL_CHANGE_LIMIT_MS = 200;

function fillChecks(f: ClientFigures): BudgetCheck[] {
  return f.configs
    .filter((c) => c.renderer === 'canvas' && !Number.isNaN(c.longestFillTaskMs))
    .flatMap((c) => [
      {
        name: `client: longest task while ${num(c.nodes)} nodes fill in`,
        limit: `≤ ${FILL_TASK_LIMIT_MS} ms`,
        measured: ms(c.longestFillTaskMs),
        ok: c.longestFillTaskMs <= FILL_TASK_LIMIT_MS,
        note: `canvas; long tasks from the first frame (${ms(c.firstFrameMs)}) to the graph drawn whole (${ms(c.completeMs)}), median over runs`,
      },
      {
        name: `client: filter change while ${num(c.nodes)} nodes fill in`,
        limit: `≤ ${FILL_CHANGE_LIMIT_MS} ms`,
        measured: ms(c.fillChangeMs),
        ok: Number.isNaN(c.fillChangeMs) ? null : c.fillChangeMs <= FILL_CHANGE_LIMIT_MS,
        note: 'canvas; a relation type off and on again right after the first frame, the slower of the two, median over runs',
      },
    ]);
}

/** At 20k nodes summary mode opens on the best-connected 1,500: its first frame. */
function at20kChecks(f: ClientFigures, auto: Renderer): BudgetCheck[] {
  const c = f.configs.find((x) => x.nodes === 20_000 && x.renderer === auto);
  if (!c) return [];
  return [
    {
      name: 'client: first useful frame of 20k nodes / 80k edges',
      limit: '≤ 1.5 s',
      measured: ms(c.firstFrameMs),
      ok: c.firstFrameMs <= 1500,
      note: `navigation to pa:first-frame (summary mode, ${num(Math.round(c.drawnNodes))} nodes drawn), ${auto} renderer, median; the data is ready at ${ms(c.steps.indexed ?? NaN)}`,
    },
  ];
}

export function budgetChecks(f: ClientFigures): BudgetCheck[] {
  const auto: Renderer = f.autoAt5k === 'webgl' ? 'webgl' : 'canvas';
  const at5k = f.configs.find((c) => c.nodes === 5_000 && c.renderer === auto);
  const other = f.configs.find((c) => c.nodes === 5_000 && c.renderer !== auto);
  const alt = (v: number | undefined) =>
    other && v !== undefined ? `; ${other.renderer}: ${ms(v)}` : '';
  return [
    {
      name: 'client: first useful frame of 5k nodes / 20k edges',
      limit: '≤ 1.5 s',
      measured: at5k ? ms(at5k.firstFrameMs) : '–',
      ok: at5k ? at5k.firstFrameMs <= 1500 : null,
      note:
        `navigation to pa:first-frame (the best-connected part of a graph drawn in parts; ` +
        `drawn whole at ${at5k ? ms(at5k.completeMs) : '–'}), ${auto} renderer (the one Auto picks), median${alt(other?.firstFrameMs)}`,
    },
    ...at20kChecks(f, auto),
    ...fillChecks(f),
    ...filterChecks(f, auto),
    ...ratioChecks(f),
    ...earlierChecks(f, auto),
    {
      name: 'client: initial JS',
      limit: '≤ 250 kB gzip',
      measured: kB(f.initialGzip),
      ok: f.initialGzip <= 250_000,
      note: 'every script fetched before the first frame',
    },
  ];
}

/** Why a missed client budget is missed, from the figures themselves. */
export function limits(f: ClientFigures): string[] {
  const auto: Renderer = f.autoAt5k === 'webgl' ? 'webgl' : 'canvas';
  const c = f.configs.find((x) => x.nodes === 5_000 && x.renderer === auto);
  const w = f.configs.find((x) => x.nodes === 5_000 && x.renderer !== auto);
  if (!c) return [];
  const out: string[] = [];
  const s = c.steps;
  const ready = s.indexed ?? NaN;
  if (c.firstFrameMs > 1500)
    out.push(
      `- **First useful frame at 5k (${ms(c.firstFrameMs)}).** The data is ready at ${ms(ready)} ` +
        `(download, JSON.parse, validation and index together); the rest is React mounting ` +
        `the page, Cytoscape creating the first frame's elements and drawing them ` +
        `("React + Cytoscape" and "draw" below). The graph is drawn whole at ${ms(c.completeMs)}` +
        (w ? `; in software WebGL the first frame takes ${ms(w.firstFrameMs)}.` : '.'),
    );
  const big = f.configs.find((x) => x.nodes === 20_000 && x.renderer === auto);
  if (big && big.firstFrameMs > 1500) {
    const at = (step: Step) => big.steps[step] ?? NaN;
    out.push(
      `- **First useful frame at 20k (${ms(big.firstFrameMs)}).** The data alone is ready at ` +
        `${ms(at('indexed'))}: the ${big.graphMB.toFixed(0)} MB file downloads by ${ms(at('fetched'))}, ` +
        `then JSON.parse takes ${ms(at('parsed') - at('fetched'))} and validation ` +
        `${ms(at('validated') - at('parsed'))}. Only then can any part be drawn.`,
    );
  }
  const bare = f.baselines.find((b) => b.nodes === c.nodes);
  const redraw = bare
    ? ` (bare Cytoscape's own change, little more than a redraw, takes ${ms(bare.filterP95)} at p95)`
    : '';
  if (c.longestFillTaskMs > FILL_TASK_LIMIT_MS)
    out.push(
      `- **Longest task while 5k fills in (${ms(c.longestFillTaskMs)}).** Each step ends in ` +
        `Cytoscape redrawing all it shows, and the last adds half the graph in one batch; at ` +
        `5k one full redraw alone is longer than ${FILL_TASK_LIMIT_MS} ms on this machine${redraw}.`,
    );
  if (c.fillChangeMs > FILL_CHANGE_LIMIT_MS)
    out.push(
      `- **Filter change while 5k fills in (${ms(c.fillChangeMs)}).** The change waits for ` +
        `the step or redraw under way, then costs a redraw of its own.`,
    );
  if (c.filterP95 > (FILTER_P95_LIMITS.find((l) => l.nodes === 5_000)?.ms ?? 0))
    out.push(
      `- **Filter change at 5k (p95 ${ms(c.filterP95)}, p50 ${ms(c.filterP50)}).** The ` +
        `synchronous part (filters, store, one cy.batch of class toggles on the elements that ` +
        `change) is ${ms(c.filterSyncP95)} at p95; the rest is Cytoscape's next frame, which ` +
        `re-styles every element that changed and redraws every visible one. The p95 comes ` +
        `from the largest changes (all companies off and on again: most of the graph). ` +
        (c.cpuPerChange
          ? `The page spends ${Math.round(c.cpuPerChange.renderer * 1000)} ms of CPU per change.`
          : ''),
    );
  if (f.initialGzip > 250_000)
    out.push(
      `- **Initial JS (${kB(f.initialGzip)} gzip).** Cytoscape alone is about 137 kB gzip and ` +
        `must load before the first frame.`,
    );
  return out;
}
