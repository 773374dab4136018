import { expect, test, type Page } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { generateGraph } from '../src/test-support/generateGraph';
import { STATUS } from './helpers';

const invalid = readFileSync(new URL('../src/test-support/invalid-graph.json', import.meta.url));

test('11. an invalid graph.json shows the error', async ({ page }) => {
  // The broken file is served by the test itself, so public/ stays clean.
  await page.route('**/e2e-broken.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: invalid }),
  );
  await page.goto('/?graph=e2e-broken.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The graph could not be opened');
  await expect(alert).toContainText(/nodes\[3\]\.type: .*"firm"/);
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

  // A missing file says so, with the HTTP status.
  await page.goto('/?graph=e2e-missing.json');
  await expect(page.getByRole('alert')).toContainText('e2e-missing.json not found (HTTP 404)');

  // Not JSON at all.
  await page.route('**/e2e-garbage.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"nodes": [' }),
  );
  await page.goto('/?graph=e2e-garbage.json');
  await expect(page.getByRole('alert')).toContainText('e2e-garbage.json is not valid JSON');

  // Another origin is refused with a notice, and the site's own graph.json is used.
  await page.goto('/?graph=https://example.com/graph.json');
  await expect(page.getByTestId('notice')).toContainText('must be a relative path on this site');
  await expect(page.getByRole('status')).toHaveText(STATUS);
});

const seed = readFileSync(new URL('../src/test-support/seed-graph.json', import.meta.url), 'utf8');

/** Serves `graph` as e2e-<name>.json and opens it; returns the error box. */
async function openBroken(page: Page, name: string, graph: unknown) {
  await page.route(`**/e2e-${name}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(graph) }),
  );
  await page.goto(`/?graph=e2e-${name}.json`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The graph could not be opened');
  return alert;
}

test('11b. a newer or unknown schemaVersion says which version the app reads', async ({ page }) => {
  const graph = JSON.parse(seed);
  let alert = await openBroken(page, 'v2', { ...graph, schemaVersion: 2 });
  await expect(alert).toContainText(
    'e2e-v2.json is invalid: schemaVersion 2 is newer than this app reads (version 1). Update Partner Atlas, or rebuild the graph with this version.',
  );
  alert = await openBroken(page, 'v-text', { ...graph, schemaVersion: '1.0' });
  await expect(alert).toContainText(
    'schemaVersion "1.0" is not a version this app knows (it reads version 1)',
  );
  delete graph.schemaVersion;
  alert = await openBroken(page, 'v-none', graph);
  await expect(alert).toContainText(
    'schemaVersion is missing: this is not a Partner Atlas graph (expected schemaVersion 1).',
  );
});

test('11c. a graph.json of the wrong shape names the first bad field', async ({ page }) => {
  type Loose = Record<string, Record<string, unknown>[]>;
  const cases: [string, (g: Loose) => void, RegExp][] = [
    ['type', (g) => (g.nodes![3]!.type = 'firm'), /nodes\[3\]\.type: .*\(got "firm"\)/],
    ['label', (g) => delete g.nodes![5]!.label, /nodes\[5\]\.label: .*\(got nothing\)/],
    ['date', (g) => (g.documents![1]!.date = 'March 2019'), /documents\[1\]\.date: expected YYYY/],
    ['evidence', (g) => (g.edges![2]!.evidence = []), /edges\[2\]\.evidence: .*\(got \[\]\)/],
    ['nodes', (g) => ((g as Record<string, unknown>).nodes = { a: 1 }), /nodes: .*expected array/],
    ['target', (g) => (g.edges![0]!.target = 'org:nobody'), /edges\[0\]\.target: unknown node/],
  ];
  for (const [name, breakIt, message] of cases) {
    const graph = JSON.parse(seed);
    breakIt(graph);
    const alert = await openBroken(page, `shape-${name}`, graph);
    await expect(alert).toContainText(message);
  }
});

test('11d. a large graph.json shows its loading progress before the graph', async ({ page }) => {
  test.setTimeout(120_000);
  // Real files of the site, so the response streams through the (throttled) network as
  // it would from a server; a routed response would arrive in one piece.
  const body = JSON.stringify(generateGraph(3_000, 2));
  const dist = new URL('../dist/', import.meta.url);
  // The preview server compresses .json (as most hosts do), so its size is unknown;
  // it sends .bin as it is, with a Content-Length.
  const files = ['e2e-progress.json', 'e2e-progress.bin'].map((name) => new URL(name, dist));
  for (const file of files) writeFileSync(file, body);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const throttle = (bytesPerSecond: number) =>
    cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: -1,
    });
  try {
    // Compressed: the bytes read count up under an indeterminate bar, for two or three
    // seconds here.
    await throttle(Math.round(gzipSync(body).length / 2.5));
    await page.goto('/?graph=e2e-progress.json');
    await expect(page.getByText(/^[\d.]+ (KB|MB) read$/)).toBeVisible();
    const bar = page.getByRole('progressbar', { name: 'Loading e2e-progress.json…' });
    await expect(bar).toBeVisible();
    expect(await bar.getAttribute('value')).toBeNull();
    await expect(page.getByRole('status')).toHaveText(STATUS, { timeout: 60_000 });

    // Uncompressed, the size is known: bytes of total, a percentage and a filling bar.
    await throttle(Math.round(body.length / 2.5));
    await page.goto('/?graph=e2e-progress.bin');
    const total = `${(body.length / 1024 / 1024).toFixed(1)} MB`;
    const line = page.getByText(new RegExp(`^[\\d.]+ (KB|MB) of ${total} \\((\\d+)%\\)$`));
    await expect(line).toBeVisible();
    const percent = Number(/\((\d+)%\)/.exec((await line.textContent()) ?? '')?.[1]);
    expect(percent).toBeLessThan(100);
    const sized = page.getByRole('progressbar', { name: 'Loading e2e-progress.bin…' });
    expect(Number(await sized.getAttribute('max'))).toBe(body.length);
    const value = Number(await sized.getAttribute('value'));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(body.length);
    await expect(page.getByRole('status')).toHaveText(STATUS, { timeout: 60_000 });
  } finally {
    for (const file of files) rmSync(file, { force: true });
  }
});
