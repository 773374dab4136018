import { expect, test } from '@playwright/test';
import { details, openApp, searchAndSelect } from './helpers';

test('2. search a company: its partners and their evidence are shown', async ({ page }) => {
  await openApp(page);
  // An alias finds the company.
  await page.getByRole('combobox', { name: 'Search' }).fill('CTG');
  await expect(page.getByRole('option', { name: /China Telecom Global/ })).toBeVisible();
  await searchAndSelect(page, 'China Telecom Global');

  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('China Telecom Global');
  await expect(page).toHaveURL(/node=/);
  // Partners, grouped under their relation type.
  await expect(panel.getByRole('heading', { name: /^Partners/ })).toBeVisible();
  await expect(
    panel.getByRole('button', { name: 'Liquid Telecom', exact: true }).first(),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: 'ZTE', exact: true }).first()).toBeVisible();
  // Evidence: the sentence, its document's title and date.
  const evidence = panel.locator('.evidence-item').filter({ hasText: 'Liquid Telecom' }).first();
  await expect(evidence.locator('blockquote')).toContainText('China Telecom Global');
  await expect(evidence.locator('.evidence-source')).toContainText(/2018/);
  await expect(evidence.getByRole('button', { name: /^Open document/ })).toBeVisible();
});
