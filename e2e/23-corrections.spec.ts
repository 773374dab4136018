/**
 * Corrections from the explorer, on the seed graph the build draws by default: a merge,
 * a hide and a rename take effect at once and survive a reload; "Wrong relation" hides
 * the relation; Undo restores; and the downloaded file, given to the real extractor with
 * `--corrections`, rebuilds a graph without the merged node, the hidden node or the
 * rejected relation.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  details,
  listedNodes,
  listedRelations,
  hasRelation,
  openApp,
  searchAndSelect,
} from './helpers';

const drawnNodes = (page: Page) =>
  page.evaluate(() => (window.__atlasDrawn?.nodes() ?? []).map((n) => n.label));
const drawnEdges = (page: Page) => page.evaluate(() => window.__atlasDrawn?.edges() ?? []);

async function boxOf(page: Page, label: string) {
  const nodes = await page.evaluate(() => window.__atlasDrawn?.nodes() ?? []);
  const node = nodes.find((n) => n.label === label);
  if (!node) throw new Error(`${label} is not drawn`);
  return node;
}

/**
 * The node's box once the camera has stopped. Selecting a node frames it with an animation
 * that starts on the next frame, so two equal reads in a row are not enough: the box must
 * hold still for longer than the animation lasts.
 */
async function settledBox(page: Page, label: string) {
  let last = await boxOf(page, label);
  let stillSince = Date.now();
  await expect
    .poll(
      async () => {
        const now = await boxOf(page, label);
        if (Math.abs(now.left - last.left) >= 0.5 || Math.abs(now.top - last.top) >= 0.5) {
          stillSince = Date.now();
          last = now;
        }
        return Date.now() - stillSince;
      },
      { intervals: [100] },
    )
    .toBeGreaterThan(800);
  return last;
}

function heading(page: Page) {
  return details(page).getByRole('heading', { level: 2 });
}

async function select(page: Page, label: string): Promise<void> {
  await searchAndSelect(page, label);
  await expect(heading(page)).toHaveText(label);
}

async function mergeInto(page: Page, node: string, typed: string, target: string) {
  await select(page, node);
  await details(page).getByRole('button', { name: 'Merge into' }).click();
  await details(page).getByRole('combobox', { name: 'Merge into' }).fill(typed);
  const before = await settledBox(page, 'Liquid Telecom');
  await details(page)
    .getByRole('option', { name: new RegExp(`^${target}`) })
    .first()
    .click();
  await expect.poll(() => drawnNodes(page)).not.toContain(node);
  // The canvas was patched, not drawn again: the camera did not move.
  const after = await boxOf(page, 'Liquid Telecom');
  expect(Math.abs(after.left - before.left)).toBeLessThan(1);
  expect(Math.abs(after.top - before.top)).toBeLessThan(1);
}

async function rename(page: Page, node: string, label: string) {
  await select(page, node);
  await details(page).getByRole('button', { name: 'Rename' }).click();
  await details(page).getByLabel('New name').fill(label);
  await details(page).getByRole('button', { name: 'Save' }).click();
}

async function openCorrections(page: Page) {
  const button = page.getByRole('button', { name: 'Corrections', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panel = page.getByRole('dialog', { name: 'Corrections' });
  await expect(panel).toBeVisible();
  return panel;
}

/** A merge, a hide and a rename, as a user makes them in Details. */
async function correctThree(page: Page) {
  // Found by one of its target's other names: the picker searches aliases too.
  await mergeInto(page, 'China Telecom Americas', 'China Telecom Corporation', 'China Telecom');
  await expect(heading(page)).toHaveText('China Telecom');
  await expect(details(page).locator('p', { hasText: 'Also known as' })).toContainText(
    'China Telecom Americas',
  );

  await select(page, 'Internet Society');
  await details(page).getByRole('button', { name: 'Not an organisation' }).click();
  await expect(heading(page)).toHaveText('Details');

  await rename(page, 'ZTE', 'ZTE Corp');
  await expect(heading(page)).toHaveText('ZTE Corp');
}

async function expectCorrected(page: Page) {
  await expect.poll(() => drawnNodes(page)).toContain('ZTE Corp');
  const drawn = await drawnNodes(page);
  expect(drawn).toContain('China Telecom');
  for (const gone of ['ZTE', 'China Telecom Americas', 'Internet Society'])
    expect(drawn).not.toContain(gone);
  const listed = await listedNodes(page);
  expect(listed).toContain('ZTE Corp');
  for (const gone of ['ZTE', 'China Telecom Americas', 'Internet Society'])
    expect(listed).not.toContain(gone);
  // The merged node's relations moved to the node it joined, evidence and all.
  const relations = await listedRelations(page);
  expect(hasRelation(relations, /^Luis Fiallo$/, 'Works for', /^China Telecom$/)).toBe(true);
}

test('a merge, a hide and a rename take effect at once and survive a reload', async ({ page }) => {
  await openApp(page);
  const before = await drawnNodes(page);
  expect(before).toEqual(expect.arrayContaining(['ZTE', 'China Telecom Americas']));

  await correctThree(page);
  await expectCorrected(page);
  // Only the merged and the hidden node left the canvas.
  const gone = ['China Telecom Americas', 'Internet Society'].filter((l) => before.includes(l));
  expect(await drawnNodes(page)).toHaveLength(before.length - gone.length);

  await page.reload();
  await expect(page.getByRole('status')).toHaveText(/shown/);
  await expectCorrected(page);
  const panel = await openCorrections(page);
  await expect(panel.getByRole('listitem')).toHaveText([
    /China Telecom Americas merged into China Telecom\s*Undo/,
    /Internet Society is not an organisation\s*Undo/,
    /ZTE renamed ZTE Corp\s*Undo/,
  ]);
});

test('Wrong relation hides the relation, and Undo brings it back', async ({ page }) => {
  await openApp(page);
  const isGeelyDeal = (e: { source: string; type: string; target: string }) =>
    e.type === 'partnership' &&
    [e.source, e.target].sort().join('|') === 'China Telecom|Geely Holding';
  expect((await drawnEdges(page)).some(isGeelyDeal)).toBe(true);

  await select(page, 'Geely Holding');
  await details(page).getByRole('button', { name: 'Relation details: China Telecom' }).click();
  await expect(heading(page)).toHaveText(
    /China Telecom.*Geely Holding|Geely Holding.*China Telecom/,
  );
  const before = await settledBox(page, 'Liquid Telecom');
  await details(page).getByRole('button', { name: 'Wrong relation' }).click();

  await expect.poll(async () => (await drawnEdges(page)).some(isGeelyDeal)).toBe(false);
  // The canvas was patched, not drawn again: the camera did not move.
  const after = await boxOf(page, 'Liquid Telecom');
  expect(Math.abs(after.left - before.left)).toBeLessThan(1);
  expect(Math.abs(after.top - before.top)).toBeLessThan(1);
  let relations = await listedRelations(page);
  expect(hasRelation(relations, /^China Telecom$/, 'Partnership', /^Geely Holding$/)).toBe(false);

  const panel = await openCorrections(page);
  await expect(panel.getByRole('listitem')).toHaveText([
    /Wrong relation: China Telecom partnership Geely Holding/,
  ]);
  await panel.getByRole('button', { name: /^Undo/ }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  await expect.poll(async () => (await drawnEdges(page)).some(isGeelyDeal)).toBe(true);
  relations = await listedRelations(page);
  expect(hasRelation(relations, /^China Telecom$/, 'Partnership', /^Geely Holding$/)).toBe(true);
});

test('unreadable saved corrections are ignored with a notice', async ({ page }) => {
  await openApp(page);
  await rename(page, 'Huawei', 'Huawei Technologies');
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('partner-atlas:corrections:')) localStorage.setItem(key, '[{"kind":');
  });
  await page.reload();
  await expect(page.getByRole('status')).toHaveText(/shown/);
  await expect(page.getByTestId('notice')).toContainText('could not be read');
  expect(await listedNodes(page)).toContain('Huawei');
});

test('the downloaded corrections rebuild into a graph without the merged node, the hidden node or the rejected relation', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openApp(page);
  await correctThree(page);
  await select(page, 'Geely Holding');
  await details(page).getByRole('button', { name: 'Relation details: China Telecom' }).click();
  await details(page).getByRole('button', { name: 'Wrong relation' }).click();
  // Undo the rename: the file holds what is listed, nothing more.
  const panel = await openCorrections(page);
  await panel.getByRole('button', { name: 'Undo: ZTE renamed ZTE Corp' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(3);
  const listed = await listedNodes(page);
  expect(listed).toContain('ZTE');
  expect(listed).not.toContain('ZTE Corp');
  await openCorrections(page);

  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download corrections' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('seeds-corrections.csv');
  const folder = mkdtempSync(join(tmpdir(), 'atlas-corrections-'));
  const csv = join(folder, 'corrections.csv');
  await file.saveAs(csv);
  const rows = readFileSync(csv, 'utf8').trim().split('\n');
  expect(rows[0]).toBe('file,alias,canonical,name,reason,source,type,target');
  expect(rows).toContain('aliases.csv,China Telecom Americas,China Telecom,,,,,');
  expect(rows).toContain('rejected-relations.csv,,,,,China Telecom,partnership,Geely Holding');
  expect(rows.some((r) => r.startsWith('exclusions.csv,,,Internet Society,'))).toBe(true);
  expect(rows.some((r) => r.includes('ZTE Corp'))).toBe(false);

  // The real extractor, on the documents the page's graph was built from.
  const out = join(folder, 'graph.json');
  execFileSync(
    'npx',
    [
      'tsx',
      'src/extract/cli.ts',
      '--in',
      'seeds',
      '--out',
      out,
      '--corrections',
      csv,
      '--quiet',
      '--workers',
      '1',
    ],
    { stdio: 'inherit' },
  );
  const rebuilt = JSON.parse(readFileSync(out, 'utf8')) as {
    nodes: { id: string; label: string; aliases: string[] }[];
    edges: { source: string; target: string; type: string }[];
  };
  const labels = rebuilt.nodes.map((n) => n.label);
  expect(labels).toEqual(expect.arrayContaining(['China Telecom', 'Geely Holding', 'ZTE']));
  expect(labels).not.toContain('China Telecom Americas');
  expect(labels).not.toContain('Internet Society');
  const chinaTelecom = rebuilt.nodes.find((n) => n.label === 'China Telecom')!;
  expect(chinaTelecom.aliases).toContain('China Telecom Americas');
  const label = (id: string) => rebuilt.nodes.find((n) => n.id === id)?.label;
  const relations = rebuilt.edges.map((e) => `${label(e.source)} ${e.type} ${label(e.target)}`);
  expect(relations).not.toContain('China Telecom partnership Geely Holding');
  expect(relations).toContain('Luis Fiallo works_for China Telecom');
});
