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

test('a 5,000-node graph is drawn in parts, hubs first, and a filter change meanwhile applies to all of it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const body = JSON.stringify(generateGraph(5_000, 4));
  await page.route('**/e2e-parts.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto('/?graph=e2e-parts.json&renderer=canvas');
  const markOf = (name: string) =>
    page.evaluate((n) => {
      const entry = performance.getEntriesByName(`pa:${n}`)[0] as PerformanceMark | undefined;
      return entry
        ? { at: entry.startTime, detail: entry.detail as { nodes?: number } | null }
        : null;
    }, name);
  await expect.poll(() => markOf('first-frame'), { timeout: 60_000 }).not.toBeNull();
  const first = (await markOf('first-frame'))!;
  // The first frame drew the best-connected part only.
  expect(first.detail?.nodes).toBeGreaterThan(0);
  expect(first.detail?.nodes).toBeLessThan(5_000);
  // A change made while the rest is still being added.
  const partnership = page.getByRole('checkbox', { name: 'Partnership', exact: true });
  await partnership.uncheck();
  await expect.poll(() => markOf('filled'), { timeout: 60_000 }).not.toBeNull();
  expect((await markOf('filled'))!.at).toBeGreaterThan(first.at);
  await expect(page.getByRole('status')).toHaveText(STATUS);
  const counts = await statusCounts(page);
  const drawn = await page.evaluate(() => ({
    nodes: window.__atlasDrawn!.nodes().length,
    edges: window.__atlasDrawn!.edges(),
  }));
  expect(drawn.nodes).toBe(
    counts.companies + counts.organisations + counts.people + counts.regions,
  );
  expect(drawn.edges.length).toBe(counts.relations);
  expect(drawn.edges.some((e) => e.type === 'partnership')).toBe(false);
});
