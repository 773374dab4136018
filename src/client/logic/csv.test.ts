import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from './filter';
import { buildIndex } from './graphIndex';
import { neutraliseCell, nodesCsv, relationsCsv } from './csv';
import { idOf, makeGraph, seedIndex } from './testGraph';

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('neutraliseCell', () => {
  it('prefixes cells that a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '  =cmd', '＝1'])
      expect(neutraliseCell(bad)).toBe(`'${bad}`);
    for (const ok of ['ZTE', 'China Telecom', '1-2', 'a=b', ''])
      expect(neutraliseCell(ok)).toBe(ok);
  });
});

describe('CSV export', () => {
  const index = seedIndex();

  it('writes the visible relations for Africa', () => {
    const visible = applyFilters(index, { ...DEFAULT_FILTERS, region: idOf(index, 'Africa') });
    const rows = parse(relationsCsv(index, visible)).data;
    expect(rows).toHaveLength(visible.edges.size);
    const partnership = rows.find((r) => r.relation === 'Partnership');
    expect([partnership?.source, partnership?.target].sort()).toEqual([
      'China Telecom Global',
      'Liquid Telecom',
    ]);
    expect(partnership?.years).toBe('2018');
    expect(partnership?.places).toBe('Africa; Asia');
    expect(rows.some((r) => r.source === 'ZTE' || r.target === 'ZTE')).toBe(false);
  });

  it('writes the visible nodes', () => {
    const visible = applyFilters(index, DEFAULT_FILTERS);
    const rows = parse(nodesCsv(index, visible)).data;
    expect(rows).toHaveLength(visible.nodes.size);
    expect(rows.find((r) => r.label === 'China Telecom Global')).toMatchObject({
      type: 'Company',
      aliases: 'CTG; China Telecom Global Limited',
    });
  });

  it('neutralises hostile labels, quotes commas and newlines', () => {
    const g = makeGraph(
      [
        { id: 'a', label: '=HYPERLINK("http://evil","x")' },
        { id: 'b', label: 'B, "Inc"\nLtd' },
      ],
      [{ source: 'a', target: 'b' }],
    );
    const idx = buildIndex(g);
    const visible = applyFilters(idx, DEFAULT_FILTERS);
    const nodes = parse(nodesCsv(idx, visible)).data;
    expect(nodes.map((r) => r.label)).toEqual(['\'=HYPERLINK("http://evil","x")', 'B, "Inc"\nLtd']);
    const rels = parse(relationsCsv(idx, visible)).data;
    expect(rels[0]!.source).toBe('\'=HYPERLINK("http://evil","x")');
  });
});
