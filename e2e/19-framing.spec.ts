import { expect, test, type Page } from '@playwright/test';
import { openApp, searchAndSelect } from './helpers';

type Box = { left: number; top: number; right: number; bottom: number };

const drawn = (page: Page) => page.evaluate(() => window.__atlasDrawn?.nodes() ?? []);

async function rectOf(page: Page, selector: string): Promise<Box> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
}

const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 1 &&
  inner.top >= outer.top - 1 &&
  inner.right <= outer.right + 1 &&
  inner.bottom <= outer.bottom + 1;

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function camera(page: Page) {
  const cam = new URL(page.url()).searchParams.get('cam');
  const [zoom, x, y] = (cam ?? '').split(',').map(Number);
  return { zoom: zoom ?? Number.NaN, x: x ?? Number.NaN, y: y ?? Number.NaN };
}

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('Fit frames every node clear of the open legend', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Legend' }).click();
    await expect(page.locator('.legend-body')).toBeVisible();
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect
      .poll(async () => {
        const canvas = await rectOf(page, '[data-testid="graph"]');
        const legend = await rectOf(page, '.legend');
        const nodes = await drawn(page);
        return nodes.length > 10 && nodes.every((n) => inside(n, canvas) && !overlaps(n, legend));
      })
      .toBe(true);
  });

  test('Back and forward restore the camera; a ?node= link centres and zooms', async ({ page }) => {
    await openApp(page);
    await searchAndSelect(page, 'Huawei');
    await expect(page).toHaveURL(/node=/);
    await expect.poll(() => camera(page).zoom).toBeGreaterThanOrEqual(1.1);
    const atHuawei = camera(page);
    const huaweiId = new URL(page.url()).searchParams.get('node') ?? '';

    await searchAndSelect(page, 'Liquid Telecom');
    await expect.poll(() => camera(page).x).not.toBeCloseTo(atHuawei.x, 0);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`node=${encodeURIComponent(huaweiId)}`));
    await expect.poll(() => camera(page).x).toBeCloseTo(atHuawei.x, 0);
    expect(camera(page).y).toBeCloseTo(atHuawei.y, 0);
    await page.goForward();
    await expect.poll(() => camera(page).x).not.toBeCloseTo(atHuawei.x, 0);

    // A fresh page opened on the node link alone: centred in the free canvas, zoomed in.
    await openApp(page, `?node=${encodeURIComponent(huaweiId)}`);
    await expect.poll(() => camera(page).zoom).toBeGreaterThanOrEqual(1.1);
    const canvas = await rectOf(page, '[data-testid="graph"]');
    await expect
      .poll(async () => {
        const node = (await drawn(page)).find((n) => n.label === 'Huawei');
        if (!node) return Number.POSITIVE_INFINITY;
        const cx = (node.left + node.right) / 2;
        return Math.abs(cx - (canvas.left + canvas.right) / 2);
      })
      .toBeLessThan(40);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('search centres the node above the Details sheet', async ({ page }) => {
    await openApp(page);
    await searchAndSelect(page, 'Huawei');
    await expect(page.getByRole('button', { name: 'Details', exact: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect
      .poll(async () => {
        const sheet = await rectOf(page, '.sidebar.details');
        const canvas = await rectOf(page, '[data-testid="graph"]');
        const node = (await drawn(page)).find((n) => n.label === 'Huawei');
        return !!node && inside(node, canvas) && node.bottom <= sheet.top;
      })
      .toBe(true);
  });
});
