import { expect, test } from '@playwright/test';
import { downloadFrom, openApp, openExport } from './helpers';

test('9. SVG export is valid and holds the labels', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Region').selectOption({ label: 'Africa' });
  const menu = await openExport(page);
  await menu.getByRole('radio', { name: 'Full graph' }).check();
  const file = await downloadFrom(page, () =>
    menu.getByRole('button', { name: 'SVG image' }).click(),
  );
  expect(file.name).toBe('partner-atlas_africa_full.svg');
  const svg = file.data.toString('utf8');

  // Parse it as XML in the browser: a parse error would come back as <parsererror>.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      scripts: doc.querySelectorAll('script, foreignObject').length,
      handlers: all
        .flatMap((el) => [...el.attributes].map((a) => a.name))
        .filter((n) => n.startsWith('on')),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.texts).toEqual(
    expect.arrayContaining(['Liquid Telecom', 'China Telecom Global', 'Legend', 'Partnership']),
  );
  expect(parsed.texts).not.toContain('Huawei');
  expect(parsed.scripts).toBe(0);
  expect(parsed.handlers).toEqual([]);
});
