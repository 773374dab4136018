import { expect, test } from '@playwright/test';
import { hasRelation, listedRelations, openApp, statusCounts } from './helpers';

test('5. years 2018–2018 keep only the 2018 relations', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('From year').fill('2018');
  await page.getByLabel('To year').fill('2018');
  // Undated relations are kept by default; switch them off to see only 2018.
  const undated = page.getByRole('switch', { name: 'Include undated' });
  await expect(undated).toBeChecked();
  await undated.uncheck();
  await expect(page).toHaveURL(/from=2018&to=2018&undated=0/);

  const relations = await listedRelations(page);
  expect(relations.length).toBeGreaterThan(0);
  for (const r of relations) expect(r.years).toMatch(/2018/);
  expect(hasRelation(relations, /^Liquid Telecom$/, 'Partnership', /^China Telecom Global$/)).toBe(
    true,
  );
  expect(hasRelation(relations, /^Geely/, 'Partnership', /^China Telecom$/)).toBe(true);
  expect(relations.some((r) => r.relation === 'Supply')).toBe(false); // 2019
  expect(relations.some((r) => r.from === 'Huawei')).toBe(false); // 2025
  expect((await statusCounts(page)).relations).toBe(relations.length);

  // Turning undated back on brings the undated partnerships back.
  await undated.check();
  const withUndated = await listedRelations(page);
  expect(withUndated.length).toBeGreaterThan(relations.length);
  expect(withUndated.some((r) => r.years === 'undated')).toBe(true);
});
