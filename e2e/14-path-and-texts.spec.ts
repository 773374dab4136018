import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { details, openApp, searchAndSelect } from './helpers';

test('Path: the shortest chain of relations between two companies', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Path', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Path' });
  await panel.getByRole('combobox', { name: 'Path from' }).fill('Liquid');
  await panel.getByRole('combobox', { name: 'Path from' }).press('Enter');
  await panel.getByRole('combobox', { name: 'Path to' }).fill('Geely');
  await panel.getByRole('combobox', { name: 'Path to' }).press('Enter');
  const steps = panel.getByRole('listitem');
  await expect(steps.first()).toContainText('Liquid Telecom');
  await expect(steps.last()).toContainText(/Geely/);
  await expect(steps).toHaveCount(4); // Liquid Telecom → CTG → China Telecom → Geely
  await expect(page).toHaveURL(/path=.*path=/);
  // On the canvas, what is not on the path is dimmed.
  const onPath = ['Liquid Telecom', 'China Telecom Global', 'China Telecom'];
  await expect
    .poll(async () => {
      const drawn = await page.evaluate(() => window.__atlasDrawn?.nodes() ?? []);
      const off = drawn.filter((n) => !onPath.includes(n.label) && !/^Geely/.test(n.label));
      const on = drawn.filter((n) => onPath.includes(n.label));
      return (
        on.length === 3 &&
        off.length > 0 &&
        on.every((n) => n.opacity === 1) &&
        off.every((n) => n.opacity < 0.5)
      );
    })
    .toBe(true);
  // A step is a link to its details.
  await steps.nth(1).getByRole('button', { name: 'China Telecom Global' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('China Telecom Global');
  await panel.getByRole('button', { name: 'Clear path' }).click();
  await expect(page).not.toHaveURL(/path=/);
});

test('document texts kept in files beside graph.json are loaded on demand', async ({ page }) => {
  // The seed fixture, rewritten as a "files" graph: texts move to graph-texts/<id>.txt.
  const graph = JSON.parse(
    readFileSync(new URL('../src/test-support/seed-graph.json', import.meta.url), 'utf8'),
  );
  const texts = new Map<string, string>();
  graph.texts = 'files';
  for (const doc of graph.documents) {
    const file = `e2e-texts/${doc.id.replace(/[^a-z0-9]/gi, '_')}.txt`;
    texts.set(file, doc.text);
    doc.textFile = file;
    delete doc.text;
  }
  let fetched = 0;
  await page.route('**/e2e-files.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(graph) }),
  );
  await page.route('**/e2e-texts/*', (r) => {
    fetched++;
    const name = new URL(r.request().url()).pathname.split('/').slice(-2).join('/');
    return r.fulfill({
      status: 200,
      contentType: 'text/plain; charset=utf-8',
      body: texts.get(name) ?? '',
    });
  });
  await openApp(page, '?graph=e2e-files.json');
  expect(fetched).toBe(0);
  await searchAndSelect(page, 'Geely');
  await details(page)
    .getByRole('button', { name: /^Open document/ })
    .first()
    .click();
  const reader = page.getByRole('dialog');
  await expect(reader.locator('mark')).toContainText('signed a strategic cooperation agreement');
  expect(fetched).toBe(1);
});
