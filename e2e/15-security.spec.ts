/**
 * Hostile content: a graph whose labels, aliases, ids, roles, document titles, texts,
 * URLs and evidence all carry script payloads (fixtures/hostileGraph.ts), and links
 * whose query and hash carry them too. Nothing may run, no dialog may open, nothing
 * may be fetched from another origin, and the text must show literally.
 *
 * The journey runs twice: once with the page's Content-Security-Policy switched off
 * (bypassCSP), which shows that the rendering alone never turns text into markup, and
 * once under the policy, which must then report no violation at all.
 */
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { validateGraph } from '../src/schema/graph';
import { drawnLabels } from './atlas';
import {
  CUE,
  DOC_TITLE,
  DOC_URL,
  ID,
  LABEL,
  PAYLOAD,
  ROLE_TITLE,
  SENTENCE,
  hostileGraph,
} from './fixtures/hostileGraph';
import {
  details,
  downloadFrom,
  listedNodes,
  listedRelations,
  openApp,
  openExport,
  openFilters,
  openList,
  pngSize,
} from './helpers';

const graph = hostileGraph();
const body = JSON.stringify(graph);
const docText = (id: string) => graph.documents.find((d) => d.id === id)?.text ?? '';

declare global {
  interface Window {
    __pwned?: unknown;
    __violations?: string[];
  }
}

interface Watch {
  dialogs: string[];
  errors: string[];
  requests: string[];
}

/**
 * Serves the hostile graph, refuses example.com (where some payloads try to call),
 * records dialogs, page errors, every request and every CSP violation.
 */
async function watch(page: Page): Promise<Watch> {
  const w: Watch = { dialogs: [], errors: [], requests: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('request', (r) => w.requests.push(r.url()));
  await page.route('**/e2e-hostile.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations?.push(
        `${e.violatedDirective}: ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  return w;
}

/** What must hold at the end of every journey. */
async function expectNothingRan(page: Page, w: Watch, csp: boolean): Promise<void> {
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(w.dialogs).toEqual([]);
  expect(w.errors).toEqual([]);
  const origin = new URL(page.url()).origin;
  const foreign = w.requests.filter(
    (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
  );
  expect(foreign).toEqual([]);
  // No element the data could have smuggled in: no inline script, frame, plugin,
  // <style>, <base> or form, no event-handler attribute, no javascript: link.
  const dom = await page.evaluate(() => ({
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    embedded: [
      ...document.querySelectorAll('iframe, object, embed, style, base, form, svg img'),
    ].map((e) => e.outerHTML.slice(0, 80)),
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
    ),
    scriptUrls: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
      .flatMap((el) => ['href', 'src', 'action', 'formaction'].map((a) => el.getAttribute(a)))
      .filter((v): v is string => v !== null && /^\s*(javascript|data:text\/html)/i.test(v)),
  }));
  expect(dom).toEqual({ inlineScripts: 0, embedded: [], handlers: [], scriptUrls: [] });
  if (csp) expect(await page.evaluate(() => window.__violations)).toEqual([]);
}

async function search(page: Page, text: string, label: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill(text);
  const option = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first();
  await expect(option).toContainText(label, { useInnerText: true });
  await box.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(label);
}

/** Parses an exported SVG in the page and lists anything that could run. */
async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      title: doc.querySelector('title')?.textContent ?? '',
      elements: [...new Set(all.map((el) => el.localName))].sort(),
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name))).length,
      links: all.flatMap((el) =>
        [...el.attributes]
          .filter((a) => a.localName === 'href' || /(javascript|data):/i.test(a.value))
          .map((a) => `${a.name}=${a.value}`),
      ),
    };
  }, svg);
}

async function hostileJourney(page: Page, csp: boolean): Promise<void> {
  const w = await watch(page);
  await openApp(page, '?graph=e2e-hostile.json');

  // The list: every label exactly as written.
  const names = await listedNodes(page);
  for (const label of Object.values(LABEL)) expect(names).toContain(label);
  const relations = await listedRelations(page);
  expect(relations).toContainEqual(
    expect.objectContaining({ from: LABEL.acme, relation: 'Partnership', to: LABEL.globex }),
  );
  expect(relations).toContainEqual(
    expect.objectContaining({ from: LABEL.initech, to: LABEL.acme }),
  );

  // Search finds the labels, and an alias that is a javascript: URL is just text.
  await search(page, 'Acme', LABEL.acme);
  const panel = details(page);
  await expect(panel).toContainText(`Also known as ${PAYLOAD.script}, ${PAYLOAD.js}`);
  await expect(panel.getByRole('button', { name: LABEL.globex, exact: true })).toBeVisible();
  await expect(panel.locator('blockquote', { hasText: 'signed a partnership' })).toHaveText(
    SENTENCE.partnership,
  );
  await expect(panel.getByRole('button', { name: DOC_TITLE.main, exact: true })).toBeVisible();
  await search(page, 'javascript:window', LABEL.acme);

  // Roles and relation details, with a role and a cue that hold markup.
  await search(page, 'Jane', LABEL.jane);
  await expect(panel.getByRole('listitem').first()).toHaveText(`${ROLE_TITLE} at ${LABEL.acme}`);
  await panel.getByRole('button', { name: `Relation details: ${LABEL.acme}` }).click();
  await expect(panel).toContainText(SENTENCE.works);
  await search(page, 'Acme', LABEL.acme);
  await panel.getByRole('button', { name: `Relation details: ${LABEL.globex}` }).click();
  await expect(panel).toContainText(CUE);

  // The reader shows the whole text as text, the evidence as one <mark>, and no link
  // for a javascript: URL.
  await search(page, 'Jane', LABEL.jane);
  await panel.getByRole('button', { name: `Open document: ${DOC_TITLE.main}` }).click();
  const reader = page.getByRole('dialog', { name: DOC_TITLE.main });
  await expect(reader).toBeVisible();
  await expect(reader.getByTestId('reader-text')).toHaveText(docText('doc:main'), {
    useInnerText: false,
  });
  expect(await reader.getByTestId('reader-text').textContent()).toBe(docText('doc:main'));
  await expect(reader.locator('mark')).toHaveText(SENTENCE.works);
  await expect(reader).toContainText(`news/${PAYLOAD.svg}.html`);
  await expect(reader.getByRole('link')).toHaveCount(0);
  // A name in the text is a button that selects the node.
  await reader.getByRole('button', { name: LABEL.acme }).first().click();
  await expect(reader).toBeHidden();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(LABEL.acme);

  // A data: URL gives no link either; an https URL does, escaped, opening apart.
  await search(page, 'Initech', LABEL.initech);
  await panel.getByRole('button', { name: DOC_TITLE.second, exact: true }).click();
  const second = page.getByRole('dialog', { name: DOC_TITLE.second });
  expect(await second.getByTestId('reader-text').textContent()).toBe(docText('doc:second'));
  await expect(second.getByRole('link')).toHaveCount(0);
  await second.getByRole('button', { name: 'Close' }).click();
  await search(page, 'Umbrella', LABEL.umbrella);
  await panel.getByRole('button', { name: DOC_TITLE.third, exact: true }).click();
  const third = page.getByRole('dialog', { name: DOC_TITLE.third });
  expect(await third.getByTestId('reader-text').textContent()).toBe(docText('doc:third'));
  const original = third.getByRole('link', { name: 'original' });
  await expect(original).toHaveAttribute('href', new URL(DOC_URL.third).href);
  await expect(original).toHaveAttribute('target', '_blank');
  await expect(original).toHaveAttribute('rel', /noopener.*noreferrer/);
  await third.getByRole('button', { name: 'Close' }).click();

  // The region picker lists the hostile region as an option's text.
  await openFilters(page);
  await page.getByLabel('Region').selectOption({ label: LABEL.place });
  await expect(await openList(page)).toBeVisible();
  await page.getByRole('button', { name: 'Reset filters' }).click();

  // Exports: SVG without anything executable, CSV with formulas neutralised, JSON
  // that round-trips, PNG that is a PNG.
  // The labels the view draws once the camera has settled after the reset.
  const drawn = (await drawnLabels(page)).map((l) => l.label);
  const menu = await openExport(page);
  await menu.getByRole('radio', { name: 'Full graph' }).check();
  const svgFile = await downloadFrom(page, () =>
    menu.getByRole('button', { name: 'SVG image' }).click(),
  );
  const svg = await inspectSvg(page, svgFile.data.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.handlers).toBe(0);
  expect(svg.links).toEqual([]);
  expect(svg.elements.filter((e) => !SVG_ELEMENTS.has(e))).toEqual([]);
  // The SVG draws the labels the view draws (no two overlapping), each as plain text.
  expect(drawn.length).toBeGreaterThan(0);
  for (const label of Object.values(LABEL))
    if (drawn.includes(label)) expect(svg.texts).toContain(label);

  const nodesCsv = await downloadFrom(page, () =>
    menu.getByRole('button', { name: 'CSV nodes' }).click(),
  );
  const nodeRows = parseCsv(nodesCsv.data);
  expect(nodeRows.map((r) => r.label)).toEqual(
    expect.arrayContaining([LABEL.acme, LABEL.globex, LABEL.jane, `'${LABEL.initech}`]),
  );
  expect(nodeRows.find((r) => r.label === LABEL.acme)?.aliases).toBe(
    `${PAYLOAD.script}; ${PAYLOAD.js}`,
  );
  const relCsv = await downloadFrom(page, () =>
    menu.getByRole('button', { name: 'CSV relations' }).click(),
  );
  const relRows = parseCsv(relCsv.data);
  const supply = relRows.find((r) => r.relation === 'Supply');
  expect(supply?.source).toBe(`'${LABEL.initech}`);
  expect(supply?.cue).toBe(`'${PAYLOAD.formula}`);
  expect(supply?.evidence).toBe(`'${SENTENCE.supply}`);
  // No text cell a spreadsheet would read as a formula (numbers such as -200 are fine).
  for (const row of [...nodeRows, ...relRows])
    for (const cell of Object.values(row))
      if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^\s*[=+\-@\t\r]/);

  const json = await downloadFrom(page, () =>
    menu.getByRole('button', { name: 'JSON data' }).click(),
  );
  const subset = validateGraph(JSON.parse(json.data.toString('utf8')));
  expect(subset.ok).toBe(true);
  if (subset.ok)
    expect(subset.graph.nodes.map((n) => n.label).sort()).toEqual(
      graph.nodes.map((n) => n.label).sort(),
    );

  const png = await downloadFrom(page, () =>
    menu.getByRole('button', { name: 'PNG image' }).click(),
  );
  expect(pngSize(png.data).width).toBeGreaterThan(0);

  await expectNothingRan(page, w, csp);
}

/** Every element the SVG writer may emit. */
const SVG_ELEMENTS = new Set(['svg', 'title', 'rect', 'g', 'line', 'polygon', 'ellipse', 'text']);

function parseCsv(data: Buffer): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(data.toString('utf8').replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test.describe('15. hostile text never runs', () => {
  test.describe('with the CSP switched off, the rendering alone keeps it text', () => {
    test.use({ bypassCSP: true });
    test('labels, documents, evidence and URLs in the data', async ({ page }) => {
      await hostileJourney(page, false);
    });
  });

  test('under the CSP, the same journey reports no violation', async ({ page }) => {
    await hostileJourney(page, true);
  });
});

test.describe('15b. hostile links', () => {
  test.use({ bypassCSP: true });

  test('payloads in the query and the hash are dropped or shown as text', async ({ page }) => {
    const w = await watch(page);
    const q = (v: string) => encodeURIComponent(v);
    await openApp(
      page,
      `?graph=e2e-hostile.json&node=${q(ID.globex)}&region=${q(PAYLOAD.script)}` +
        `&rel=${q(PAYLOAD.img)}&from=${q(PAYLOAD.svg)}&cam=${q(PAYLOAD.js)}` +
        `&focus=${q(PAYLOAD.iframe)}#${q(PAYLOAD.img)}`,
    );
    // An id that is itself a payload still selects its node.
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(LABEL.globex);
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('Some settings in the link were ignored');
    await expect(notice).toContainText('<script>window.__pwned');
    await expect(notice).toContainText('<img src=x onerror=');
    await expectNothingRan(page, w, false);
  });

  for (const value of [
    PAYLOAD.js,
    'JaVa\tScRiPt:alert(1)',
    'data:application/json,{"schemaVersion":1}',
    '//example.com/graph.json',
    '\\\\example.com\\graph.json',
    'https://example.com/graph.json',
  ])
    test(`?graph=${JSON.stringify(value)} is refused and the site's graph is shown`, async ({
      page,
    }) => {
      const w = await watch(page);
      await openApp(page, `?graph=${encodeURIComponent(value)}`);
      await expect(page.getByTestId('notice')).toContainText(
        /must be a relative path on this site|must stay on this site|not a valid path/,
      );
      await expectNothingRan(page, w, false);
    });

  test('a graph path that is a payload is fetched from this site and reported as text', async ({
    page,
  }) => {
    const w = await watch(page);
    const name = `${PAYLOAD.svg}.json`;
    await page.goto(`/?graph=${encodeURIComponent(name)}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The graph could not be opened');
    await expect(alert).toContainText(`${name} not found`);
    await expectNothingRan(page, w, false);
  });

  test('document texts kept in files may not come from another site', async ({ page }) => {
    const w = await watch(page);
    const files = hostileGraph();
    files.texts = 'files';
    for (const doc of files.documents) {
      delete doc.text;
      doc.textFile = '//example.com/texts/doc.txt';
    }
    await page.route('**/e2e-hostile-files.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(files) }),
    );
    await openApp(page, '?graph=e2e-hostile-files.json');
    await search(page, 'Jane', LABEL.jane);
    await details(page)
      .getByRole('button', { name: `Open document: ${DOC_TITLE.main}` })
      .click();
    await expect(page.getByRole('dialog').getByRole('alert')).toContainText(
      'refused to load "//example.com/texts/doc.txt": not a file of this site',
    );
    await expectNothingRan(page, w, false);
  });
});
