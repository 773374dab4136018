/**
 * Draws the labels logic/labels.ts chooses: after every change of what is shown, of the
 * selection or of the size measure, and once the camera settles, the most important
 * shown nodes in view get the `labelled` class and a font size that reads the same on
 * screen at any zoom. The boxes Cytoscape then reports are checked once more, so drawn
 * labels never overlap even where the text measure was a pixel off.
 */
import type { Core, NodeSingular } from 'cytoscape';
import {
  chooseLabels,
  DEFAULT_LABEL_FONT,
  dropOverlapping,
  LABEL_GAP,
  LABEL_LIMIT,
  LABEL_OUTLINE,
  type Box,
  type LabelCandidate,
} from '../logic/labels';
import type { AtlasStore } from '../store';
import { firstFrameDrawn, mark } from '../perf';
import { sizeViewOf } from '../store/measureView';
import { drawCount, whenDrawn } from './firstFrame';
import { shownNodes } from './shown';
import { FONT_FAMILY } from './stylesheet';

export const LABELLED = 'labelled';
/** Screen pixels between a node and its label. */
const LABEL_OFFSET = 3;
/** Labels follow the camera once it has been still this long (ms). */
const SETTLE_DELAY = 80;
/** Nodes this far outside the view (screen px) are not considered. */
const VIEW_MARGIN = 200;
const MEASURE_FONT_PX = 100;

/** Text width in pixels, measured once per label with the canvas's own font. */
function textMeasure(): (text: string, fontPx: number) => number {
  const context = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  return (text, fontPx) => {
    let width = widths.get(text);
    if (width === undefined) {
      if (context) context.font = `${MEASURE_FONT_PX}px ${FONT_FAMILY}`;
      width = context ? context.measureText(text).width : text.length * 0.6 * MEASURE_FONT_PX;
      widths.set(text, width);
    }
    return (width * fontPx) / MEASURE_FONT_PX;
  };
}

/** A drawn label's box on screen, as Cytoscape computes it. */
export function renderedLabelBox(node: NodeSingular): Box {
  const box = node.renderedBoundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeMainLabels: true,
    includeOverlays: false,
    includeUnderlays: false,
    // The cached box can predate the label's measured size.
    useCache: false,
  } as Parameters<NodeSingular['renderedBoundingBox']>[0]);
  return { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
}

function candidatesIn(cy: Core, store: AtlasStore): LabelCandidate[] {
  const state = store.getState();
  const values = sizeViewOf(state)?.values;
  const forced = new Set(store.derive(state).path?.nodes ?? []);
  if (state.selection?.kind === 'node') forced.add(state.selection.id);
  const zoom = cy.zoom();
  const pan = cy.pan();
  const width = cy.width();
  const height = cy.height();
  const out: LabelCandidate[] = [];
  shownNodes(cy).forEach((node) => {
    const p = node.position();
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    if (x < -VIEW_MARGIN || y < -VIEW_MARGIN || x > width + VIEW_MARGIN || y > height + VIEW_MARGIN)
      return;
    out.push({
      id: node.id(),
      label: String(node.data('label') ?? ''),
      x,
      y,
      nodeSize: Number(node.data('size')) * zoom,
      priority: values?.get(node.id()) ?? 0,
      forced: forced.has(node.id()),
    });
  });
  return out;
}

/**
 * One pass: choose, draw, then drop what Cytoscape reports as overlapping (it measures
 * its own text for each label's box). Returns whether any label changed.
 */
function labelPass(cy: Core, store: AtlasStore, measure: ReturnType<typeof textMeasure>): boolean {
  const zoom = cy.zoom();
  const placed = chooseLabels(candidatesIn(cy, store), {
    measure,
    viewport: { width: cy.width(), height: cy.height() },
    font: DEFAULT_LABEL_FONT,
    gap: LABEL_GAP,
    offset: LABEL_OFFSET,
    limit: LABEL_LIMIT,
  });
  const chosen = new Set(placed.map((p) => p.id));
  let changed = false;
  cy.batch(() => {
    cy.nodes(`.${LABELLED}`).forEach((node) => {
      if (chosen.has(node.id())) return;
      node.removeClass(LABELLED);
      changed = true;
    });
    for (const label of placed) {
      const node = cy.getElementById(label.id);
      // Unchanged labels are left alone: every write re-styles the node and redraws.
      if (node.hasClass(LABELLED) && node.data('labelFont') === label.fontPx / zoom) continue;
      changed = true;
      node
        .data({
          labelFont: label.fontPx / zoom,
          labelMargin: LABEL_OFFSET / zoom,
          labelOutline: LABEL_OUTLINE / zoom,
        })
        .addClass(LABELLED);
    }
  });
  const drawn = placed.map((p) => ({
    id: p.id,
    box: renderedLabelBox(cy.getElementById(p.id) as unknown as NodeSingular),
  }));
  const kept = dropOverlapping(drawn);
  if (kept.size < drawn.length)
    cy.batch(() => {
      for (const { id } of drawn) if (!kept.has(id)) cy.getElementById(id).removeClass(LABELLED);
    });
  return changed;
}

/** The drawn labels and their boxes on the page, for the end-to-end tests. */
function drawnLabels(cy: Core): { label: string; box: Box }[] {
  const origin = cy.container()?.getBoundingClientRect();
  return (shownNodes(cy).filter(`.${LABELLED}`).toArray() as NodeSingular[]).map((node) => {
    const box = renderedLabelBox(node);
    const dx = origin?.left ?? 0;
    const dy = origin?.top ?? 0;
    return {
      label: String(node.data('label')),
      box: { x1: box.x1 + dx, y1: box.y1 + dy, x2: box.x2 + dx, y2: box.y2 + dy },
    };
  });
}

function nodeAt(cy: Core, label: string): { x: number; y: number } | null {
  const node = shownNodes(cy).filter((n) => n.data('label') === label)[0] as
    NodeSingular | undefined;
  if (!node) return null;
  const origin = cy.container()?.getBoundingClientRect();
  const p = node.renderedPosition();
  return { x: p.x + (origin?.left ?? 0), y: p.y + (origin?.top ?? 0) };
}

declare global {
  interface Window {
    /** Read-only view of what the graph draws, for the end-to-end tests. */
    __partnerAtlas?: {
      drawnLabels(): { label: string; box: Box }[];
      /** Whether the labels match the camera (no pass pending, no camera animation). */
      labelsSettled(): boolean;
      /** Where the shown node with this label is on the page, if any. */
      nodeAt(label: string): { x: number; y: number } | null;
    };
  }
}

const FLUSH = 'partnerAtlasLabelsFlush';
const SCHEDULE = 'partnerAtlasLabelsSchedule';

/** Asks for a label pass after the next frame: for changes that do not go through the store. */
export function scheduleLabels(cy: Core): void {
  const schedule = cy.scratch(SCHEDULE) as (() => void) | undefined;
  schedule?.();
}

/**
 * Runs a label pass now if one is waiting, so an export made right after a change draws
 * the labels the view is about to draw rather than none or the previous ones.
 */
export function settleLabels(cy: Core): void {
  const flush = cy.scratch(FLUSH) as (() => void) | undefined;
  flush?.();
}

/**
 * Runs `pass` SETTLE_DELAY after the next frame is drawn, once the calls stop. Waiting
 * for the frame first keeps the pass (and the redraw its classes cause) out of the frame
 * that shows a change, even when that frame takes longer than the delay.
 */
function afterNextFrame(pass: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let pending = false;
  // A cancelled pass is no longer pending: a later flush (the first one comes in a task
  // after the first frame) must not run it on an instance that has been unbound.
  const cancel = () => {
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
    pending = false;
  };
  const run = () => {
    cancel();
    pass();
  };
  const wait = () => (timer = setTimeout(run, SETTLE_DELAY));
  return {
    schedule() {
      cancel();
      pending = true;
      if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(wait);
      else wait();
    },
    flush() {
      if (pending) run();
    },
    cancel,
    pending: () => pending,
  };
}

/** Marks `pa:labelled` once the frame that draws the first labels is on screen. */
function markLabelled(cy: Core, changed: boolean, drawnBefore: number) {
  const done = () => requestAnimationFrame(() => mark('labelled'));
  if (changed) whenDrawn(cy, drawnBefore, done);
  else done();
}

export function bindLabels(cy: Core, store: AtlasStore): () => void {
  const measure = textMeasure();
  let first = true;
  const pass = afterNextFrame(() => {
    const drawnBefore = drawCount(cy);
    const changed = labelPass(cy, store, measure);
    if (first) markLabelled(cy, changed, drawnBefore);
    first = false;
  });
  const schedule = pass.schedule;
  cy.scratch(FLUSH, pass.flush);
  cy.scratch(SCHEDULE, schedule);
  // The first frame draws the graph as soon as Cytoscape can; its labels (a texture per
  // label, most of a frame's cost at 1,000 nodes) follow in a task of their own right after.
  void firstFrameDrawn().then(() => setTimeout(pass.flush, 0));
  const events = 'viewport resize layoutstop dragfree';
  cy.on(events, schedule);
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.selection !== previous.selection ||
      state.sizeBy !== previous.sizeBy ||
      store.derive(state) !== store.derive(previous)
    )
      schedule();
  });
  window.__partnerAtlas = {
    drawnLabels: () => drawnLabels(cy),
    labelsSettled: () => !pass.pending() && !cy.animated(),
    nodeAt: (label) => nodeAt(cy, label),
  };
  schedule();
  return () => {
    pass.cancel();
    cy.off(events, schedule);
    cy.removeScratch(FLUSH);
    cy.removeScratch(SCHEDULE);
    unsubscribe();
    delete window.__partnerAtlas;
  };
}
