import { expect, test } from '@playwright/test';
import { details, openApp, openFilters, searchAndSelect, statusCounts } from './helpers';

test('7. a reload restores the view from the URL', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Region').selectOption({ label: 'Africa' });
  await page.getByLabel('From year').fill('2018');
  await searchAndSelect(page, 'China Telecom Global');
  await page.getByRole('button', { name: 'Focus', exact: true }).click();
  await page.getByRole('radio', { name: '2 hops' }).check();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/cam=/);
  await page.waitForTimeout(400); // the camera is written to the URL after a short pause
  const before = await statusCounts(page);
  const url = page.url();
  expect(url).toMatch(/region=.*from=2018.*node=.*focus=.*hops=2/);

  await page.reload();
  await expect(page.getByRole('status')).toHaveText(/relations shown/);
  expect(page.url()).toBe(url);
  // The link selects a node, so Details is the side panel open; Filters opens on demand.
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('China Telecom Global');
  await openFilters(page);
  await expect(page.getByLabel('Region').locator('option:checked')).toHaveText(/Africa/);
  await expect(page.getByLabel('From year')).toHaveValue('2018');
  await expect(page.getByRole('button', { name: 'Focus', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('radio', { name: '2 hops' })).toBeChecked();
  expect(await statusCounts(page)).toEqual(before);
});

test('7b. invalid or stale URL values are dropped with a notice, never a crash', async ({
  page,
}) => {
  await openApp(
    page,
    '?region=atlantis&from=20x8&to=2019&rel=partnership,spying&node=org:gone&cam=1,NaN,0',
  );
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Some settings in the link were ignored');
  await expect(notice).toContainText('atlantis');
  await expect(page.getByLabel('Region')).toHaveValue('');
  await expect(page.getByLabel('To year')).toHaveValue('2019');
  // The URL is rewritten without the dropped values.
  await expect(page).toHaveURL(/\?to=2019&rel=partnership(&cam=[^&]+)?$/);
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toHaveCount(0);
});
