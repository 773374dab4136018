import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import seedJson from '../test-support/seed-graph.json';
import { validateGraph, type GraphEdge, type GraphNode } from '../schema/graph.js';
import { toGexf, toGraphml, type GraphView } from './index.js';

function node(id: string, label: string, extra: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    type: 'company',
    label,
    aliases: [],
    mentions: 2,
    years: [2021],
    documents: ['d1'],
    x: 10,
    y: 20,
    confidence: 0.9,
    ...extra,
  };
}

function edge(id: string, source: string, target: string, extra: Partial<GraphEdge> = {}) {
  const evidence = [{ document: 'd1', text: 'Acme supplies Borealis.', start: 0, end: 23 }];
  return {
    id,
    source,
    target,
    type: 'supply',
    years: [2020, 2022],
    regions: [],
    confidence: 0.8,
    evidence,
    ...extra,
  } as GraphEdge;
}

const VIEW: GraphView = {
  title: 'Test <deals> & partners',
  nodes: [
    node('acme', 'Acme & Sons <Ltd>', { wikidata: 'Q42', country: 'DE' }),
    node('borealis', 'Borealis "Mining"', { years: [] }),
    node('berlin', 'Berlin', { type: 'region', level: 'city', country: 'DE' }),
    node('lonely', 'Lonely\u0001Corp\uD800'),
  ],
  edges: [
    edge('e1', 'acme', 'borealis'),
    edge('e2', 'acme', 'borealis', { type: 'partnership', years: [] }),
    edge('e3', 'acme', 'berlin', { type: 'located_in' }),
    // An end outside the view: the files must leave this relation out.
    edge('e4', 'acme', 'elsewhere'),
  ],
  positions: new Map([['acme', { x: -5.5, y: 7.25 }]]),
};

/** Parses strictly: any XML error or warning fails the test. */
function wellFormed(xml: string): Document {
  const problems: string[] = [];
  const record = (level: string) => (message: string) => problems.push(`${level}: ${message}`);
  const errorHandler = {
    warning: record('warning'),
    error: record('error'),
    fatalError: record('fatal'),
  };
  const document = new DOMParser({ errorHandler }).parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  return document as unknown as Document;
}

describe('GEXF', () => {
  const xml = toGexf(VIEW);
  const graph = parseGexf(Graph, xml);

  it('is well-formed GEXF 1.3', () => {
    wellFormed(xml);
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
  });

  it('holds the nodes and the relations between them, with their direction', () => {
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.hasEdge('e4')).toBe(false);
    expect(graph.isDirected('e1')).toBe(true);
    expect(graph.isUndirected('e2')).toBe(true);
  });

  it('carries node attributes and the drawn positions', () => {
    expect(graph.getNodeAttributes('acme')).toMatchObject({
      label: 'Acme & Sons <Ltd>',
      type: 'company',
      country: 'DE',
      years: [2021],
      mentions: 2,
      confidence: 0.9,
      wikidata: 'Q42',
      x: -5.5,
      y: 7.25,
    });
    expect(graph.getNodeAttributes('berlin')).toMatchObject({ level: 'city', x: 10, y: 20 });
    expect(graph.getNodeAttribute('borealis', 'label')).toBe('Borealis "Mining"');
  });

  it('carries edge attributes with the first evidence sentence', () => {
    expect(graph.getEdgeAttributes('e1')).toMatchObject({
      type: 'supply',
      years: [2020, 2022],
      confidence: 0.8,
      evidence: 'Acme supplies Borealis.',
    });
  });

  it('replaces characters XML cannot carry', () => {
    expect(graph.getNodeAttribute('lonely', 'label')).toBe('Lonely\uFFFDCorp\uFFFD');
  });
});

describe('GraphML', () => {
  const xml = toGraphml(VIEW);
  const graph = parseGraphml(Graph, xml);

  it('is well-formed and names the dataset', () => {
    wellFormed(xml);
    expect(graph.getAttribute('description')).toBe('Test <deals> & partners, by Partner Atlas');
  });

  it('holds the nodes and the relations between them, with their direction', () => {
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.hasEdge('e4')).toBe(false);
    // graphology's reader honours only directed="true", so the flag is read from the XML.
    const edges = Array.from(wellFormed(xml).getElementsByTagName('edge'));
    const undirected = edges.filter((e) => e.getAttribute('directed') === 'false');
    expect(undirected.map((e) => e.getAttribute('id'))).toEqual(['e2']);
  });

  it('carries typed node and edge attributes and positions', () => {
    expect(graph.getNodeAttributes('acme')).toMatchObject({
      label: 'Acme & Sons <Ltd>',
      type: 'company',
      years: '2021',
      mentions: 2,
      confidence: 0.9,
      wikidata: 'Q42',
      x: -5.5,
      y: 7.25,
    });
    const supply = graph.edges().find((e) => graph.getEdgeAttribute(e, 'type') === 'supply')!;
    expect(graph.getEdgeAttributes(supply)).toMatchObject({
      years: '2020 2022',
      confidence: 0.8,
      evidence: 'Acme supplies Borealis.',
    });
  });
});

describe('the seed graph', () => {
  const parsed = validateGraph(structuredClone(seedJson));
  if (!parsed.ok) throw new Error(parsed.error);
  const seed = parsed.graph;

  it('round-trips through both formats with every node and relation', () => {
    const view = { nodes: seed.nodes, edges: seed.edges };
    const gexf = parseGexf(Graph, toGexf(view));
    const graphml = parseGraphml(Graph, toGraphml(view));
    for (const graph of [gexf, graphml]) {
      expect(graph.order).toBe(seed.nodes.length);
      expect(graph.size).toBe(seed.edges.length);
    }
  });

  it('is written the same way twice', () => {
    const view = { nodes: seed.nodes, edges: seed.edges };
    expect(toGexf(view)).toBe(toGexf(view));
    expect(toGraphml(view)).toBe(toGraphml(view));
  });
});
