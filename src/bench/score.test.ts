import { describe, expect, it } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from '../schema/graph.js';
import type { GroundTruth, TruthRelation } from './generate.js';
import { replaceSection } from './part.js';
import { scoreGraph } from './score.js';

const node = (id: string, label: string, aliases: string[] = []): GraphNode => ({
  id,
  type: 'company',
  label,
  aliases,
  mentions: 1,
  years: [],
  documents: [],
  x: 0,
  y: 0,
  confidence: 1,
});

const edge = (
  type: GraphEdge['type'],
  source: string,
  target: string,
  years: number[] = [],
  regions: string[] = [],
): GraphEdge => ({
  id: `${type}:${source}->${target}`,
  source,
  target,
  type,
  years,
  regions,
  confidence: 0.9,
  evidence: [{ document: 'd', text: 'x', start: 0, end: 1 }],
});

const rel = (
  type: TruthRelation['type'],
  source: string,
  target: string,
  year = 2020,
  place: TruthRelation['place'] = null,
): TruthRelation => ({
  document: 'd.txt',
  type,
  source,
  target,
  year,
  yearSource: 'text',
  place,
  sentence: '',
});

const truth: GroundTruth = {
  generator: 'partner-atlas-bench',
  version: 1,
  seed: 1,
  count: 1,
  companies: [
    { name: 'Kalvo Energy', legalName: 'Kalvo Energy ASA', acronym: 'KVE', country: 'NO' },
    { name: 'Tresa Networks', legalName: 'Tresa Networks AB', country: 'SE' },
    { name: 'Miro Foods', legalName: 'Miro Foods Ltd', country: 'GB' },
  ],
  people: [],
  documents: [],
  relations: [
    rel('partnership', 'Kalvo Energy', 'Tresa Networks', 2020, {
      name: 'Oslo',
      id: 'region:city:1',
    }),
    rel('acquisition', 'Miro Foods', 'Tresa Networks', 2021),
    rel('partnership', 'Tresa Networks', 'Kalvo Energy', 2019),
  ],
  distractors: [{ document: 'd.txt', a: 'Kalvo Energy', b: 'Miro Foods', sentence: '' }],
};

const graph = (nodes: GraphNode[], edges: GraphEdge[]): Graph => ({
  schemaVersion: 1,
  texts: 'inline',
  documents: [],
  nodes,
  edges,
});

describe('scoreGraph', () => {
  const nodes = [
    node('k', 'KVE', ['Kalvo Energy ASA']),
    node('t', 'Tresa Networks'),
    node('m', 'Miro Foods'),
  ];

  it('matches companies by any written form, partnerships in either direction', () => {
    const s = scoreGraph(
      graph(nodes, [
        edge('partnership', 't', 'k', [2019, 2020], ['region:city:1']),
        edge('acquisition', 'm', 't', [2021]),
      ]),
      truth,
    );
    expect(s).toMatchObject({ expected: 2, predicted: 2, correct: 2, precision: 1, recall: 1 });
    expect(s.yearAccuracy).toBe(1);
    expect(s.placeAccuracy).toBe(1);
    expect(s.spuriousOrganisations).toBe(0);
  });

  it('counts a reversed acquisition, a distractor link and unknown nodes as wrong', () => {
    const s = scoreGraph(
      graph(
        [...nodes, node('x', 'Shares of Miro Foods')],
        [edge('acquisition', 't', 'm'), edge('partnership', 'k', 'm'), edge('supply', 'x', 't')],
      ),
      truth,
    );
    expect(s).toMatchObject({ expected: 2, predicted: 3, correct: 0, recall: 0 });
    expect(s.linkedDistractors).toBe(1);
    expect(s.spuriousOrganisations).toBe(1);
  });

  it('reports missing and split companies', () => {
    const s = scoreGraph(
      graph([node('k', 'Kalvo Energy'), node('k2', 'KVE'), node('t', 'Tresa Networks')], []),
      truth,
    );
    expect(s.missingCompanies).toBe(1);
    expect(s.splitCompanies).toBe(1);
  });
});

describe('replaceSection', () => {
  it('replaces one part and keeps the others', () => {
    let doc = '# Performance\n';
    doc = replaceSection(doc, 'build', 'old build');
    doc = replaceSection(doc, 'client', 'client figures');
    doc = replaceSection(doc, 'build', 'new build');
    expect(doc).toBe(
      '# Performance\n\n<!-- bench:build -->\nnew build\n<!-- /bench:build -->\n\n<!-- bench:client -->\nclient figures\n<!-- /bench:client -->\n',
    );
  });
});
