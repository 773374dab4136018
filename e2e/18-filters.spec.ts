import { expect, test, type Page } from '@playwright/test';
import { details, openApp, openFilters, openList, searchAndSelect, statusCounts } from './helpers';

/** Rows of the List's Nodes tab: name, connections shown, and whether it is marked hidden. */
async function nodeRows(page: Page) {
  const list = await openList(page);
  await list.getByRole('tab', { name: /^Nodes/ }).click();
  const rows = await list.locator('tbody tr').all();
  const out: { name: string; connections: number; hidden: boolean }[] = [];
  for (const row of rows) {
    const cells = (await row.locator('td').allTextContents()).map((s) => s.trim());
    out.push({
      name: cells[0] ?? '',
      connections: Number.parseInt(cells[2] ?? '', 10),
      hidden: (await row.locator('.badge').count()) > 0,
    });
  }
  return out;
}

/** The zoom written in the URL (the camera is written once the view settles). */
function zoomInUrl(page: Page): number {
  const cam = new URL(page.url()).searchParams.get('cam');
  return cam ? Number(cam.split(',')[0]) : Number.NaN;
}

test.use({ viewport: { width: 1440, height: 900 } });

test('Hide unconnected is on for the seeds, and what it hides stays in the List and Search', async ({
  page,
}) => {
  await openApp(page);
  const hide = page.getByRole('checkbox', { name: 'Hide unconnected' });
  await expect(hide).toBeChecked();
  await expect(page.getByTestId('held-count')).toHaveText(/^\d+ nodes held back/);

  const rows = await nodeRows(page);
  const shown = rows.filter((r) => !r.hidden);
  expect(shown.length).toBeGreaterThan(10);
  for (const row of shown) expect(row.connections, row.name).toBeGreaterThanOrEqual(1);
  expect(rows.find((r) => r.name === 'Internet Society')?.hidden).toBe(true);
  expect((await statusCounts(page)).organisations).toBe(0);

  // Selecting a held-back node shows it.
  await searchAndSelect(page, 'Internet Society');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Internet Society');
  await expect.poll(async () => (await statusCounts(page)).organisations).toBe(1);

  // Details opened with the selection, in place of Filters at this width.
  await expect(page.getByRole('button', { name: 'Filters', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await openFilters(page);
  await hide.uncheck();
  await expect(page).toHaveURL(/unconnected=show/);
  expect((await nodeRows(page)).some((r) => r.hidden)).toBe(false);
});

test('Min. connections and Min. confidence narrow the graph, and Reset brings it back', async ({
  page,
}) => {
  await openApp(page);
  const before = await statusCounts(page);
  await page.getByLabel('Min. connections').fill('2');
  await expect(page).toHaveURL(/minconn=2/);
  const rows = await nodeRows(page);
  const shown = rows.filter((r) => !r.hidden);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(rows.length);
  for (const row of shown) expect(row.connections, row.name).toBeGreaterThanOrEqual(2);

  await page.getByLabel('Min. confidence').fill('0.99');
  await expect(page).toHaveURL(/minconf=0.99/);
  const strict = await statusCounts(page);
  expect(strict.relations).toBeLessThan(before.relations);

  await page.getByRole('button', { name: 'Reset filters' }).first().click();
  await expect.poll(async () => (await statusCounts(page)).relations).toBe(before.relations);
  await expect(page.getByLabel('Min. connections')).toHaveValue('0');
});

test('Only and All on the type lists; counts follow the filters; Fit after filtering', async ({
  page,
}) => {
  await openApp(page);
  const relationTypes = page.getByRole('group', { name: 'Relation types' });
  const count = (label: string) =>
    relationTypes.locator('.check', { hasText: label }).locator('.count').textContent();
  const partnerships = Number(await count('Partnership'));
  expect(partnerships).toBeGreaterThan(0);
  await expect(page.getByRole('checkbox', { name: 'Fit after filtering' })).toBeChecked();
  await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(0);
  const zoomBefore = zoomInUrl(page);

  // One click shows only the subsidiaries.
  await relationTypes.getByRole('button', { name: 'Only Subsidiary' }).click();
  const counts = await statusCounts(page);
  expect(counts.relations).toBe(Number(await count('Subsidiary')));
  expect(counts.relations).toBeGreaterThan(0);
  expect(Number(await count('Partnership'))).toBe(0);
  await expect(relationTypes.getByRole('checkbox', { name: 'Partnership' })).not.toBeChecked();
  // Entity counts say the same as the status line, in the same words.
  const entities = page.getByRole('group', { name: 'Entity types' });
  const entityCount = async (label: string) =>
    Number(await entities.locator('.check', { hasText: label }).locator('.count').textContent());
  expect(await entityCount('Company')).toBe(counts.companies);
  expect(await entityCount('Place')).toBe(counts.regions);
  // Fewer nodes, fitted: the view zooms in.
  await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(zoomBefore);

  await relationTypes.getByRole('button', { name: 'All relation types' }).click();
  await expect.poll(() => count('Partnership')).toBe(String(partnerships));

  await entities.getByRole('button', { name: 'Only Person' }).click();
  const people = await statusCounts(page);
  expect(people.companies + people.organisations + people.regions).toBe(0);
  expect(await entityCount('Person')).toBe(people.people);
});
