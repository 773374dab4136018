import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  correctionRows,
  describeCorrection,
  parseCorrections,
  type Correction,
} from './corrections';
import { correctionsCsv } from './csv';
import { makeGraph } from './testGraph';

const graph = makeGraph(
  [
    { id: 'acme', label: 'Acme Holdings', aliases: ['Acme'], mentions: 3, years: [2020] },
    { id: 'acme-2', label: 'Acme Corp', mentions: 1, years: [2022], documents: ['d1'] },
    { id: 'borealis', label: 'Borealis Mining' },
    { id: 'report', label: 'Annual Report' },
  ],
  [
    { source: 'acme', target: 'borealis', type: 'supply', years: [2020] },
    { source: 'acme-2', target: 'borealis', type: 'supply', years: [2022] },
    { source: 'acme', target: 'acme-2', type: 'partnership' },
    { source: 'report', target: 'borealis', type: 'partnership' },
  ],
);
const label = (g: typeof graph, id: string) => g.nodes.find((n) => n.id === id)?.label;
const relations = (g: typeof graph) =>
  g.edges.map((e) => `${label(g, e.source)} ${e.type} ${label(g, e.target)}`).sort();

describe('applyCorrections', () => {
  it('merges a node into another: its names become aliases, its relations move', () => {
    const { graph: merged, stale } = applyCorrections(graph, [
      { kind: 'merge', node: 'acme-2', into: 'acme' },
    ]);
    expect(stale).toEqual([]);
    const acme = merged.nodes.find((n) => n.id === 'acme');
    expect(acme).toMatchObject({
      aliases: ['Acme', 'Acme Corp'],
      mentions: 4,
      years: [2020, 2022],
    });
    expect(merged.nodes.some((n) => n.id === 'acme-2')).toBe(false);
    // The two supply relations become one with both years and both sentences; the
    // partnership between the two merged nodes goes.
    expect(relations(merged)).toEqual([
      'Acme Holdings supply Borealis Mining',
      'Annual Report partnership Borealis Mining',
    ]);
    const supply = merged.edges.find((e) => e.type === 'supply');
    expect(supply).toMatchObject({ years: [2020, 2022] });
    expect(supply?.evidence).toHaveLength(2);
  });

  it('hides a node with its relations, renames one, rejects a relation', () => {
    const corrections: Correction[] = [
      { kind: 'hide', node: 'report' },
      { kind: 'rename', node: 'borealis', label: 'Borealis Mining AB' },
      { kind: 'reject', edge: 'e2' },
    ];
    const { graph: fixed } = applyCorrections(graph, corrections);
    expect(fixed.nodes.map((n) => n.label)).toEqual([
      'Acme Holdings',
      'Acme Corp',
      'Borealis Mining AB',
    ]);
    expect(fixed.nodes.find((n) => n.id === 'borealis')?.aliases).toEqual(['Borealis Mining']);
    expect(relations(fixed)).toEqual([
      'Acme Corp supply Borealis Mining AB',
      'Acme Holdings supply Borealis Mining AB',
    ]);
  });

  it('leaves the given graph untouched and reports corrections it cannot apply', () => {
    const before = JSON.stringify(graph);
    const { stale } = applyCorrections(graph, [
      { kind: 'hide', node: 'gone' },
      { kind: 'reject', edge: 'e99' },
      { kind: 'merge', node: 'acme', into: 'acme' },
    ]);
    expect(stale).toHaveLength(3);
    expect(JSON.stringify(graph)).toBe(before);
  });
});

describe('correctionRows and correctionsCsv', () => {
  it('gives rows of the three data files, with a rename followed through', () => {
    const rows = correctionRows(graph, [
      { kind: 'merge', node: 'acme-2', into: 'acme' },
      { kind: 'rename', node: 'acme', label: 'Acme Group' },
      { kind: 'hide', node: 'report' },
      { kind: 'reject', edge: 'e0' },
    ]);
    expect(rows).toEqual([
      { file: 'aliases.csv', alias: 'Acme Corp', canonical: 'Acme Group' },
      { file: 'aliases.csv', alias: 'Acme Holdings', canonical: 'Acme Group' },
      { file: 'aliases.csv', alias: 'Acme', canonical: 'Acme Group' },
      {
        file: 'exclusions.csv',
        name: 'Annual Report',
        reason: 'not an organisation (marked in the explorer)',
      },
      {
        file: 'rejected-relations.csv',
        source: 'Acme Group',
        type: 'supply',
        target: 'Borealis Mining',
      },
    ]);
    const parsed = Papa.parse<Record<string, string>>(correctionsCsv(rows), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual([
      'file',
      'alias',
      'canonical',
      'name',
      'reason',
      'source',
      'type',
      'target',
    ]);
    expect(parsed.data[3]).toMatchObject({
      file: 'exclusions.csv',
      name: 'Annual Report',
      alias: '',
    });
  });
});

describe('parseCorrections', () => {
  it('keeps well-formed corrections and drops the rest without throwing', () => {
    const stored = JSON.stringify([
      { kind: 'hide', node: 'report' },
      { kind: 'rename', node: 'acme' },
      { kind: 'explode', node: 'x' },
      'junk',
      { kind: 'reject', edge: 'e1' },
    ]);
    expect(parseCorrections(stored)).toEqual([
      { kind: 'hide', node: 'report' },
      { kind: 'reject', edge: 'e1' },
    ]);
    expect(parseCorrections('{not json')).toEqual([]);
    expect(parseCorrections(null)).toEqual([]);
  });
});

describe('describeCorrection', () => {
  it('says what a correction does in the names the user saw', () => {
    expect(describeCorrection(graph, { kind: 'merge', node: 'acme-2', into: 'acme' })).toBe(
      'Acme Corp merged into Acme Holdings',
    );
    expect(describeCorrection(graph, { kind: 'reject', edge: 'e0' })).toBe(
      'Wrong relation: Acme Holdings supply Borealis Mining',
    );
  });
});
