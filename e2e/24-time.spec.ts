import { expect, test, type Page } from '@playwright/test';
import { atlas, openAtlas } from './atlas';
import { timeGraph } from './fixtures/timeGraph';
import { openApp, openFilters } from './helpers';

/** Every year between the first and the last year any relation of the atlas graph has. */
function atlasYears(): number[] {
  const graph = JSON.parse(atlas) as { edges: { years: number[] }[] };
  const all = graph.edges.flatMap((e) => e.years);
  const years: number[] = [];
  for (let y = Math.min(...all); y <= Math.max(...all); y++) years.push(y);
  return years;
}

async function openTimeGraph(page: Page): Promise<void> {
  await page.route('**/e2e-time.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(timeGraph()),
    }),
  );
  await openApp(page, '?graph=e2e-time.json');
}

test('Play passes through every year of the histogram, with its cursor, and keeps the camera', async ({
  page,
}) => {
  await openAtlas(page);
  await openFilters(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('cam')).not.toBeNull();
  const camera = new URL(page.url()).searchParams.get('cam');
  await page.getByLabel('Speed').selectOption({ label: 'Fast' });
  // Record every year the label shows, whatever the pace of the steps.
  await page.evaluate(() => {
    const label = document.querySelector('output[aria-label="Year shown"]')!;
    const seen: string[] = [];
    (window as unknown as { seenYears: string[] }).seenYears = seen;
    new MutationObserver(() => {
      const year = label.textContent ?? '';
      const cursor = document.querySelector('.histogram .play-cursor');
      if (year && seen.at(-1) !== year) seen.push(cursor ? year : `${year} (no cursor)`);
    }).observe(label, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  // Play stops by itself after the last year.
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 });
  const seen = await page.evaluate(() => (window as unknown as { seenYears: string[] }).seenYears);
  expect(seen).toEqual(atlasYears().map(String));
  const last = atlasYears().at(-1)!;
  await expect(page.getByLabel('From year')).toHaveValue(String(last));
  await expect(page.getByLabel('To year')).toHaveValue(String(last));
  await expect(page.locator('.histogram .play-cursor')).toHaveCount(1);
  expect(new URL(page.url()).searchParams.get('cam')).toBe(camera);
});

test('Pause stops on the year shown, and Play goes on from there', async ({ page }) => {
  await openTimeGraph(page);
  await openFilters(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  const year = Number(await page.getByLabel('Year shown').textContent());
  expect(year).toBeGreaterThanOrEqual(2019);
  await expect(page.getByLabel('From year')).toHaveValue(String(year));
  if (year < 2022) {
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(Number(await page.getByLabel('Year shown').textContent())).toBeGreaterThan(year);
  }
});

test('Compare years counts the relations new in B, gone since A and in both', async ({ page }) => {
  await openTimeGraph(page);
  await openFilters(page);
  const compare = page.getByRole('switch', { name: 'Compare years' });
  await compare.check();
  await page.getByLabel('Year A').selectOption('2019');
  await page.getByLabel('Year B').selectOption('2021');
  const counts = page
    .getByRole('list', { name: 'Changes between the years' })
    .getByRole('listitem');
  await expect(counts).toHaveText(['New in B: 2', 'Gone since A: 1', 'In both: 1']);
  // The canvas colours the same relations.
  const classes = () =>
    page.evaluate(() =>
      (
        window as unknown as { __atlasYearClasses?: () => Record<string, number> }
      ).__atlasYearClasses?.(),
    );
  expect(await classes()).toEqual({ new: 2, gone: 1, both: 1 });
  await page.getByLabel('Year A').selectOption('2020');
  await page.getByLabel('Year B').selectOption('2022');
  await expect(counts).toHaveText(['New in B: 1', 'Gone since A: 1', 'In both: 0']);
  expect(await classes()).toEqual({ new: 1, gone: 1, both: 0 });
  // Compare off gives the year filter back as it was.
  await compare.uncheck();
  await expect(page.getByLabel('From year')).toHaveValue('');
  expect(await classes()).toEqual({ new: 0, gone: 0, both: 0 });
});

test('a link keeps the comparison', async ({ page }) => {
  await openTimeGraph(page);
  await openFilters(page);
  await page.getByRole('switch', { name: 'Compare years' }).check();
  await page.getByLabel('Year A').selectOption('2019');
  await page.getByLabel('Year B').selectOption('2021');
  await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('2019,2021');
  await page.reload();
  await openFilters(page);
  await expect(page.getByRole('switch', { name: 'Compare years' })).toBeChecked();
  await expect(page.getByLabel('Year A')).toHaveValue('2019');
  await expect(
    page.getByRole('list', { name: 'Changes between the years' }).getByRole('listitem'),
  ).toHaveText(['New in B: 2', 'Gone since A: 1', 'In both: 1']);
});
