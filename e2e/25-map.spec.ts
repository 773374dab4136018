import { expect, test, type Page } from '@playwright/test';
import { geoNaturalEarth1 } from 'd3-geo';
import { CITIES, timeGraph } from './fixtures/timeGraph';
import { details, openApp, openFilters } from './helpers';

/** The map's own box: the projection is fitted to the whole sphere in it. */
const MAP_BOX = { width: 960, height: 500 };

async function routeTimeGraph(page: Page): Promise<void> {
  await page.route('**/e2e-time.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(timeGraph()),
    }),
  );
}

function map(page: Page) {
  return page.getByRole('group', { name: 'Map' });
}

/** Where a longitude and latitude land on the page, for an SVG of the map's box scaled to `box`. */
function expectedPoint(
  box: { x: number; y: number; width: number; height: number },
  lon: number,
  lat: number,
) {
  const projection = geoNaturalEarth1().fitSize([MAP_BOX.width, MAP_BOX.height], {
    type: 'Sphere',
  });
  const [x, y] = projection([lon, lat])!;
  // preserveAspectRatio="xMidYMid meet": one scale, the spare room split on both sides.
  const scale = Math.min(box.width / MAP_BOX.width, box.height / MAP_BOX.height);
  return {
    x: box.x + (box.width - MAP_BOX.width * scale) / 2 + x * scale,
    y: box.y + (box.height - MAP_BOX.height * scale) / 2 + y * scale,
  };
}

test('the Map puts each city at its projected position, within a few pixels', async ({ page }) => {
  await routeTimeGraph(page);
  await openApp(page, '?graph=e2e-time.json');
  await page.getByRole('radio', { name: 'Map' }).check();
  await expect(map(page)).toBeVisible();
  const svgBox = (await map(page).boundingBox())!;
  for (const city of Object.values(CITIES)) {
    const dot = map(page).getByRole('button', { name: city.label, exact: true });
    const box = (await dot.boundingBox())!;
    const expected = expectedPoint(svgBox, city.lon, city.lat);
    expect(Math.abs(box.x + box.width / 2 - expected.x)).toBeLessThan(3);
    expect(Math.abs(box.y + box.height / 2 - expected.y)).toBeLessThan(3);
  }
  // Kaido, Norvik and Altaris stand by their cities; Belmora has no place.
  await expect(map(page).getByRole('button', { name: 'Kaido', exact: true })).toHaveCount(1);
  await expect(map(page).getByRole('button', { name: 'Belmora', exact: true })).toHaveCount(0);
  await expect(page.getByText('1 organisation without a place')).toBeVisible();
  // The filters act on the map: without companies, only the cities are left.
  await openFilters(page);
  await page
    .getByRole('group', { name: 'Entity types' })
    .getByRole('checkbox', { name: /^Company/ })
    .uncheck();
  await expect(map(page).getByRole('button')).toHaveCount(2);
  await expect(page.getByText('0 organisations without a place')).toBeVisible();
});

test('selecting on the map opens Details, and the URL keeps the view', async ({ page }) => {
  await routeTimeGraph(page);
  await openApp(page, '?graph=e2e-time.json');
  await page.getByRole('radio', { name: 'Map' }).check();
  await map(page).getByRole('button', { name: 'Lisbon', exact: true }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Lisbon');
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('map');
  await page.reload();
  await expect(map(page)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Map' })).toBeChecked();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Lisbon');
  await expect(map(page).getByRole('button', { name: 'Lisbon', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('radio', { name: 'Graph' }).check();
  await expect(page.getByTestId('graph').locator('canvas').first()).toBeVisible();
  expect(new URL(page.url()).searchParams.get('view')).toBeNull();
});

test('the wheel zooms the map around the pointer, and the 0 key shows the whole world again', async ({
  page,
}) => {
  await routeTimeGraph(page);
  await page.goto('/?graph=e2e-time.json&view=map');
  await expect(map(page)).toBeVisible();
  const centre = async (label: string) => {
    const box = (await map(page).getByRole('button', { name: label, exact: true }).boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const apart = async () => {
    const [lisbon, tokyo] = [await centre('Lisbon'), await centre('Tokyo')];
    return Math.hypot(tokyo.x - lisbon.x, tokyo.y - lisbon.y);
  };
  const lisbon = await centre('Lisbon');
  const before = await apart();
  await page.mouse.move(lisbon.x, lisbon.y);
  for (let step = 0; step < 4; step++) await page.mouse.wheel(0, -100);
  await expect.poll(apart).toBeGreaterThan(before * 1.9);
  const after = await centre('Lisbon');
  expect(Math.abs(after.x - lisbon.x)).toBeLessThan(3);
  expect(Math.abs(after.y - lisbon.y)).toBeLessThan(3);
  await map(page).focus();
  await page.keyboard.press('0');
  await expect.poll(apart).toBeCloseTo(before, 0);
});

test('the Map exports an SVG and a PNG of what it shows', async ({ page }) => {
  await routeTimeGraph(page);
  await page.goto('/?graph=e2e-time.json&view=map');
  await expect(map(page)).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'SVG image' }).click(),
  ]);
  const text = await (await download.createReadStream()).toArray();
  const svg = Buffer.concat(text).toString('utf8');
  expect(svg).toContain('<svg');
  expect(svg.match(/<circle /g)).toHaveLength(5);
  expect(svg).toContain('aria-label="Lisbon"');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PNG image' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/map.*\.png$/);
  const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // The map's 960 px box inside the frame's margins.
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(960);
});
