/**
 * No dust on the ~300-node atlas graph: with "Hide unconnected" on, every node drawn has
 * at least one drawn relation, at a desktop and a phone size. The drawn nodes and their
 * drawn relations are read from Cytoscape (see src/client/cy/inspect.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './atlas';
import { openFilters } from './helpers';

const drawn = (page: Page) => page.evaluate(() => window.__atlasDrawn?.nodes() ?? []);
const lone = async (page: Page) => (await drawn(page)).filter((n) => n.relations === 0).length;

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height}, Hide unconnected leaves no node without a drawn relation`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openAtlas(page);
    await openFilters(page);
    const hide = page.getByRole('checkbox', { name: 'Hide unconnected' });
    // Off by default here: fewer than a fifth of this graph's nodes have no relation.
    await expect(hide).not.toBeChecked();
    await hide.check();
    await expect(page).toHaveURL(/unconnected=hide/);
    await expect.poll(async () => (await drawn(page)).length).toBeGreaterThan(150);
    expect(await lone(page)).toBe(0);

    // People and places only: their relations lead to companies, so each would float alone.
    const entityTypes = page.getByRole('group', { name: 'Entity types' });
    await entityTypes.getByRole('button', { name: 'Only Person' }).click();
    await entityTypes.getByRole('checkbox', { name: 'Place' }).check();
    await expect.poll(async () => (await drawn(page)).length).toBe(0);
    await hide.uncheck();
    await expect.poll(() => lone(page)).toBeGreaterThan(50);
    expect(await lone(page)).toBe((await drawn(page)).length);
  });
}
