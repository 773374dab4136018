import { expect, test } from '@playwright/test';
import { details, listedNodes, openApp, openList, statusCounts } from './helpers';

test('1. load: the seed graph is drawn with a legend, a status line, the list and the details panel', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);

  const counts = await statusCounts(page);
  expect(counts.companies).toBeGreaterThanOrEqual(7);
  expect(counts.people).toBeGreaterThanOrEqual(5);
  expect(counts.relations).toBe(counts.total);

  await expect(page.getByRole('button', { name: 'Legend' })).toBeVisible();
  for (const name of ['Search', 'Region', 'From year', 'To year'])
    await expect(page.getByLabel(name)).toBeVisible();
  for (const group of ['Relation types', 'Entity types'])
    await expect(page.getByRole('group', { name: group })).toBeVisible();
  for (const button of ['Export', 'Focus', 'Fit'])
    await expect(page.getByRole('button', { name: button, exact: true })).toBeVisible();
  await expect(details(page)).toBeVisible();
  await expect(await openList(page)).toBeVisible();

  const names = await listedNodes(page);
  for (const name of [
    'ZTE',
    'China Telecom Global',
    'China Telecom',
    'Liquid Telecom',
    'Huawei',
    'China Telecom Americas',
    'Internet Society',
    'Donald Tan',
    'Nairobi',
    'Vietnam',
  ])
    expect(names).toContain(name);
  expect(names.some((n) => /^Geely/.test(n))).toBe(true);
  expect(errors).toEqual([]);
});
