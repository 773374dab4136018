/**
 * The built site's Content-Security-Policy, and the promise that the site calls no
 * third party: the page carries the policy, the policy is in force, using the app
 * triggers no violation, and every request goes to the app's own origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../src/client/csp';
import {
  details,
  downloadFrom,
  openApp,
  openExport,
  openFilters,
  pngSize,
  searchAndSelect,
  statusCounts,
} from './helpers';

declare global {
  interface Window {
    __violations?: string[];
  }
}

/** Records every CSP violation the page reports, from its very first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations?.push(
        `${e.violatedDirective}: ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  return async () => [...((await page.evaluate(() => window.__violations)) ?? []), ...console];
}

/**
 * Uses the app the way a visitor does: load, search, select, open a document, focus,
 * a path, filters, re-layout, zoom, every export, and the WebGL renderer.
 */
async function useTheApp(page: Page): Promise<void> {
  await openApp(page);
  await searchAndSelect(page, 'China Telecom Global');
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('China Telecom Global');
  await panel
    .getByRole('button', { name: /^Open document/ })
    .first()
    .click();
  const reader = page.getByRole('dialog');
  await expect(reader.locator('mark')).toBeVisible();
  await reader.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Focus', exact: true }).click();
  await page.getByRole('radio', { name: '2 hops' }).check();
  await page.getByRole('button', { name: 'Focus', exact: true }).click();

  await page.getByRole('button', { name: 'Path', exact: true }).click();
  const path = page.getByRole('region', { name: 'Path' });
  await path.getByRole('combobox', { name: 'Path from' }).fill('Liquid');
  await path.getByRole('combobox', { name: 'Path from' }).press('Enter');
  await path.getByRole('combobox', { name: 'Path to' }).fill('Geely');
  await path.getByRole('combobox', { name: 'Path to' }).press('Enter');
  await expect(path.getByRole('listitem').first()).toContainText('Liquid Telecom');
  await path.getByRole('button', { name: 'Clear path' }).click();

  await openFilters(page);
  await page.getByLabel('Region').selectOption({ label: 'Africa' });
  await page.getByLabel('From year').fill('2018');
  await page.getByRole('button', { name: 'Re-layout' }).click();
  await expect(page.getByRole('button', { name: 'Re-layout' })).toBeEnabled();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Fit' }).click();

  const menu = await openExport(page);
  await menu.getByRole('radio', { name: 'Full graph' }).check();
  const png = await downloadFrom(page, () =>
    menu.getByRole('button', { name: 'PNG image' }).click(),
  );
  expect(pngSize(png.data).width).toBeGreaterThan(0);
  for (const format of ['SVG image', 'JSON data', 'CSV nodes', 'CSV relations']) {
    const file = await downloadFrom(page, () => menu.getByRole('button', { name: format }).click());
    expect(file.data.length).toBeGreaterThan(0);
  }
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Reset filters' }).click();

  // The same graph through the WebGL renderer (the browser may fall back to canvas).
  await openApp(page, '?renderer=webgl');
  await searchAndSelect(page, 'Liquid Telecom');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Liquid Telecom');
  expect((await statusCounts(page)).relations).toBeGreaterThan(0);
}

test('16. the built page carries the Content-Security-Policy, before any script', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  expect(html.indexOf(meta?.[0] ?? '')).toBeLessThan(html.search(/<script|<link rel="stylesheet"/));
  // No inline script, handler or style in the page itself.
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  expect(html).not.toMatch(/\son[a-z]+=|\sstyle=|<style/i);
  // The icon is the site's own file, which the policy allows (img-src 'self').
  const icon = /<link rel="icon" type="image\/svg\+xml" href="([^"]+)"/.exec(html)?.[1];
  expect(icon).toBe('./favicon.svg');
  const served = await request.get('/favicon.svg');
  expect(served.ok()).toBe(true);
  expect(await served.text()).toContain('<svg');

  await openApp(page);
  const policy = await page.evaluate(
    () =>
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content') ?? null,
  );
  expect(policy).toBe(CONTENT_SECURITY_POLICY);
  for (const directive of [
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ])
    expect(policy).toContain(directive);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
});

test('16b. the policy is in force: inline script, eval, inline style and other origins are blocked', async ({
  page,
}) => {
  const violations = await recordViolations(page);
  // Should the policy fail, nothing may still reach the network.
  await page.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
  await openApp(page);
  const result = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.head.append(script);
    // Later, from a timer: code evaluated by the test itself is exempt from the policy.
    const evalRan = await new Promise<boolean>((resolve) =>
      setTimeout(() => {
        try {
          resolve((0, eval)('1 + 1') === 2);
        } catch {
          resolve(false);
        }
      }),
    );
    const style = document.createElement('style');
    style.textContent = 'body { --csp-probe: inline }';
    document.head.append(style);
    const img = document.createElement('img');
    img.src = 'https://example.com/pixel.png';
    document.body.append(img);
    let fetched = true;
    try {
      await fetch('https://example.com/graph.json');
    } catch {
      fetched = false;
    }
    await new Promise((r) => setTimeout(r, 300));
    script.remove();
    style.remove();
    img.remove();
    return {
      inline: w.__inline ?? null,
      evalRan,
      style: getComputedStyle(document.body).getPropertyValue('--csp-probe'),
      fetched,
    };
  });
  expect(result).toEqual({ inline: null, evalRan: false, style: '', fetched: false });
  const seen = (await violations()).join('\n');
  for (const directive of ['script-src', 'style-src', 'img-src', 'connect-src'])
    expect(seen).toContain(directive);
});

test('16c. using the app triggers no CSP violation', async ({ page }) => {
  test.setTimeout(90_000);
  const violations = await recordViolations(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await useTheApp(page);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('17. loading and using the app makes requests only to its own origin', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const requests: string[] = [];
  // The context sees the page's requests and those of any worker or popup it opens.
  context.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (ws) => requests.push(ws.url()));
  await useTheApp(page);
  const origin = new URL(page.url()).origin;
  const foreign = requests.filter(
    (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
  );
  expect(foreign).toEqual([]);
  // The journey did reach the network, for the page, its code and the graph.
  expect(requests.some((u) => u.endsWith('/graph.json'))).toBe(true);
  expect(requests.filter((u) => u.startsWith(origin)).length).toBeGreaterThan(3);
});
