/**
 * How well a built graph matches a generated corpus's ground truth: precision and recall
 * of the relations between companies, and whether their years and places are right.
 *
 * A graph node stands for a company when its label or one of its aliases is that
 * company's name, legal name or acronym. A relation is the triple (type, source, target),
 * unordered for partnerships and joint ventures; the same triple stated in several
 * documents is one relation, as it is one edge in the graph.
 */
import { ORG_RELATION_TYPES, type Graph, type GraphEdge } from '../schema/graph.js';
import {
  BENCH_RELATION_TYPES,
  SYMMETRIC_TYPES,
  type BenchRelationType,
  type GroundTruth,
} from './generate.js';

export interface TypeScore {
  expected: number;
  predicted: number;
  correct: number;
}

export interface RelationScore {
  /** Distinct relations in the ground truth. */
  expected: number;
  /** Edges between organisations in the graph (every relation type). */
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  /** Of the stated relations that were found: the stated year is on the edge. */
  yearAccuracy: number;
  /** Of the stated relations with a place that were found: the place is on the edge. */
  placeAccuracy: number;
  /** Distractor pairs (no relation stated anywhere) that the graph links anyway. */
  linkedDistractors: number;
  distractors: number;
  /** Companies the corpus names that have no node. */
  missingCompanies: number;
  /** Companies split over more than one node. */
  splitCompanies: number;
  /** Company or organisation nodes that are none of the corpus's companies. */
  spuriousOrganisations: number;
  byType: Record<string, TypeScore>;
}

const ORG_TYPES: ReadonlySet<string> = new Set(ORG_RELATION_TYPES);

function key(type: string, source: string, target: string): string {
  const symmetric = SYMMETRIC_TYPES.has(type as BenchRelationType);
  const [a, b] = symmetric && target < source ? [target, source] : [source, target];
  return `${type}\u0000${a}\u0000${b}`;
}

/** Two companies in either order. */
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** Which company each organisation node stands for, and the nodes matching none. */
function matchCompanies(graph: Graph, truth: GroundTruth) {
  // Every way the corpus writes a company -> its name.
  const forms = new Map<string, string>();
  for (const c of truth.companies) {
    for (const f of [c.name, c.legalName, c.acronym]) if (f) forms.set(f.toLowerCase(), c.name);
  }
  const companyOf = new Map<string, string>();
  const nodesPerCompany = new Map<string, number>();
  let spuriousOrganisations = 0;
  for (const n of graph.nodes) {
    if (n.type !== 'company' && n.type !== 'organization') continue;
    const byLabel = forms.get(n.label.toLowerCase());
    const byAlias = n.aliases.map((alias) => forms.get(alias.toLowerCase())).find(Boolean);
    const name = byLabel ?? byAlias;
    if (!name) {
      spuriousOrganisations++;
      continue;
    }
    companyOf.set(n.id, name);
    nodesPerCompany.set(name, (nodesPerCompany.get(name) ?? 0) + 1);
  }
  return { companyOf, nodesPerCompany, spuriousOrganisations };
}

/** The graph's relations between organisations, matched against the stated ones. */
function matchRelations(
  graph: Graph,
  companyOf: ReadonlyMap<string, string>,
  expected: ReadonlyMap<string, BenchRelationType>,
) {
  const byType: Record<string, TypeScore> = {};
  const bucket = (t: string) => (byType[t] ??= { expected: 0, predicted: 0, correct: 0 });
  for (const t of BENCH_RELATION_TYPES) bucket(t);
  for (const t of expected.values()) bucket(t).expected++;

  const found = new Map<string, GraphEdge>();
  const predictedKeys = new Set<string>();
  let unmapped = 0;
  const linkedPairs = new Set<string>();
  for (const e of graph.edges) {
    if (!ORG_TYPES.has(e.type)) continue;
    const source = companyOf.get(e.source);
    const target = companyOf.get(e.target);
    if (!source || !target) {
      unmapped++;
      bucket(e.type).predicted++;
      continue;
    }
    linkedPairs.add(pairKey(source, target));
    const relation = key(e.type, source, target);
    if (predictedKeys.has(relation)) continue;
    predictedKeys.add(relation);
    bucket(e.type).predicted++;
    if (expected.has(relation)) {
      found.set(relation, e);
      bucket(e.type).correct++;
    }
  }
  return { byType, found, linkedPairs, predicted: predictedKeys.size + unmapped };
}

/** Of the stated relations found: how many have the stated year, and the stated place. */
function checkYearsAndPlaces(truth: GroundTruth, found: ReadonlyMap<string, GraphEdge>) {
  let yearsRight = 0;
  let yearsChecked = 0;
  let placesRight = 0;
  let placesChecked = 0;
  for (const r of truth.relations) {
    const e = found.get(key(r.type, r.source, r.target));
    if (!e) continue;
    yearsChecked++;
    if (e.years.includes(r.year)) yearsRight++;
    if (r.place) {
      placesChecked++;
      if (e.regions.includes(r.place.id)) placesRight++;
    }
  }
  return {
    yearAccuracy: ratio(yearsRight, yearsChecked),
    placeAccuracy: ratio(placesRight, placesChecked),
  };
}

/** Distractor pairs (no relation stated anywhere), and how many the graph links. */
function checkDistractors(truth: GroundTruth, linkedPairs: ReadonlySet<string>) {
  const relatedPairs = new Set(truth.relations.map((r) => pairKey(r.source, r.target)));
  const distractorPairs = new Set(
    truth.distractors.map((d) => pairKey(d.a, d.b)).filter((p) => !relatedPairs.has(p)),
  );
  let linkedDistractors = 0;
  for (const p of distractorPairs) if (linkedPairs.has(p)) linkedDistractors++;
  return { linkedDistractors, distractors: distractorPairs.size };
}

/** Companies named in a relation that have no node, or more than one. */
function checkCompanyNodes(truth: GroundTruth, nodesPerCompany: ReadonlyMap<string, number>) {
  const named = new Set(truth.relations.flatMap((r) => [r.source, r.target]));
  let missingCompanies = 0;
  let splitCompanies = 0;
  for (const c of named) {
    const nodes = nodesPerCompany.get(c) ?? 0;
    if (nodes === 0) missingCompanies++;
    if (nodes > 1) splitCompanies++;
  }
  return { missingCompanies, splitCompanies };
}

export function scoreGraph(graph: Graph, truth: GroundTruth): RelationScore {
  const { companyOf, nodesPerCompany, spuriousOrganisations } = matchCompanies(graph, truth);
  const expected = new Map<string, BenchRelationType>();
  for (const r of truth.relations) expected.set(key(r.type, r.source, r.target), r.type);
  const { byType, found, linkedPairs, predicted } = matchRelations(graph, companyOf, expected);
  const correct = found.size;
  const precision = ratio(correct, predicted);
  const recall = ratio(correct, expected.size);
  return {
    expected: expected.size,
    predicted,
    correct,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    ...checkYearsAndPlaces(truth, found),
    ...checkDistractors(truth, linkedPairs),
    ...checkCompanyNodes(truth, nodesPerCompany),
    spuriousOrganisations,
    byType,
  };
}
