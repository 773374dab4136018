import { expect, test, type Page } from '@playwright/test';
import { biggestHub, drawnLabels, openAtlas, overlapping } from './atlas';
import { statusCounts } from './helpers';

async function hoverNode(page: Page, label: string) {
  await drawnLabels(page);
  const at = await page.evaluate((name) => window.__partnerAtlas!.nodeAt(name), label);
  expect(at, label).not.toBeNull();
  await page.mouse.move(at!.x, at!.y);
  return page.getByRole('tooltip');
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('Size by: each measure is kept in the link, labels follow it without overlap, the tooltip gives the value', async ({
  page,
}) => {
  await openAtlas(page);
  const sizeBy = page.getByLabel('Size by');
  await expect(sizeBy).toHaveValue('connections');
  for (const [value, name, pattern] of [
    ['pagerank', 'PageRank', /PageRank: 0\.\d+/],
    ['betweenness', 'Betweenness', /Betweenness: [\d.,]+/],
    ['mentions', 'Mentions', /Mentions: \d+/],
  ] as const) {
    await sizeBy.selectOption({ label: name });
    await expect(page).toHaveURL(new RegExp(`size=${value}`));
    const labels = await drawnLabels(page, 15);
    expect(overlapping(labels), name).toEqual([]);
    const tooltip = await hoverNode(page, biggestHub());
    await expect(tooltip).toContainText(pattern);
    // Off the node, onto the canvas's empty corner: the tooltip goes.
    const canvas = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.move(canvas.x + 3, canvas.y + 3);
    await expect(tooltip).toBeHidden();
  }
  await sizeBy.selectOption({ label: 'Connections' });
  await expect(page).not.toHaveURL(/size=/);
});

test('Colour by: community, first year and country each show what their colours mean', async ({
  page,
}) => {
  await openAtlas(page);
  const colourBy = page.getByLabel('Colour by');
  await expect(colourBy).toHaveValue('type');

  await colourBy.selectOption({ label: 'Country' });
  await expect(page).toHaveURL(/colour=country/);
  const countries = page.getByRole('list', { name: 'Colours: Country' });
  await expect(countries.getByRole('listitem')).toHaveCount(9); // 8 colours and "Others"
  await expect(countries).toContainText('Others');

  await colourBy.selectOption({ label: 'First year' });
  const years = page.getByRole('list', { name: 'Colours: First year' });
  await expect(years).toContainText('2015');
  await expect(years).toContainText('2025');
  await expect(years).toContainText('No year');

  await colourBy.selectOption({ label: 'Community' });
  await expect(page).toHaveURL(/colour=community/);
  // The community list's swatches take the community colours.
  await expect(
    page.getByRole('group', { name: 'Communities' }).locator('svg.swatch').first(),
  ).toBeVisible();
});

test('Communities: listed with counts, named after their biggest member, and they filter the graph', async ({
  page,
}) => {
  await openAtlas(page);
  const group = page.getByRole('group', { name: 'Communities' });
  const hub = biggestHub();
  const entries = group.getByRole('checkbox');
  // The list is computed once the page is idle after the first frame: wait for it.
  await expect(group.getByRole('checkbox', { name: hub })).toBeChecked();
  expect(await entries.count()).toBeGreaterThanOrEqual(5);

  const all = await statusCounts(page);
  // Keep only the hub's community: untick every other one.
  const names = (await group.locator('.check-label').allTextContents()).map((s) => s.trim());
  for (const name of names)
    if (name !== hub) await group.getByRole('checkbox', { name, exact: true }).uncheck();
  await expect(page).toHaveURL(/community=/);
  await expect.poll(async () => (await statusCounts(page)).relations).toBeLessThan(all.relations);
  const only = await statusCounts(page);
  expect(only.relations).toBeGreaterThan(0);
  const labels = await drawnLabels(page);
  expect(labels.map((l) => l.label)).toContain(hub);

  // The link keeps the choice.
  await page.reload();
  await expect.poll(async () => (await statusCounts(page)).relations).toBe(only.relations);
  await expect(group.getByRole('checkbox', { name: hub })).toBeChecked();

  await page.getByRole('button', { name: 'All communities' }).click();
  await expect.poll(async () => (await statusCounts(page)).relations).toBe(all.relations);
  await expect(page).not.toHaveURL(/community=/);
});
