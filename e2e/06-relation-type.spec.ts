import { expect, test } from '@playwright/test';
import { listedNodes, listedRelations, openApp, statusCounts } from './helpers';

test('6. a relation type filter keeps only subsidiaries and their companies', async ({ page }) => {
  await openApp(page);
  const group = page.getByRole('group', { name: 'Relation types' });
  for (const box of await group.getByRole('checkbox').all()) {
    const name = await box.evaluate(
      (el) => el.closest('label')?.querySelector('.check-label')?.textContent ?? '',
    );
    if (name === 'Subsidiary') await expect(box).toBeChecked();
    else await box.uncheck();
  }
  await expect(page).toHaveURL(/rel=subsidiary(&|$)/);

  const relations = await listedRelations(page);
  expect(relations.length).toBeGreaterThanOrEqual(2);
  for (const r of relations) expect(r.relation).toBe('Subsidiary');
  expect(relations).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ from: 'China Telecom Global', to: 'China Telecom' }),
      expect.objectContaining({ from: 'China Telecom Americas', to: 'China Telecom' }),
    ]),
  );
  expect((await listedNodes(page)).sort()).toEqual([
    'China Telecom',
    'China Telecom Americas',
    'China Telecom Global',
  ]);
  const counts = await statusCounts(page);
  expect(counts.people).toBe(0);

  // Unchecking the last type empties the view; the empty state offers "Reset filters".
  await group.getByRole('checkbox', { name: 'Subsidiary' }).uncheck();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page.getByTestId('empty-state')).toHaveCount(0);
  expect((await statusCounts(page)).relations).toBe(counts.total);
});
