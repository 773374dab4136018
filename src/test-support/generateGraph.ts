/**
 * Synthetic graphs of any size for the large-graph journeys and the client benchmark.
 * Deterministic: the same arguments always give the same graph. The result is valid
 * against the schema; only the names are made up.
 */
import { EDGE_TYPES, type Graph, type GraphEdge, type GraphNode } from '../schema/graph.js';

type Random = () => number;

function rng(seed: number): Random {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXT = 'Acme signed a partnership agreement with Globex in Nairobi in 2019.';
const CONTINENTS = ['Africa', 'Asia', 'Europe', 'Americas'];
const COUNTRIES_PER_CONTINENT = 10;
const NODE_BASE = { aliases: [], mentions: 1, years: [], documents: ['d0'], confidence: 0.8 };
/** Relation types between two organisations. */
const ORG_RELATION_TYPES = EDGE_TYPES.filter(
  (t) => t !== 'works_for' && t !== 'located_in' && t !== 'active_in',
);

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Four continents of ten countries each; positions are drawn later. */
function regionNodes(): { nodes: GraphNode[]; countryIds: string[] } {
  const nodes: GraphNode[] = [];
  const countryIds: string[] = [];
  CONTINENTS.forEach((name, i) => {
    const id = `region:continent:${i}`;
    nodes.push({ ...NODE_BASE, id, type: 'region', label: name, level: 'continent', x: 0, y: 0 });
    for (let c = 0; c < COUNTRIES_PER_CONTINENT; c++) {
      const countryId = `region:country:${i}-${c}`;
      nodes.push({
        ...NODE_BASE,
        id: countryId,
        type: 'region',
        label: `${name} country ${c}`,
        level: 'country',
        parent: id,
        x: 0,
        y: 0,
      });
      countryIds.push(countryId);
    }
  });
  return { nodes, countryIds };
}

/** Companies, and a person every seventh node, scattered over a square of `side` px. */
function partyNode(i: number, side: number, random: Random): GraphNode {
  const person = i % 7 === 0;
  return {
    ...NODE_BASE,
    id: `${person ? 'person' : 'org'}:${i}`,
    type: person ? 'person' : 'company',
    label: `${person ? 'Person' : 'Company'} ${i}`,
    aliases: person ? [] : [`C${i}`],
    years: [2010 + (i % 15)],
    x: Math.round(random() * side),
    y: Math.round(random() * side),
  };
}

interface EdgeContext {
  random: Random;
  orgs: GraphNode[];
  people: GraphNode[];
  countryIds: string[];
}

/** The i-th relation drawn at random, or null when the draw linked a node to itself. */
function randomEdge(i: number, context: EdgeContext): GraphEdge | null {
  const { random, orgs, people, countryIds } = context;
  const evidence = [{ document: 'd0', text: TEXT, start: 0, end: TEXT.length }];
  const year = 2010 + Math.floor(random() * 15);
  const kind = random();
  const edge = (
    source: string,
    target: string,
    type: GraphEdge['type'],
    years: number[],
    regions: string[],
    confidence: number,
  ): GraphEdge => ({ id: `e${i}`, source, target, type, years, regions, confidence, evidence });
  if (kind < 0.1 && people.length > 0) {
    const person = pick(people, random);
    const org = pick(orgs, random);
    return edge(person.id, org.id, 'works_for', [year], [], 0.7);
  }
  if (kind < 0.25) {
    const org = pick(orgs, random);
    const place = pick(countryIds, random);
    return edge(org.id, place, 'active_in', [year], [place], 0.7);
  }
  // Preferential attachment, roughly: low indices are hubs.
  const a = orgs[Math.floor(random() ** 2 * orgs.length)]!;
  const b = pick(orgs, random);
  if (a.id === b.id) return null;
  const type = pick(ORG_RELATION_TYPES, random);
  const regions = random() < 0.6 ? [pick(countryIds, random)] : [];
  return edge(a.id, b.id, type, random() < 0.1 ? [] : [year], regions, 0.8);
}

export function generateGraph(nodeCount: number, edgesPerNode: number, seed = 1): Graph {
  const random = rng(seed);
  const { nodes, countryIds } = regionNodes();
  const side = Math.ceil(Math.sqrt(nodeCount)) * 60;
  for (let i = nodes.length; i < nodeCount; i++) nodes.push(partyNode(i, side, random));
  for (const n of nodes)
    if (n.type === 'region')
      Object.assign(n, { x: Math.round(random() * side), y: Math.round(random() * side) });
  const context: EdgeContext = {
    random,
    orgs: nodes.filter((n) => n.type === 'company'),
    people: nodes.filter((n) => n.type === 'person'),
    countryIds,
  };
  const edges: GraphEdge[] = [];
  const target = nodeCount * edgesPerNode;
  for (let i = 0; edges.length < target; i++) {
    const edge = randomEdge(i, context);
    if (edge) edges.push(edge);
  }
  const document = {
    id: 'd0',
    file: 'generated.txt',
    title: 'Generated article',
    language: 'en',
    date: '2019',
    text: TEXT,
    length: TEXT.length,
    entities: [],
  };
  return { schemaVersion: 1, texts: 'inline', documents: [document], nodes, edges };
}
