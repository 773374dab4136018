import { expect, test } from '@playwright/test';
import { generateGraph } from '../src/test-support/generateGraph';
import { openFilters, openList, STATUS, statusCounts } from './helpers';

// Timings belong to `npm run bench`; these journeys only check that big graphs load,
// filter and stay usable, and that summary mode takes over above its threshold.

test('a 5,000-node, 20,000-relation graph loads, filters and stays usable', async ({ page }) => {
  test.setTimeout(120_000);
  const body = JSON.stringify(generateGraph(5_000, 4));
  await page.route('**/e2e-large.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto('/?graph=e2e-large.json');
  await expect(page.getByRole('status')).toHaveText(STATUS, { timeout: 60_000 });
  const all = await statusCounts(page);
  expect(all.total).toBe(20_000);
  expect(all.relations).toBe(20_000);
  const renderer = await page.getByTestId('graph').getAttribute('data-renderer');
  test.info().annotations.push({ type: 'renderer', description: renderer ?? '' });

  await page.getByLabel('Region').selectOption({ label: 'Africa' });
  await expect.poll(async () => (await statusCounts(page)).relations).toBeLessThan(all.relations);
  await page.getByLabel('From year').fill('2015');
  await expect(page).toHaveURL(/from=2015/);
  await page.getByRole('combobox', { name: 'Search' }).fill('Company 12');
  await page.getByRole('combobox', { name: 'Search' }).press('Enter');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(/^Company 12/);
  // The list pages instead of rendering thousands of rows. (The selection opened Details
  // in place of Filters.)
  await openFilters(page);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  expect(await (await openList(page)).locator('tbody tr').count()).toBeLessThanOrEqual(100);
});

test('above the summary threshold, the best-connected nodes are shown first', async ({ page }) => {
  test.setTimeout(120_000);
  const body = JSON.stringify(generateGraph(9_000, 2, 7));
  await page.route('**/e2e-huge.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto('/?graph=e2e-huge.json&renderer=canvas');
  await expect(page.getByRole('status')).toHaveText(STATUS, { timeout: 60_000 });
  await expect(page.getByText(/Large graph: showing the 1,500 best-connected of/)).toBeVisible();
  const summary = await statusCounts(page);
  expect(
    summary.companies + summary.organisations + summary.people + summary.regions,
  ).toBeLessThanOrEqual(1_501);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(async () => (await statusCounts(page)).relations).toBe(summary.total);
});

test('the WebGL renderer draws the build-time positions, framed as on canvas', async ({ page }) => {
  test.setTimeout(120_000);
  const body = JSON.stringify(generateGraph(1_000, 4));
  await page.route('**/e2e-webgl.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const camera = async (renderer: string) => {
    await page.goto(`/?graph=e2e-webgl.json&renderer=${renderer}`);
    await expect(page.getByRole('status')).toHaveText(STATUS, { timeout: 60_000 });
    await expect(page.getByTestId('graph')).toHaveAttribute('data-renderer', renderer);
    await expect(page).toHaveURL(/cam=/);
    return new URL(page.url()).searchParams.get('cam');
  };
  // Without `layout: preset` Cytoscape's constructor runs a grid layout, which moves
  // every node and so changes the fitted camera.
  expect(await camera('webgl')).toBe(await camera('canvas'));
});
