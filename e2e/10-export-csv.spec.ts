import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { downloadFrom, openApp, openExport, statusCounts } from './helpers';

const parse = (data: Buffer) =>
  Papa.parse<Record<string, string>>(data.toString('utf8').replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: true,
  });

test('10. CSV export parses with the expected rows', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Region').selectOption({ label: 'Africa' });
  const counts = await statusCounts(page);
  const menu = await openExport(page);

  const relations = await downloadFrom(page, () =>
    menu.getByRole('button', { name: 'CSV relations' }).click(),
  );
  expect(relations.name).toBe('partner-atlas_africa_relations.csv');
  const rel = parse(relations.data);
  expect(rel.errors).toEqual([]);
  expect(rel.meta.fields).toEqual(
    expect.arrayContaining(['source', 'relation', 'target', 'years', 'places', 'evidence']),
  );
  expect(rel.data).toHaveLength(counts.relations);
  const partnership = rel.data.find(
    (r) =>
      r.relation === 'Partnership' &&
      [r.source, r.target].sort().join('|') === 'China Telecom Global|Liquid Telecom',
  );
  expect(partnership?.years).toBe('2018');
  expect(partnership?.places).toMatch(/Africa/);
  expect(partnership?.evidence).toMatch(/partenariat/);
  expect(rel.data.some((r) => r.source === 'ZTE' || r.target === 'ZTE')).toBe(false);

  const nodes = await downloadFrom(page, () =>
    menu.getByRole('button', { name: 'CSV nodes' }).click(),
  );
  expect(nodes.name).toBe('partner-atlas_africa_nodes.csv');
  const rows = parse(nodes.data).data;
  expect(rows).toHaveLength(
    counts.companies + counts.organisations + counts.people + counts.regions,
  );
  expect(rows.map((r) => r.label)).toEqual(
    expect.arrayContaining(['Liquid Telecom', 'China Telecom Global']),
  );
  expect(rows.find((r) => r.label === 'China Telecom Global')?.aliases).toMatch(/CTG/);
});
