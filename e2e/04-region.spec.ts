import { expect, test } from '@playwright/test';
import { hasRelation, listedNodes, listedRelations, openApp, statusCounts } from './helpers';

test('4. region Africa keeps the right companies and relations', async ({ page }) => {
  await openApp(page);
  // The picker is hierarchical: cities sit under their country and continent.
  const options = (await page.getByLabel('Region').locator('option').allTextContents()).map((o) =>
    o.replace(/\u00a0/g, ' '),
  );
  const africa = options.findIndex((o) => o.trim() === 'Africa');
  const nairobi = options.findIndex((o) => o.trim() === 'Nairobi');
  expect(africa).toBeGreaterThanOrEqual(0);
  expect(nairobi).toBeGreaterThan(africa);
  expect(options[nairobi]!.length - 'Nairobi'.length).toBeGreaterThan(
    options[africa]!.length - 'Africa'.length,
  );

  await page.getByLabel('Region').selectOption({ label: 'Africa' });
  await expect(page).toHaveURL(/region=/);

  const nodes = await listedNodes(page);
  expect(nodes).toEqual(expect.arrayContaining(['Liquid Telecom', 'China Telecom Global']));
  for (const absent of ['ZTE', 'Huawei', 'Vietnam', 'Hong Kong', 'China Telecom Americas'])
    expect(nodes).not.toContain(absent);
  expect(nodes.some((n) => /^Geely/.test(n))).toBe(false);

  const relations = await listedRelations(page);
  expect(hasRelation(relations, /^Liquid Telecom$/, 'Partnership', /^China Telecom Global$/)).toBe(
    true,
  );
  expect(relations.some((r) => r.from === 'ZTE' || r.to === 'ZTE')).toBe(false);
  expect(relations.some((r) => r.relation === 'Supply')).toBe(false);
  expect((await statusCounts(page)).relations).toBe(relations.length);
});
