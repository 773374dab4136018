import { expect, test } from '@playwright/test';
import { downloadFrom, openApp, openExport, pngSize } from './helpers';

// The image is the canvas with a margin on each side, a title line above and the legend
// below (cy/pngFrame.ts).
const MARGIN = 24;

test('8. PNG export is a valid PNG of the expected size', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Region').selectOption({ label: 'Africa' });
  const canvas = (await page.getByTestId('graph').boundingBox())!;

  const menu = await openExport(page);
  await menu.getByRole('radio', { name: '2×' }).check();
  const view = await downloadFrom(page, () =>
    menu.getByRole('button', { name: 'PNG image' }).click(),
  );
  expect(view.name).toBe('partner-atlas_africa.png');
  const size = pngSize(view.data);
  expect(Math.abs(size.width - Math.floor((canvas.width + 2 * MARGIN) * 2))).toBeLessThanOrEqual(2);
  // Title and legend add more than the two margins.
  expect(size.height).toBeGreaterThan(Math.floor((canvas.height + 3 * MARGIN) * 2));
  await expect(menu.getByText(`(${size.width} × ${size.height} px)`)).toBeVisible();
  // Escape still closes the menu after an export.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await openExport(page);

  // The full graph, transparent, 1×: a valid PNG named for its scope.
  await menu.getByRole('radio', { name: 'Full graph' }).check();
  await menu.getByRole('radio', { name: '1×' }).check();
  await menu.getByRole('radio', { name: 'Transparent' }).check();
  const full = await downloadFrom(page, () =>
    menu.getByRole('button', { name: 'PNG image' }).click(),
  );
  expect(full.name).toBe('partner-atlas_africa_full.png');
  const fullSize = pngSize(full.data);
  expect(fullSize.width).toBeGreaterThan(50);
  expect(fullSize.height).toBeGreaterThan(50);
});
