/**
 * Shared steps for the journeys. Everything is found the way a user (or a screen
 * reader) finds it: by role and accessible name, and nodes by their label, never by id,
 * so the journeys hold for the real seed graph and for the fixture alike.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const STATUS =
  /^(\d+) compan(?:y|ies) · (\d+) organisations? · (\d+) (?:person|people) · (\d+) places? · (\d+) relations? shown \(of (\d+)\)$/;

/** Opens the app and waits until the graph is loaded and drawn. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByRole('status')).toHaveText(STATUS);
  await expect(page.getByTestId('graph').locator('canvas').first()).toBeVisible();
}

/** The status line's counts; `regions` counts the places. */
export async function statusCounts(page: Page) {
  const text = (await page.getByRole('status').textContent()) ?? '';
  const m = STATUS.exec(text.trim());
  if (!m) throw new Error(`unexpected status line: ${text}`);
  const [companies, organisations, people, regions, relations, total] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { companies, organisations, people, regions, relations, total };
}

export function list(page: Page): Locator {
  return page.getByRole('region', { name: 'List' });
}

export function details(page: Page): Locator {
  return page.getByRole('region', { name: 'Details' });
}

/** Opens the Filters panel (a selection may have closed it on a narrower window). */
export async function openFilters(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Filters', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.getByLabel('Region')).toBeVisible();
}

/** Opens the List drawer (it starts closed so the graph gets the room). */
export async function openList(page: Page): Promise<Locator> {
  const toggle = page.getByRole('button', { name: 'List', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(list(page)).toBeVisible();
  return list(page);
}

/** Labels in the List's Nodes tab (the first column). */
export async function listedNodes(page: Page): Promise<string[]> {
  await openList(page);
  await list(page)
    .getByRole('tab', { name: /^Nodes/ })
    .click();
  return (await list(page).locator('tbody tr td:first-child').allTextContents()).map((s) =>
    s.trim(),
  );
}

export interface RelationRow {
  from: string;
  relation: string;
  to: string;
  years: string;
  places: string;
}

/** Rows of the List's Relations tab. */
export async function listedRelations(page: Page): Promise<RelationRow[]> {
  await openList(page);
  await list(page)
    .getByRole('tab', { name: /^Relations/ })
    .click();
  const rows = list(page).locator('tbody tr');
  const out: RelationRow[] = [];
  for (const row of await rows.all()) {
    const cells = (await row.locator('td').allTextContents()).map((s) => s.trim());
    out.push({
      from: cells[0] ?? '',
      relation: cells[1] ?? '',
      to: cells[2] ?? '',
      years: cells[3] ?? '',
      places: cells[4] ?? '',
    });
  }
  return out;
}

/** Whether a relation of `type` links `a` and `b`, in either direction. */
export function hasRelation(rows: RelationRow[], a: RegExp, type: string, b: RegExp): boolean {
  return rows.some(
    (r) =>
      r.relation === type && ((a.test(r.from) && b.test(r.to)) || (b.test(r.from) && a.test(r.to))),
  );
}

/** Types into Search and picks the first match with Enter. */
export async function searchAndSelect(page: Page, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill(text);
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).first()).toBeVisible();
  await box.press('Enter');
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(buf: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  signature.forEach((b, i) => {
    if (buf[i] !== b) throw new Error('not a PNG file');
  });
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

export async function downloadFrom(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  if (!path) throw new Error('download failed');
  const { readFile } = await import('node:fs/promises');
  return { name: download.suggestedFilename(), data: await readFile(path) };
}

export async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download what is shown' });
  await expect(dialog).toBeVisible();
  return dialog;
}
