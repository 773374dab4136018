import { expect, test } from '@playwright/test';
import { openAtlas } from './atlas';
import { details, openApp, searchAndSelect } from './helpers';

// The README's pictures of the app on the seed graph, taken by a test rather than drawn.
test.describe('README screenshots', () => {
  test('desktop, 1440×900', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page);
    await searchAndSelect(page, 'China Telecom Global');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'China Telecom Global',
    );
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForTimeout(800); // let the fit animation settle
    await page.mouse.move(0, 0);
    await page.screenshot({ path: 'docs/screenshot.png' });
  });

  test('phone, 390×844', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await openApp(page);
    await searchAndSelect(page, 'China Telecom Global');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'China Telecom Global',
    );
    await page.waitForTimeout(800); // let the centring animation settle
    await page.screenshot({ path: 'docs/screenshot-phone.png' });
    await context.close();
  });

  test('map, 1440×900', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openAtlas(page);
    await page.getByRole('radio', { name: 'Map' }).check();
    const map = page.getByRole('group', { name: 'Map' });
    await expect(map).toBeVisible();
    await map.getByRole('button', { name: 'Lisbon', exact: true }).click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Lisbon');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: 'docs/screenshot-map.png' });
  });
});
