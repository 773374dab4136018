/**
 * The extractor on documents it was not tuned on: other companies, countries and
 * languages (en, fr, de, es) and a raw web page, in src/extract/__fixtures__/corpus.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from '../schema/graph.js';
import { loadInputs } from './stages/load.js';
import { DEFAULT_DATA_DIR } from './knowledge/data-dir.js';
import { runPipeline } from './runner.js';

let graph: Graph;

beforeAll(async () => {
  const { documents, problems } = await loadInputs([
    path.join(import.meta.dirname, '__fixtures__/corpus'),
  ]);
  expect(problems).toEqual([]);
  graph = runPipeline(documents, { dataDir: DEFAULT_DATA_DIR }).graph;
});

const byLabel = (label: string): GraphNode | undefined =>
  graph.nodes.find((n) => n.label === label);
const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label;
const describeEdge = (e: GraphEdge) => `${e.type} ${label(e.source)} -> ${label(e.target)}`;
const orgEdges = () =>
  graph.edges
    .filter((e) => !['active_in', 'located_in', 'works_for'].includes(e.type))
    .map(describeEdge);

describe('extraction on unseen documents', () => {
  it('finds every company once, with legal forms and acronyms merged', () => {
    const orgs = graph.nodes
      .filter((n) => n.type === 'company' || n.type === 'organization')
      .map((n) => n.label);
    expect(orgs.sort()).toEqual(
      [
        'Andes Telecom',
        'Atlantis Networks',
        'Aurora Cables',
        'Kestrel Turbines',
        'Brennwald Antriebe',
        'Corvanne Énergies',
        'Lumera',
        'Marquart Holding',
        'Selvanto',
        'Baltic Grid Holdings',
        'Banco Austral',
        'Helios Robotics',
        'Kiwa Foods',
        'Maghreb Digital Holding',
        'Norsk Solar',
        'PagoRápido',
        'Rheinmetall Mobility',
        'Sonatel Connect',
        'Tatra Logistik',
        'Vistula Power Group',
      ].sort(),
    );
    expect(byLabel('Baltic Grid Holdings')?.aliases).toEqual(
      expect.arrayContaining(['BGH', 'Baltic Grid Holdings Limited']),
    );
  });

  it('types the relations stated in four languages, and no others', () => {
    expect(orgEdges().sort()).toEqual(
      [
        'acquisition Banco Austral -> PagoRápido',
        'acquisition Brennwald Antriebe -> Selvanto',
        'acquisition Lumera -> Corvanne Énergies',
        'subsidiary Selvanto -> Marquart Holding',
        'joint_venture Rheinmetall Mobility -> Tatra Logistik',
        'partnership Andes Telecom -> Banco Austral',
        'partnership Atlantis Networks -> Sonatel Connect',
        'partnership Baltic Grid Holdings -> Norsk Solar',
        'partnership Helios Robotics -> Kiwa Foods',
        'subsidiary Atlantis Networks -> Maghreb Digital Holding',
        'subsidiary Baltic Grid Holdings -> Vistula Power Group',
        'supply Baltic Grid Holdings -> Norsk Solar',
        'supply Helios Robotics -> Kiwa Foods',
      ].sort(),
    );
  });

  it('keeps amounts, share prices and "Tochter der" out of names, and legal forms whole', () => {
    const names = graph.nodes.flatMap((n) => [n.label, ...n.aliases]);
    expect(names.filter((n) => /Millionen|Euro\b|Aktie|Tochter|actions/u.test(n))).toEqual([]);
    expect(byLabel('Brennwald Antriebe')?.aliases).toEqual(['Brennwald Antriebe AG']);
    expect(byLabel('Marquart Holding')?.aliases).toEqual(['Marquart Holding SE']);
  });

  it('does not link companies that only won contracts from a third party', () => {
    // Both are companies (the subjects of "won contracts"), with no relation between them.
    expect(orgEdges().some((e) => e.includes('Kestrel') || e.includes('Aurora'))).toBe(false);
  });

  it('finds people, their titles and organisations in each language', () => {
    const roles = graph.edges
      .filter((e) => e.type === 'works_for')
      .map((e) => `${label(e.source)}: ${e.role} @ ${label(e.target)}`);
    expect(roles.sort()).toEqual(
      [
        'Aminata Sow: directrice générale @ Sonatel Connect',
        'Carlos Méndez: director general @ Banco Austral',
        'Ingrid Dahl: CEO @ Norsk Solar',
        'Jana Novak: Geschäftsführerin @ Tatra Logistik',
        'Petra Lindholm: Vorstandsvorsitzende @ Brennwald Antriebe',
        'Tom Harris: Chief Operating Officer @ Helios Robotics',
      ].sort(),
    );
  });

  it('takes years from the sentence, else from the publication date', () => {
    const jv = graph.edges.find((e) => e.type === 'joint_venture');
    expect(jv?.years).toEqual([2022]);
    expect(jv?.yearSource).toBe('text');
    const sub = graph.edges.find(
      (e) => describeEdge(e) === 'subsidiary Atlantis Networks -> Maghreb Digital Holding',
    );
    expect(sub?.years).toEqual([2020]);
    expect(sub?.yearSource).toBe('document');
  });

  it('places relations where they happen, not where the news was filed', () => {
    const p = graph.edges.find(
      (e) => describeEdge(e) === 'partnership Baltic Grid Holdings -> Norsk Solar',
    );
    const places = p?.regions.map(label);
    expect(places).toEqual(expect.arrayContaining(['Poland', 'Gdańsk']));
    expect(places).not.toContain('Oslo');
    const fr = graph.edges.find(
      (e) => describeEdge(e) === 'partnership Atlantis Networks -> Sonatel Connect',
    );
    expect(fr?.regions.map(label)).toEqual(expect.arrayContaining(['Western Africa', 'Morocco']));
  });

  it('reads nationality adjectives as a company location', () => {
    const located = graph.edges.filter((e) => e.type === 'located_in').map(describeEdge);
    expect(located).toEqual(
      expect.arrayContaining([
        'located_in Sonatel Connect -> Senegal',
        'located_in PagoRápido -> Chile',
      ]),
    );
  });

  it('drops page furniture from the web page', () => {
    const labels = graph.nodes.map((n) => n.label);
    expect(labels).not.toContain('Orion Apparel');
    expect(labels).not.toContain('Pacific Business Daily');
    expect(labels).not.toContain('Modaline');
    expect(labels).not.toContain('Energy Wire');
    const page = graph.documents.find((d) => d.file.endsWith('web-page.html'));
    expect(page?.text).not.toMatch(/tracker|cookies|newsletter/i);
    expect(page?.date).toBe('2024-06-18');
  });
});

describe('press releases about real companies', () => {
  let press: Graph;
  beforeAll(async () => {
    const { documents } = await loadInputs([path.join(import.meta.dirname, '__fixtures__/press')]);
    press = runPipeline(documents, { dataDir: DEFAULT_DATA_DIR }).graph;
  });
  const name = (id: string) => press.nodes.find((n) => n.id === id)?.label;
  const rels = () =>
    press.edges
      .filter((e) => e.type !== 'active_in')
      .map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);

  it('reads "selected X", "acquires a stake", "and its subsidiary" and wire datelines', () => {
    expect(rels()).toEqual(
      expect.arrayContaining([
        'supply Nokia -> Safaricom',
        'partnership Nokia -> Safaricom',
        'investment TotalEnergies -> Casa dos Ventos',
        'located_in Casa dos Ventos -> Brazil',
        'investment Microsoft -> OpenAI',
        'partnership Microsoft -> OpenAI',
        'subsidiary Sonatel -> Orange',
        'works_for Tommi Uitto -> Nokia',
        'works_for Satya Nadella -> Microsoft',
        'acquisition Ericsson -> Vonage',
        'partnership Ericsson -> Telstra',
        'supply Ericsson -> Telstra',
        'located_in Ericsson -> Sweden',
        'joint_venture Iberdrola -> Petrobras',
        'subsidiary Neoenergia -> Iberdrola',
        'supply Siemens Energy -> RWE',
        'works_for Christian Bruch -> Siemens Energy',
        'subsidiary Kumo Logistics -> Hanabi Holdings',
        'located_in Kumo Logistics -> Singapore',
        'partnership Kumo Logistics -> Marlin Shipping',
        'partnership Banco Galicia -> Mercado Libre',
        'works_for Marcos Galperin -> Mercado Libre',
      ]),
    );
    expect(rels()).not.toContain('acquisition TotalEnergies -> Casa dos Ventos');
  });

  it('reads a company page: "we" is the company the page defines, lists share their locative', () => {
    const kumo = press.nodes.find((n) => n.label === 'Kumo Logistics');
    expect(kumo?.aliases).toEqual(expect.arrayContaining(['Kumo', 'Kumo Logistics Pte. Ltd.']));
    const where = press.edges
      .filter((e) => e.source === kumo?.id && e.type === 'active_in')
      .map((e) => name(e.target))
      .sort();
    expect(where).toEqual(['Ho Chi Minh City', 'Jakarta', 'Manila']);
    const labels = press.nodes.map((n) => n.label);
    expect(labels).not.toContain('Luxe Watches');
    expect(labels).not.toContain('Data Protection Officer');
  });

  it('keeps wire services and business units out, and links no unrelated company', () => {
    const labels = press.nodes.map((n) => n.label);
    // Telstra works "with" Nokia, which states no typed relation.
    expect(rels().filter((r) => r.includes('Nokia') && r.includes('Telstra'))).toEqual([]);
    // A dateline's city is where the news was filed, not where the deal happens.
    const madrid = press.nodes.find((n) => n.label === 'Madrid');
    expect(
      press.edges.filter(
        (e) => madrid && e.type === 'partnership' && e.regions.includes(madrid.id),
      ),
    ).toEqual([]);
    const noises = [
      'PRNewswire',
      'Mobile Networks',
      'BP',
      'Samsung',
      'Apple',
      'TechWire Daily',
      'TechWire Media',
    ];
    for (const noise of noises) expect(labels).not.toContain(noise);
    // Companies the known-organisations table lists are nodes wherever the text names them
    // ("Shell and BP both reported higher profits"), but nothing links them.
    for (const unrelated of ['Shell', 'Optus', 'Vodafone']) {
      const node = press.nodes.find((n) => n.label === unrelated);
      expect(node?.wikidata, unrelated).toMatch(/^Q\d+$/);
      expect(press.edges.filter((e) => e.source === node?.id || e.target === node?.id)).toEqual([]);
    }
    expect(press.edges.find((e) => name(e.source) === 'Tommi Uitto')?.role).toBe(
      'President of Mobile Networks',
    );
  });

  it('reads Portuguese and Italian from data rows alone', () => {
    expect(rels()).toEqual(
      expect.arrayContaining([
        'partnership Mitsubishi -> Vale',
        'joint_venture Jinnan Steel -> Vale',
        'works_for Eduardo Bartolomeo -> Vale',
        'partnership Mastercard -> Nubank',
        'works_for David Vélez -> Nubank',
        'supply Stone -> Banco do Brasil',
        'partnership Saipem -> Terna',
        'subsidiary Saipem -> Eni',
        'acquisition Eni -> Neptune Energy',
        'works_for Giuseppina Di Foggia -> Terna',
      ]),
    );
    expect(press.nodes.find((n) => n.label === 'Eduardo Bartolomeo')?.type).toBe('person');
    // "Terna e Saipem" is two companies; "Leggi anche" and "Leia também" end the article.
    const labels = press.nodes.map((n) => n.label);
    expect(labels).not.toContain('Terna e Saipem');
    expect(labels).not.toContain('Edison');
    expect(labels).not.toContain('Inter & Co');
  });

  it('keeps products, models, events and weekdays out, and a unit apart from its parent', () => {
    const labels = press.nodes.map((n) => n.label);
    for (const noise of ['A350', 'AirScale', '930E', 'Paris Air Show', 'Monday', 'Tuesday'])
      expect(labels).not.toContain(noise);
    expect(rels()).toEqual(
      expect.arrayContaining([
        'partnership Airbus -> Safran Cabin',
        'supply Safran Cabin -> Airbus',
        'subsidiary Safran Cabin -> Safran',
        'supply Nokia -> Indosat',
        'subsidiary Indosat -> Ooredoo Group',
        'partnership BHP Group -> Codelco',
        'subsidiary Minera Escondida Limitada -> BHP Group',
        'investment Fortescue -> Element Zero',
        'works_for Mike Henry -> BHP Group',
      ]),
    );
    expect(rels().filter((r) => /AirScale|A350|Air Show|Glencore|Newmont/u.test(r))).toEqual([]);
  });
});
