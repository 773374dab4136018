import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { STATUS } from './helpers';

const invalid = readFileSync(new URL('./fixtures/invalid-graph.json', import.meta.url));

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
