import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

async function tabUntil(page: Page, test: () => Promise<boolean>, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await test()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached the target with Tab');
}

const focused = (page: Page) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    text: document.activeElement?.textContent ?? '',
    inDetails: !!document.activeElement?.closest('[aria-label="Details"]'),
  }));

test('12. the keyboard alone reaches a company’s evidence', async ({ page }) => {
  await openApp(page);
  // From the top of the page, Tab to the search box.
  await page.locator('body').focus();
  await tabUntil(page, async () => (await focused(page)).id === 'search-input');
  await page.keyboard.type('Liquid');
  await page.keyboard.press('Enter');

  // Focus lands on the details heading of the company.
  await expect(page.locator(':focus')).toHaveText('Liquid Telecom');
  // Tab on to the first evidence's "Open document" and open the reader.
  await tabUntil(page, async () => {
    const f = await focused(page);
    return f.inDetails && f.text.startsWith('Open document');
  });
  await page.keyboard.press('Enter');
  const reader = page.getByRole('dialog');
  await expect(reader).toBeVisible();
  const mark = reader.locator('mark').first();
  await expect(mark).toBeVisible();
  await expect(mark).toBeInViewport();
  // Every recognised entity is a button; the evidence names Liquid Telecom.
  await expect(
    reader.locator('mark').getByRole('button', { name: 'Liquid Telecom' }).first(),
  ).toBeVisible();

  // Escape closes the reader and returns focus to where it was.
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(page.locator(':focus')).toHaveText(/^Open document/);
});
