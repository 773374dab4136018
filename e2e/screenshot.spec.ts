import { expect, test } from '@playwright/test';
import { details, openApp, searchAndSelect } from './helpers';

// The README's picture of the app on the seed graph, taken by a test rather than drawn.
test('README screenshot', async ({ page }) => {
  await openApp(page);
  await searchAndSelect(page, 'China Telecom Global');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('China Telecom Global');
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.waitForTimeout(800); // let the fit animation settle
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/screenshot.png' });
});
