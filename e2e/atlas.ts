/**
 * Steps for the journeys on the atlas graph: the ~300-node graph the extractor builds
 * from the six-language test corpus (e2e/fixtures/atlas/write-documents.ts), and the
 * labels Cytoscape draws on it, read through the page's read-only `__partnerAtlas` view.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { openApp } from './helpers';

export const atlas = readFileSync(
  new URL('../src/test-support/atlas-graph.json', import.meta.url),
  'utf8',
);

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface DrawnLabel {
  label: string;
  box: Box;
}

/** The node with the most relations in the fixture. */
export function biggestHub(): string {
  const graph = JSON.parse(atlas) as {
    nodes: { id: string; label: string }[];
    edges: { source: string; target: string }[];
  };
  const degree = new Map<string, number>();
  for (const e of graph.edges)
    for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const [id] = [...degree].sort((a, b) => b[1] - a[1])[0]!;
  return graph.nodes.find((n) => n.id === id)!.label;
}

export async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.route('**/e2e-atlas.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: atlas }),
  );
  await openApp(page, `?graph=e2e-atlas.json${query}`);
}

/**
 * The labels Cytoscape draws, with their boxes on the page, once they match the camera
 * (while the camera moves, labels scale with it until the next choice).
 */
export async function drawnLabels(page: Page, atLeast = 1): Promise<DrawnLabel[]> {
  let last: DrawnLabel[] | null = null;
  // One read that is both settled and big enough: a later read could catch a new pass.
  await expect
    .poll(async () => {
      last = await page.evaluate(() => {
        const view = window.__partnerAtlas;
        return view?.labelsSettled() ? view.drawnLabels() : null;
      });
      return last !== null && last.length >= atLeast;
    })
    .toBe(true);
  return last as unknown as DrawnLabel[];
}

export function overlapping(labels: DrawnLabel[]): string[] {
  const out: string[] = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2)
        out.push(`${a.label} / ${b.label}`);
    }),
  );
  return out;
}
