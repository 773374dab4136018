import { expect, test } from '@playwright/test';
import { details, openApp, searchAndSelect } from './helpers';

test('3. click through to a partner, and back and forward through the selection history', async ({
  page,
}) => {
  await openApp(page);
  const heading = details(page).getByRole('heading', { level: 2 });
  const canvas = page.getByTestId('graph');

  // Search centres the company in the view.
  await searchAndSelect(page, 'China Telecom Global');
  await expect(heading).toHaveText('China Telecom Global');
  await page.waitForTimeout(600); // the centring animation
  const box = (await canvas.boundingBox())!;

  // A click on empty canvas clears the selection; a click on the node selects it.
  await page.mouse.click(box.x + box.width - 4, box.y + 4);
  await expect(heading).toHaveText('Details');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(heading).toHaveText('China Telecom Global');

  // Click through to a partner from the details panel.
  await details(page).getByRole('button', { name: 'Liquid Telecom', exact: true }).first().click();
  await expect(heading).toHaveText('Liquid Telecom');
  await expect(
    details(page).getByRole('button', { name: 'China Telecom Global', exact: true }).first(),
  ).toBeVisible();

  // And on to the relation itself, with its evidence.
  await details(page)
    .getByRole('button', { name: /^Relation details: China Telecom Global/ })
    .first()
    .click();
  await expect(heading).toContainText('Liquid Telecom');
  await expect(heading).toContainText('China Telecom Global');
  await expect(details(page).getByRole('heading', { name: /^Evidence/ })).toBeVisible();

  // The browser's back and forward buttons walk the selection history.
  await page.goBack();
  await expect(heading).toHaveText('Liquid Telecom');
  await page.goBack();
  await expect(heading).toHaveText('China Telecom Global');
  await page.goForward();
  await expect(heading).toHaveText('Liquid Telecom');
});
