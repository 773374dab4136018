import { expect, test, type Page } from '@playwright/test';
import { details, openApp, searchAndSelect } from './helpers';

/** Whether the page scrolls sideways. */
async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not displayed`);
  return b;
}

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the graph is the page: rails, a one-row toolbar, the dataset as heading', async ({
    page,
  }) => {
    await openApp(page);
    // The seed graph is built from the seeds folder without --title.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('seeds');

    const canvas = await box(page, '[data-testid="graph"]');
    expect(canvas.width * canvas.height).toBeGreaterThanOrEqual(0.6 * 1440 * 900);

    const filters = page.getByRole('button', { name: 'Filters', exact: true });
    const detailsToggle = page.getByRole('button', { name: 'Details', exact: true });
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    await expect(detailsToggle).toHaveAttribute('aria-expanded', 'false');
    expect((await box(page, '.sidebar.details')).width).toBeLessThanOrEqual(48);

    await filters.click();
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByLabel('Region')).toHaveCount(0);
    expect((await box(page, '.sidebar.filters')).width).toBeLessThanOrEqual(48);
    await expect
      .poll(async () => (await box(page, '[data-testid="graph"]')).width)
      .toBeGreaterThan(1440 - 2 * 48 - 2);
    await filters.click();
    await expect(page.getByLabel('Region')).toBeVisible();

    const toolbar = await box(page, '[role="toolbar"][aria-label="Graph tools"]');
    expect(toolbar.height).toBeLessThan(48);
    expect(await overflowsSideways(page)).toBe(false);
  });

  test('the List is a drawer, Details opens on a selection', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('region', { name: 'List' })).toHaveCount(0);
    const before = await box(page, '[data-testid="graph"]');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const listRegion = page.getByRole('region', { name: 'List' });
    await expect(listRegion).toBeVisible();
    await expect(listRegion.getByRole('tab', { name: /^Nodes/ })).toBeVisible();
    await expect
      .poll(async () => (await box(page, '[data-testid="graph"]')).height)
      .toBeLessThan(before.height);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(listRegion).toHaveCount(0);

    await searchAndSelect(page, 'Huawei');
    await expect(page.getByRole('button', { name: 'Details', exact: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(details(page).getByRole('heading', { level: 2, name: 'Huawei' })).toBeVisible();
    // One side panel at a time at this width: the graph keeps 60% of the window.
    await expect(page.getByRole('button', { name: 'Filters', exact: true })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect
      .poll(async () => {
        const canvas = await box(page, '[data-testid="graph"]');
        return canvas.width * canvas.height;
      })
      .toBeGreaterThanOrEqual(0.6 * 1440 * 900);
  });

  test('Settings holds the renderer choice and leaves Export usable', async ({ page }) => {
    await openApp(page);
    await expect(page.getByLabel('Renderer')).toBeHidden();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByLabel('Renderer')).toBeVisible();
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('dialog', { name: 'Download what is shown' })).toBeVisible();
    await expect(page.getByLabel('Renderer')).toBeHidden();
  });
});

test.describe('at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the toolbar stays one row with Filters and Details open', async ({ page }) => {
    await openApp(page);
    await searchAndSelect(page, 'Huawei');
    await page.getByRole('button', { name: 'Focus', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Details', exact: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const toolbar = page.getByRole('toolbar', { name: 'Graph tools' });
    const bounds = await box(page, '[role="toolbar"][aria-label="Graph tools"]');
    expect(bounds.height).toBeLessThan(48);
    const rights = await toolbar
      .locator('button:visible, fieldset')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(bounds.x + bounds.width);
    expect(await overflowsSideways(page)).toBe(false);
  });
});

for (const width of [390, 360]) {
  test.describe(`on a phone, ${width} px wide`, () => {
    test.use({ viewport: { width, height: 844 }, hasTouch: true, isMobile: true });

    test('the graph takes the full width; Filters and Details are sheets over it', async ({
      page,
    }) => {
      await openApp(page);
      expect(await overflowsSideways(page)).toBe(false);
      const canvas = await box(page, '[data-testid="graph"]');
      expect(canvas.width).toBeGreaterThanOrEqual(width - 1);
      expect(canvas.height).toBeGreaterThan(400);

      const search = await box(page, '#search-input');
      expect(search.width).toBeGreaterThan(width * 0.6);

      // One row of tools: every control's top edge within a few pixels of the first one.
      const tops = await page
        .getByRole('toolbar', { name: 'Graph tools' })
        .locator('button:visible, fieldset')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);

      const filters = page.getByRole('button', { name: 'Filters', exact: true });
      await expect(filters).toHaveAttribute('aria-expanded', 'false');
      await filters.click();
      await expect(page.getByLabel('Region')).toBeVisible();
      const sheet = await box(page, '.sidebar.filters');
      expect(sheet.x).toBeLessThanOrEqual(1);
      expect(sheet.width).toBeGreaterThanOrEqual(width - 2);
      expect(sheet.y).toBeGreaterThan(844 * 0.2);
      expect(await overflowsSideways(page)).toBe(false);
      await filters.click();
      await expect(page.getByLabel('Region')).toHaveCount(0);

      await searchAndSelect(page, 'Huawei');
      await expect(details(page).getByRole('heading', { level: 2, name: 'Huawei' })).toBeVisible();
      const detailsSheet = await box(page, '.sidebar.details');
      expect(detailsSheet.width).toBeGreaterThanOrEqual(width - 2);
      expect(await overflowsSideways(page)).toBe(false);
    });

    test('Settings does not cover Export', async ({ page }) => {
      await openApp(page);
      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByLabel('Renderer')).toBeVisible();
      await page.getByRole('button', { name: 'Export' }).click();
      await expect(page.getByRole('dialog', { name: 'Download what is shown' })).toBeVisible();
      expect(await overflowsSideways(page)).toBe(false);
    });
  });
}
