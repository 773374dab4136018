import { expect, test } from '@playwright/test';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Graph as AtlasGraph } from '../src/schema/graph';
import { downloadFrom, openApp, openExport, statusCounts } from './helpers';

// The files are read back by graphology's GEXF and GraphML readers, as Gephi Lite reads them.
const READERS = {
  GEXF: (text: string) => parseGexf(Graph, text),
  GraphML: (text: string) => parseGraphml(Graph, text),
};

for (const [format, read] of Object.entries(READERS)) {
  test(`20. ${format} export holds what is shown, with attributes and positions`, async ({
    page,
  }) => {
    await openApp(page);
    await page.getByLabel('Region').selectOption({ label: 'Africa' });
    const counts = await statusCounts(page);
    const menu = await openExport(page);
    const file = await downloadFrom(page, () =>
      menu.getByRole('button', { name: format, exact: true }).click(),
    );
    expect(file.name).toBe(`partner-atlas_africa.${format.toLowerCase()}`);
    const graph = read(file.data.toString('utf8'));

    expect(graph.order).toBe(
      counts.companies + counts.organisations + counts.people + counts.regions,
    );
    expect(graph.size).toBe(counts.relations);
    const source = (await (await page.request.get('/graph.json')).json()) as AtlasGraph;
    const byLabel = (label: string) => graph.findNode((_, a) => a.label === label);
    const ctg = source.nodes.find((n) => n.label === 'China Telecom Global');
    const ctgId = byLabel('China Telecom Global');
    expect(ctgId).toBe(ctg?.id);
    expect(graph.getNodeAttributes(ctgId as string)).toMatchObject({
      type: 'company',
      x: ctg?.x,
      y: ctg?.y,
      mentions: ctg?.mentions,
    });
    const partnership = graph.findEdge(
      (_, a, s, t) =>
        a.type === 'partnership' && [s, t].includes(ctgId as string) && a.evidence !== undefined,
    );
    expect(partnership).toBeDefined();
    expect(graph.getEdgeAttribute(partnership, 'evidence')).toMatch(/partenariat/);
    expect(graph.hasNode(byLabel('ZTE') ?? 'none')).toBe(false);
  });
}
