/**
 * The scorer against the shared evaluation's reference scorer (score.mjs), run as a child
 * process on small made-up graphs and gold annotations: every figure and list must agree.
 * The reference lives outside the repository (../shared/eval/score.mjs beside the checkout,
 * or the file EVAL_REFERENCE_SCORER names); without it these tests are skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GoldInput } from './gold.js';
import type { ScoredEdge, ScoredGraph, ScoredNode } from './counting.js';
import { scoreQuality, summaryLine } from './score.js';
import { gold as parse, names } from './__fixtures__/build.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const reference =
  process.env.EVAL_REFERENCE_SCORER ?? path.resolve(root, '../shared/eval/score.mjs');
const haveReference = existsSync(reference);
if (!haveReference)
  console.warn(
    `agreement with the reference scorer not checked: ${reference} does not exist (set EVAL_REFERENCE_SCORER to its path)`,
  );

const work = mkdtempSync(path.join(tmpdir(), 'eval-agreement-'));

interface ReferenceArea {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

interface ReferenceOutput {
  org: ReferenceArea;
  people: ReferenceArea;
  place: ReferenceArea;
  rel: ReferenceArea;
  missedOrgs: string[];
  fpOrgs: string[];
  duplicateOrgNodes: string[];
  noiseHits: string[];
  missedPeople: string[];
  fpPeople: string[];
  missedPlaces: string[];
  fpPlaces: string[];
  missedRels: string[];
  fpRels: string[];
  forbiddenHits: number;
  relTypeAccuracy: number;
  relYearAccuracy: number | null;
}

/**
 * Runs the reference scorer on every case in one child process: score.mjs scores the file
 * names in process.argv when it is imported, so the driver sets argv and imports it afresh
 * (a new query string each time) for each case, once for the text and once with --json.
 */
const DRIVER = `
import { pathToFileURL } from 'node:url';
const [reference, ...files] = process.argv.slice(1);
const outputs = [];
let run = 0;
for (let i = 0; i < files.length; i += 2) {
  const pair = [];
  for (const flag of [[], ['--json']]) {
    process.argv = [process.argv[0], reference, files[i], files[i + 1], ...flag];
    const lines = [];
    const log = console.log;
    console.log = (...parts) => lines.push(parts.join(' '));
    try {
      await import(pathToFileURL(reference).href + '?run=' + ++run);
    } finally {
      console.log = log;
    }
    pair.push(lines.join('\\n'));
  }
  outputs.push(pair);
}
process.stdout.write(JSON.stringify(outputs));
`;

interface Case {
  graph: ScoredGraph;
  gold: GoldInput;
}

function runReference(cases: readonly Case[]): { json: ReferenceOutput; line: string }[] {
  const files = cases.flatMap((c, i) => {
    const graphFile = path.join(work, `graph-${i}.json`);
    const goldFile = path.join(work, `gold-${i}.json`);
    writeFileSync(graphFile, JSON.stringify(c.graph));
    writeFileSync(goldFile, JSON.stringify(c.gold));
    return [graphFile, goldFile];
  });
  const args = ['--input-type=module', '-e', DRIVER, reference, ...files];
  const outputs = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as [
    string,
    string,
  ][];
  return outputs.map(([text, json]) => {
    const lines = text.trim().split('\n');
    return { json: JSON.parse(json) as ReferenceOutput, line: lines[lines.length - 1] ?? '' };
  });
}

const area = (a: {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}) => ({
  tp: a.tp,
  fp: a.fp,
  fn: a.fn,
  p: a.precision,
  r: a.recall,
  f1: a.f1,
});
const sorted = (items: readonly string[]) => [...items].sort();

function expectAgreement(
  { graph, gold: goldInput }: Case,
  { json, line }: { json: ReferenceOutput; line: string },
): void {
  const ours = scoreQuality(graph, parse(...goldInput), names);
  expect(summaryLine(ours)).toBe(line);
  expect(area(ours.organisations.score)).toEqual(json.org);
  expect(area(ours.people.score)).toEqual(json.people);
  expect(area(ours.places.score)).toEqual(json.place);
  expect(area(ours.relations.score)).toEqual(json.rel);
  expect(ours.relations.typeAccuracy).toBe(json.relTypeAccuracy);
  expect(ours.relations.yearAccuracy).toBe(json.relYearAccuracy);
  expect(ours.relations.forbidden.length).toBe(json.forbiddenHits);
  expect(ours.organisations.missed).toEqual(json.missedOrgs);
  expect(sorted([...ours.organisations.falsePositives, ...ours.organisations.noise])).toEqual(
    sorted(json.fpOrgs),
  );
  expect(ours.organisations.noise).toEqual(json.noiseHits);
  expect(ours.organisations.secondNodes).toEqual(json.duplicateOrgNodes);
  expect(ours.people.missed).toEqual(json.missedPeople);
  expect(ours.people.falsePositives).toEqual(json.fpPeople);
  expect(ours.places.missedKeys).toEqual(json.missedPlaces);
  expect(ours.places.falsePositives).toEqual(json.fpPlaces);
  expect(ours.relations.missed).toEqual(json.missedRels);
  expect(ours.relations.falsePositives.slice(0, 40)).toEqual(json.fpRels);
}

// ---- made-up vocabulary: each name is written in several ways, as pages and annotators do

const ORG_FORMS = [
  ['Acme Robotics', 'ACME Robotics Ltd', "Acme Robotics's", 'The Acme Robotics Group'],
  ['Globex', 'Globex Corp.', 'Groupe Globex', 'GLOBEX SA'],
  ['Initech', 'Initech Holdings', 'Initech GmbH'],
  ['Umbrella Énergie', 'Umbrella Energie', 'Umbrella Énergie S.A.'],
  ['Hooli', 'Hooli Inc', 'hooli'],
  ['Vandelay Industries', 'Vandelay'],
  ['Soylent', 'Soylent Company'],
  ['Banco de Oro Falso', 'Banco Oro Falso'],
];
const PEOPLE_FORMS = [
  ['Jane Roe', 'Dr. Jane Roe', 'Roe Jane'],
  ['Jean Dupont', 'M. Jean Dupont', 'Dupont Jean'],
  ['Ana Gómez', 'Sra. Ana Gomez'],
];
const PLACES = [
  { name: 'France', kind: 'country', country: 'FR' },
  { name: 'Germany', kind: 'country', country: 'DE', surface: 'Allemagne' },
  { name: 'Munich', kind: 'city', country: 'DE', surface: 'München' },
  { name: 'Lyon', kind: 'city', country: 'FR' },
  { name: 'Sahel', kind: 'region', country: '' },
] as const;
const RELATION_TYPES = [
  'partnership',
  'supply',
  'customer',
  'subsidiary',
  'joint_venture',
  'investment',
  'acquisition',
] as const;
const EDGE_TYPES = [...RELATION_TYPES, 'located_in', 'active_in'] as const;

const formOf = (group: readonly string[][]) =>
  fc.nat(group.length - 1).chain((i) => fc.constantFrom(...(group[i] ?? [''])));

const goldDocument = (doc: string) =>
  fc
    .record({
      language: fc.constantFrom('en', 'fr', 'de'),
      orgs: fc.array(fc.record({ name: formOf(ORG_FORMS), alias: fc.option(formOf(ORG_FORMS)) }), {
        minLength: 1,
        maxLength: 4,
      }),
      optional: fc.array(formOf(ORG_FORMS), { maxLength: 1 }),
      noise: fc.array(formOf(ORG_FORMS), { maxLength: 1 }),
      people: fc.array(formOf(PEOPLE_FORMS), { maxLength: 2 }),
      places: fc.array(fc.record({ at: fc.nat(PLACES.length - 1), optional: fc.boolean() }), {
        maxLength: 3,
      }),
      relations: fc.array(
        fc.record({
          a: fc.nat(9),
          b: fc.nat(9),
          type: fc.constantFrom(...RELATION_TYPES),
          year: fc.option(fc.constantFrom(2020, 2021)),
          optional: fc.boolean(),
        }),
        { maxLength: 4 },
      ),
      forbidden: fc.array(fc.record({ a: fc.nat(9), b: fc.nat(9) }), { maxLength: 2 }),
    })
    .map((d) => {
      const names = [
        ...d.orgs.flatMap((o) => (o.alias ? [o.name, o.alias] : [o.name])),
        ...d.optional,
      ];
      const pick = (i: number) => names[i % names.length] ?? '';
      return {
        doc,
        language: d.language,
        organizations: d.orgs.map((o) => ({ name: o.name, aliases: o.alias ? [o.alias] : [] })),
        optional_organizations: d.optional,
        noise_organizations: d.noise,
        people: d.people.map((name) => ({ name })),
        places: d.places.map((p) => ({ ...(PLACES[p.at] ?? PLACES[0]), optional: p.optional })),
        relations: d.relations.map((r) => ({
          a: pick(r.a),
          b: pick(r.b),
          type: r.type,
          year: r.year,
          optional: r.optional,
        })),
        forbidden_relations: d.forbidden.map((r) => ({ a: pick(r.a), b: pick(r.b) })),
      };
    });

const goldAnnotation = fc
  .integer({ min: 1, max: 3 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => goldDocument(`d${i + 1}.txt`))));

const graphNode = fc.oneof(
  fc.record({
    type: fc.constantFrom('company', 'organization'),
    label: formOf(ORG_FORMS),
    alias: fc.option(formOf(ORG_FORMS)),
    mentions: fc.constantFrom(0, 1, 3),
  }),
  fc.record({
    type: fc.constant('person'),
    label: formOf(PEOPLE_FORMS),
    alias: fc.constant(null),
    mentions: fc.constantFrom(0, 1),
  }),
  fc.record({
    type: fc.constant('region'),
    label: fc.constantFrom('France', 'Allemagne', 'München', 'Lyon', 'Atlantis'),
    alias: fc.constant(null),
    mentions: fc.constantFrom(0, 1),
  }),
  fc.record({
    type: fc.constant('company'),
    label: fc.constantFrom('Tuesday', 'Widget Weekly', '—'),
    alias: fc.constant(null),
    mentions: fc.constant(1),
  }),
);

const COUNTRY_OF: Record<string, string> = { France: 'FR', Allemagne: 'DE' };

type GeneratedNode = { type: string; label: string; alias: string | null; mentions: number };

/** A node for a name the gold uses, written in another of that name's forms now and then. */
const nodeFor = (name: string) =>
  fc.record({
    type: fc.constantFrom('company', 'organization'),
    label: fc.constantFrom(name, ...(ORG_FORMS.find((forms) => forms.includes(name)) ?? [])),
    alias: fc.constant(null),
    mentions: fc.constantFrom(1, 1, 1, 0),
  });

const edgeRecord = (max: number) =>
  fc.record({
    s: fc.nat(max),
    t: fc.nat(max),
    type: fc.constantFrom(...EDGE_TYPES),
    year: fc.option(fc.constantFrom(2020, 2021, 2022)),
  });

/**
 * A graph that overlaps the gold as extractors do: it starts with a node for each end of
 * each gold relation and forbidden pair (so consecutive pairs of nodes are gold pairs, and
 * most edges below join them), then random nodes.
 */
const scoredGraphFor = (gold: GoldInput) => {
  const ends = gold.flatMap((d) =>
    [...(d.relations ?? []), ...(d.forbidden_relations ?? [])].flatMap((r) => [r.a, r.b]),
  );
  return fc
    .record({
      ends: ends.length ? fc.tuple(...ends.map(nodeFor)) : fc.constant([] as GeneratedNode[]),
      others: fc.array(graphNode, { maxLength: 8 }),
      pairEdges: fc.array(fc.record({ pair: fc.nat(20), type: fc.constantFrom(...EDGE_TYPES) }), {
        maxLength: 6,
      }),
      edges: fc.array(edgeRecord(30), { maxLength: 5 }),
    })
    .map(({ ends: endNodes, others, pairEdges, edges }): ScoredGraph => {
      const nodes: GeneratedNode[] = [...endNodes, ...others];
      if (nodes.length === 0) return { nodes: [], edges: [] };
      const pairs = Math.max(1, Math.floor(endNodes.length / 2));
      const joined = pairEdges.map((e) => ({
        s: (e.pair % pairs) * 2,
        t: (e.pair % pairs) * 2 + 1,
        type: e.type,
        year: e.pair % 3 === 0 ? null : 2020 + (e.pair % 2),
      }));
      return {
        nodes: nodes.map(scoredNode),
        edges: [...joined, ...edges].map((e) => scoredEdge(e, nodes.length)),
      };
    });
};

const scoredNode = (n: GeneratedNode, i: number): ScoredNode => ({
  id: `n${i}`,
  type: n.type,
  label: n.label,
  aliases: n.alias ? [n.alias] : [],
  mentions: n.mentions,
  ...(n.type === 'region' && COUNTRY_OF[n.label]
    ? { level: 'country', country: COUNTRY_OF[n.label] }
    : {}),
});

const scoredEdge = (
  e: { s: number; t: number; type: string; year: number | null },
  nodes: number,
): ScoredEdge => ({
  source: `n${e.s % nodes}`,
  target: `n${e.t % nodes}`,
  type: e.type,
  years: e.year === null ? [] : [e.year],
});

/** One case touching every rule: merges, legal words, duplicates, optional and noise names. */
const handMadeGold: GoldInput = [
  {
    doc: 'a.txt',
    language: 'en',
    organizations: [
      { name: 'Acme Robotics', aliases: ['Acme'] },
      { name: 'Globex' },
      { name: 'Initech' },
    ],
    optional_organizations: ['Hooli'],
    noise_organizations: ['Widget Weekly'],
    people: [{ name: 'Jane Roe' }],
    places: [
      { name: 'France', kind: 'country', country: 'FR' },
      { name: 'Lyon', kind: 'city', optional: true },
    ],
    relations: [
      { a: 'Acme', b: 'Globex', type: 'supply', year: 2021 },
      { a: 'Globex', b: 'Hooli', type: 'partnership', optional: true },
    ],
    forbidden_relations: [{ a: 'Globex', b: 'Initech' }],
  },
  {
    doc: 'b.txt',
    language: 'fr',
    organizations: [{ name: 'ACME', aliases: ['Acme Bots'] }, { name: 'Umbrella Énergie' }],
    relations: [{ a: 'Acme Bots', b: 'Umbrella Énergie', type: 'acquisition', year: null }],
  },
];
const node = (
  id: string,
  type: string,
  label: string,
  extra: Partial<ScoredNode> = {},
): ScoredNode => ({ id, type, label, aliases: [], mentions: 1, ...extra });
const handMadeGraph: ScoredGraph = {
  nodes: [
    node('a', 'company', 'Acme Robotics Ltd'),
    node('a2', 'company', 'Acme Bots'),
    node('g', 'organization', 'Globex SA'),
    node('i', 'company', 'Initech', { mentions: 0 }),
    node('u', 'company', 'Umbrella Energie'),
    node('h', 'company', 'Hooli'),
    node('w', 'company', 'Widget Weekly'),
    node('p', 'person', 'Dr Roe Jane'),
    node('fr', 'region', 'France', { level: 'country', country: 'FR' }),
    node('ly', 'region', 'Lyon', { level: 'city' }),
  ],
  edges: [
    { source: 'g', target: 'a', type: 'customer', years: [2021] },
    { source: 'g', target: 'h', type: 'partnership', years: [] },
    { source: 'g', target: 'i', type: 'partnership', years: [] },
    { source: 'a2', target: 'u', type: 'acquisition', years: [2019] },
    { source: 'w', target: 'a', type: 'supply', years: [] },
    { source: 'a', target: 'fr', type: 'located_in', years: [] },
  ],
};

const CASES: Case[] = [
  { graph: handMadeGraph, gold: handMadeGold },
  ...fc.sample(
    goldAnnotation.chain((gold) => scoredGraphFor(gold).map((graph) => ({ graph, gold }))),
    { seed: 20240601, numRuns: 60 },
  ),
];

describe.skipIf(!haveReference)('agreement with the reference scorer', () => {
  let reference: ReturnType<typeof runReference> = [];
  beforeAll(() => {
    reference = runReference(CASES);
  });

  it('on a hand-made case touching every rule', () => {
    expectAgreement(CASES[0]!, reference[0]!);
  });

  it('on 60 generated graphs and annotations (fixed seed)', () => {
    expect(reference).toHaveLength(CASES.length);
    CASES.forEach((c, i) => {
      if (i > 0) expectAgreement(c, reference[i]!);
    });
  });
});
