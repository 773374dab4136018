/**
 * Live updates under `npm start`: a dev server started here (not the preview server of
 * the other journeys) on temporary copies of the seed documents and of data/, so the
 * repository's own files are never touched. With a node selected and the view zoomed,
 * a new document that links two companies already in the graph brings its relation onto
 * the canvas, and a new row in data/exclusions.csv takes a node away, both without a
 * reload: the selection stays, and the camera too (a node that did not change stays
 * where it was drawn).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { details, listedNodes, searchAndSelect, STATUS } from './helpers';

// Each step is a real build by the extractor, which takes a while on a busy machine.
const BUILD_WAIT = { timeout: 240_000 };

let folder = '';
let server: ChildProcess | null = null;
let address = '';

/** Starts `vite --mode live` (what `npm start` runs) and gives its address. */
function startDevServer(env: NodeJS.ProcessEnv): Promise<string> {
  const vite = resolve('node_modules/vite/bin/vite.js');
  server = spawn(process.execPath, [vite, '--mode', 'live', '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((done, fail) => {
    server?.stdout?.on('data', (chunk: Buffer) => {
      // Without colour codes, whatever the terminal.
      output += stripVTControlCharacters(chunk.toString());
      const local = /Local:\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (local?.[1]) done(local[1]);
    });
    server?.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server?.on('exit', (code) => fail(new Error(`the dev server stopped (${code}):\n${output}`)));
  });
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  folder = mkdtempSync(join(tmpdir(), 'atlas-live-'));
  cpSync('seeds', join(folder, 'documents'), { recursive: true });
  cpSync('data', join(folder, 'data'), { recursive: true });
  address = await startDevServer({
    ATLAS_IN: join(folder, 'documents'),
    ATLAS_DATA: join(folder, 'data'),
    ATLAS_GRAPH: join(folder, 'site', 'graph.json'),
    ATLAS_CACHE: join(folder, 'cache'),
  });
});

test.afterAll(() => {
  server?.kill();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const drawnNodes = (page: Page) =>
  page.evaluate(() => (window.__atlasDrawn?.nodes() ?? []).map((n) => n.label));
const drawnEdges = (page: Page) => page.evaluate(() => window.__atlasDrawn?.edges() ?? []);

async function boxOf(page: Page, label: string) {
  const nodes = await page.evaluate(() => window.__atlasDrawn?.nodes() ?? []);
  const node = nodes.find((n) => n.label === label);
  if (!node) throw new Error(`${label} is not drawn`);
  return node;
}

/** The camera as the URL records it: zoom, then pan. */
function camera(page: Page): number[] {
  const cam = new URL(page.url()).searchParams.get('cam');
  return cam ? cam.split(',').map(Number) : [];
}

/** Waits until the camera in the URL reads the same twice, longer apart than its debounce. */
async function cameraSettled(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      () => {
        const now = camera(page).join(',');
        const same = now !== '' && now === last;
        last = now;
        return same;
      },
      { intervals: [600] },
    )
    .toBe(true);
}

/** The view has not moved: the same zoom, and a node that did not change where it was. */
async function expectSameView(page: Page, before: { cam: number[]; left: number; top: number }) {
  const now = await boxOf(page, 'China Telecom');
  expect(Math.abs(now.left - before.left)).toBeLessThan(2);
  expect(Math.abs(now.top - before.top)).toBeLessThan(2);
  const [zoom] = camera(page);
  expect(Math.abs((zoom ?? 0) - (before.cam[0] ?? 0))).toBeLessThan(0.01);
}

/** The notice of the latest rebuild (each replaces the one before). */
const liveNotice = (page: Page) => page.getByTestId('notice').filter({ hasText: /^Graph / });

const isHuaweiGeely = (e: { source: string; type: string; target: string }) =>
  e.type === 'partnership' && [e.source, e.target].sort().join('|') === 'Geely Holding|Huawei';

test('a new document and a new exclusion reach the open page, and the view stays', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`${address}/`);
  await expect(page.getByRole('status')).toHaveText(STATUS);
  expect((await drawnEdges(page)).some(isHuaweiGeely)).toBe(false);

  await searchAndSelect(page, 'ZTE');
  const heading = details(page).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('ZTE');
  const zoomBefore = camera(page)[0] ?? 0;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  // The camera reaches the URL once the view has settled.
  await expect.poll(() => camera(page)[0] ?? 0).toBeGreaterThan(zoomBefore);
  await cameraSettled(page);
  const box = await boxOf(page, 'China Telecom');
  const view = { cam: camera(page), left: box.left, top: box.top };

  writeFileSync(
    join(folder, 'documents', 'huawei-geely.txt'),
    'Huawei and Geely Holding sign a partnership\n\n' +
      'Huawei has signed a partnership agreement with Geely Holding to build connected cars in Beijing.\n',
  );
  await expect
    .poll(async () => (await drawnEdges(page)).some(isHuaweiGeely), BUILD_WAIT)
    .toBe(true);
  // One notice says what changed.
  await expect(liveNotice(page)).toHaveText(/^Graph updated: \+\d+ relations?/);
  await expect(heading).toHaveText('ZTE');
  await expectSameView(page, view);

  expect(await drawnNodes(page)).toContain('Liquid Telecom');
  appendFileSync(join(folder, 'data', 'exclusions.csv'), 'Liquid Telecom,left out in a test\n');
  await expect.poll(() => drawnNodes(page), BUILD_WAIT).not.toContain('Liquid Telecom');
  await expect(liveNotice(page)).toHaveText(/^Graph updated: .*−1 company/);
  await expect(heading).toHaveText('ZTE');
  await expectSameView(page, view);
  expect(await listedNodes(page)).not.toContain('Liquid Telecom');

  // A broken document: its error is shown, and the graph stays as it was.
  const drawn = await drawnNodes(page);
  writeFileSync(join(folder, 'documents', 'broken.txt'), '   \n\n  \n');
  await expect(liveNotice(page)).toHaveText(
    /^Graph not updated: skipped .*broken\.txt: empty file/,
    BUILD_WAIT,
  );
  expect(await drawnNodes(page)).toEqual(drawn);
  await expect(heading).toHaveText('ZTE');
});
