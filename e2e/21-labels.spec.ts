import { expect, test } from '@playwright/test';
import { biggestHub, drawnLabels, openAtlas, overlapping } from './atlas';

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`labels at ${viewport.width}×${viewport.height}: the biggest hub is named and no two labels overlap (at least 15 on a wide screen)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openAtlas(page);
    const hub = biggestHub();
    const labels = await drawnLabels(page, viewport.width > 700 ? 15 : 3);
    test.info().annotations.push({ type: 'labels drawn', description: String(labels.length) });
    expect(overlapping(labels)).toEqual([]);
    expect(labels.map((l) => l.label)).toContain(hub);
    // The first labels follow the first frame in a pass of their own, and mark when drawn.
    const marks = await page.evaluate(() =>
      ['first-frame', 'labelled'].map((m) => performance.getEntriesByName(`pa:${m}`)[0]?.startTime),
    );
    expect(marks[1]).toBeGreaterThan(marks[0]!);
    // Every drawn label lies on the canvas (to within the rounding of a sub-pixel camera).
    const canvas = (await page.getByTestId('graph').boundingBox())!;
    for (const { label, box } of labels) {
      expect(box.x1, label).toBeGreaterThanOrEqual(canvas.x - 2);
      expect(box.x2, label).toBeLessThanOrEqual(canvas.x + canvas.width + 2);
    }
  });
}

test('zooming in draws more labels, still without overlap; the selection is always named', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openAtlas(page);
  const before = await drawnLabels(page, 15);
  const graph = page.getByTestId('graph');
  await graph.focus();
  for (let i = 0; i < 3; i++) await graph.press('+');
  await expect.poll(async () => (await drawnLabels(page)).length).toBeGreaterThan(before.length);
  const after = await drawnLabels(page);
  test.info().annotations.push({
    type: 'labels before / after zooming in',
    description: `${before.length} / ${after.length}`,
  });
  expect(overlapping(after)).toEqual([]);
  const sizes = after.map((l) => l.box.y2 - l.box.y1);
  // Labels read the same on screen at any zoom: 11 to 16 px type.
  expect(Math.min(...sizes)).toBeGreaterThan(10);
  expect(Math.max(...sizes)).toBeLessThan(30);

  // A small node, once selected, gets its label even where a hub's would collide.
  await page.getByRole('combobox', { name: 'Search' }).fill('Tessaro');
  await page.getByRole('combobox', { name: 'Search' }).press('Enter');
  await expect
    .poll(async () => (await drawnLabels(page)).map((l) => l.label))
    .toContain('Tessaro Solutions');
  expect(overlapping(await drawnLabels(page))).toEqual([]);
});

test('hovering a node shows a tooltip with its name, type, connections and years', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openAtlas(page);
  await drawnLabels(page, 15);
  const hub = biggestHub();
  const at = await page.evaluate((label) => window.__partnerAtlas!.nodeAt(label), hub);
  expect(at).not.toBeNull();
  await page.mouse.move(at!.x, at!.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(hub);
  await expect(tooltip).toContainText(/Company · \d+ connections/);
  await expect(tooltip).toContainText(/Years: \d{4}/);
  // The tooltip stays on the canvas.
  const canvas = (await page.getByTestId('graph').boundingBox())!;
  const box = (await tooltip.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(canvas.x);
  expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
  await page.mouse.move(canvas.x + 2, canvas.y + 2);
  await expect(tooltip).toBeHidden();
});
