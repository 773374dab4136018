/**
 * Golden test: the facts the seed corpus must yield (issue #2), found by the extractor
 * on its own. Names here are expectations only; no product code or data lists them.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from '../schema/graph.js';
import { loadInputs } from './stages/load.js';
import { DEFAULT_DATA_DIR } from './knowledge/data-dir.js';
import { runPipeline } from './runner.js';

let graph: Graph;
const root = path.resolve(import.meta.dirname, '../..');

beforeAll(async () => {
  const { documents, problems } = await loadInputs([path.join(root, 'seeds')]);
  expect(problems).toEqual([]);
  graph = runPipeline(documents, { dataDir: DEFAULT_DATA_DIR }).graph;
});

function node(name: string, type?: GraphNode['type']): GraphNode {
  const found = graph.nodes.filter(
    (n) => (n.label === name || n.aliases.includes(name)) && (!type || n.type === type),
  );
  expect(
    found.map((n) => n.label),
    `exactly one node named ${name}`,
  ).toHaveLength(1);
  return found[0] as GraphNode;
}

function edges(a: string, b: string, type?: GraphEdge['type']): GraphEdge[] {
  const x = node(a).id;
  const y = node(b).id;
  return graph.edges.filter(
    (e) =>
      ((e.source === x && e.target === y) || (e.source === y && e.target === x)) &&
      (!type || e.type === type),
  );
}

function edge(source: string, target: string, type: GraphEdge['type']): GraphEdge {
  const found = edges(source, target, type).filter(
    (e) => e.source === node(source).id || e.type === 'partnership',
  );
  expect(found, `${type} ${source} -> ${target}`).toHaveLength(1);
  return found[0] as GraphEdge;
}

const regionLabels = (e: GraphEdge) =>
  e.regions.map((r) => graph.nodes.find((n) => n.id === r)?.label);

describe('seed organisations', () => {
  it.each([
    ['ZTE', ['ZTE Corporation']],
    ['China Telecom Global', ['CTG', 'China Telecom Global Limited']],
    [
      'China Telecom',
      [
        'China Telecom Corporation Limited',
        'China Telecom Group',
        'China Telecommunications Corpordation',
      ],
    ],
    ['Liquid Telecom', []],
    ['Huawei', []],
    ['Geely Holding Group', ['Zhejiang Geely Holding Group', 'Geely Holding']],
    ['China Telecom Americas', ['CTA', 'China Telecom (Americas) Corporation']],
    ['Internet Society', []],
  ])('%s is one node with its aliases merged', (name, aliases) => {
    const n = node(name);
    expect(['company', 'organization']).toContain(n.type);
    for (const alias of aliases) expect([n.label, ...n.aliases]).toContain(alias);
  });

  it('types the Internet Society as an organisation and the others as companies', () => {
    expect(node('Internet Society').type).toBe('organization');
    expect(node('Huawei').type).toBe('company');
  });
});

describe('seed people', () => {
  it.each([
    ['Donald Tan', 'China Telecom Global', /CEO/],
    ['Xiao Ming', 'ZTE', /SVP/],
    ['Changhai Liu', 'China Telecom', /directeur général/],
    ['Willem Marais', 'Liquid Telecom', /directeur/],
    ['Luis Fiallo', 'China Telecom Americas', /VP/],
  ])('%s works for %s', (person, org, title) => {
    const p = node(person, 'person');
    const role = p.roles?.find((r) => r.organization === node(org).id);
    expect(role?.title).toMatch(title);
    expect(edge(person, org, 'works_for').role).toMatch(title);
  });

  it('scopes Changhai Liu to Africa and the Middle East', () => {
    expect(regionLabels(edge('Changhai Liu', 'China Telecom', 'works_for'))).toEqual(
      expect.arrayContaining(['Africa', 'Middle East']),
    );
  });
});

describe('seed places', () => {
  it.each([
    ['Hong Kong', 'country', 'HK'],
    ['Philippines', 'country', 'PH'],
    ['Zimbabwe', 'country', 'ZW'],
    ['Vietnam', 'country', 'VN'],
    ['Africa', 'continent', undefined],
    ['Asia', 'continent', undefined],
    ['Middle East', 'macro', undefined],
  ])('%s is a %s region', (name, level, country) => {
    const n = node(name, 'region');
    expect(n.level).toBe(level);
    expect(n.country).toBe(country);
    expect(n.mentions).toBeGreaterThan(0);
  });

  it.each([
    ['Nairobi', 'KE', 'Kenya'],
    ['Johannesburg', 'ZA', 'South Africa'],
    ['Cape Town', 'ZA', 'South Africa'],
    ['Beijing', 'CN', 'China'],
    ['Herndon', 'US', 'United States'],
  ])('%s is a city of %s, inside %s', (name, country, countryLabel) => {
    const city = graph.nodes.find((n) => n.label === name && n.level === 'city');
    expect(city?.country).toBe(country);
    expect(city?.lat).toBeTypeOf('number');
    let up = city;
    const chain: string[] = [];
    while (up?.parent) {
      up = graph.nodes.find((n) => n.id === up?.parent);
      if (up) chain.push(up.label);
    }
    expect(chain).toContain(countryLabel);
  });

  it('puts Herndon in Virginia and French "au Cap" in Cape Town', () => {
    const herndon = graph.nodes.find((n) => n.label === 'Herndon');
    expect(graph.nodes.find((n) => n.id === herndon?.parent)?.label).toBe('Virginia');
    expect(node('Cape Town', 'region').aliases).toContain('Cap');
  });

  it('reads demonyms as their country', () => {
    expect(node('Zimbabwe', 'region').aliases).toContain('zimbabwéen');
    expect(node('Vietnam', 'region').aliases).toContain('Vietnamese');
  });
});

describe('seed relations', () => {
  it('ZTE and China Telecom Global: partnership in Hong Kong, supply in the Philippines in 2019', () => {
    const p = edge('ZTE', 'China Telecom Global', 'partnership');
    expect(regionLabels(p)).toContain('Hong Kong');
    const s = edge('ZTE', 'China Telecom Global', 'supply');
    expect(s.source).toBe(node('ZTE').id);
    expect(regionLabels(s)).toContain('Philippines');
    expect(s.years).toEqual([2019]);
    expect(s.yearSource).toBe('text');
  });

  it('Liquid Telecom and China Telecom Global: partnership in 2018, Africa and Asia', () => {
    const p = edge('Liquid Telecom', 'China Telecom Global', 'partnership');
    expect(p.years).toEqual([2018]);
    expect(p.yearSource).toBe('document');
    expect(regionLabels(p)).toEqual(expect.arrayContaining(['Africa', 'Asia']));
  });

  it('China Telecom Global and China Telecom Americas are subsidiaries of China Telecom', () => {
    expect(edge('China Telecom Global', 'China Telecom', 'subsidiary').target).toBe(
      node('China Telecom').id,
    );
    expect(edge('China Telecom Americas', 'China Telecom', 'subsidiary').target).toBe(
      node('China Telecom').id,
    );
  });

  it('Geely Holding Group and China Telecom: partnership in 2018, in Beijing', () => {
    const p = edge('Geely Holding Group', 'China Telecom', 'partnership');
    expect(p.years).toEqual([2018]);
    expect(regionLabels(p)).toContain('Beijing');
  });

  it('Huawei and ZTE are each active in Vietnam in 2025, and not linked to each other', () => {
    for (const company of ['Huawei', 'ZTE'])
      expect(edge(company, 'Vietnam', 'active_in').years).toEqual([2025]);
    expect(edges('Huawei', 'ZTE')).toEqual([]);
  });

  it('places Liquid Telecom in Zimbabwe and China Telecom Americas in Herndon', () => {
    expect(edge('Liquid Telecom', 'Zimbabwe', 'located_in').type).toBe('located_in');
    expect(edge('China Telecom Americas', 'Herndon', 'located_in').type).toBe('located_in');
  });

  it('every evidence offset slices the evidence text out of its document', () => {
    const docs = new Map(graph.documents.map((d) => [d.id, d.text ?? '']));
    for (const e of graph.edges)
      for (const ev of e.evidence)
        expect(docs.get(ev.document)?.slice(ev.start, ev.end)).toBe(ev.text);
  });
});

describe('seed noise', () => {
  it.each([
    'Retail News Asia',
    'GeokHub',
    'Agence Ecofin',
    'Levi’s',
    "Levi's",
    'Levi',
    'Nexperia',
    'Google',
    'DAA',
    'FCC',
    'Digital Advertising Alliance',
    'Federal Communications Commission',
  ])('no node for %s', (name) => {
    expect(graph.nodes.filter((n) => n.label === name || n.aliases.includes(name))).toEqual([]);
  });

  it('no node for privacy-policy vocabulary', () => {
    const words =
      /privacy|cookie|personal|information|consent|opt[- ]out|advertis|analytics|policy|california/i;
    expect(
      graph.nodes.filter((n) => n.type !== 'region' && words.test(n.label)).map((n) => n.label),
    ).toEqual([]);
  });

  it('has only the organisations and people the articles are about', () => {
    const orgs = graph.nodes
      .filter((n) => n.type === 'company' || n.type === 'organization')
      .map((n) => n.label);
    expect(orgs.sort()).toEqual(
      [
        'China Telecom',
        'China Telecom Americas',
        'China Telecom Global',
        'Geely Holding',
        'Huawei',
        'Internet Society',
        'Liquid Telecom',
        'ZTE',
      ].sort(),
    );
    expect(graph.nodes.filter((n) => n.type === 'person')).toHaveLength(5);
  });
});
