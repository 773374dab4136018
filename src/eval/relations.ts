/**
 * Relations between organisations, scored as unordered pairs of gold entities: a pair is
 * right whatever the direction and type of the edges joining it; type and year are
 * scored apart. Edges to places and from people (located_in, active_in, works_for) join
 * no two organisations and so never count.
 */
import type { Gold } from './gold.js';
import type { GoldOrganisations } from './gold-index.js';
import { areaScore, formsOf, typeOf, ORGANISATION_TYPES, type AreaScore } from './counting.js';
import type { ScoredGraph, ScoredNode } from './counting.js';

export interface GoldPair {
  key: string;
  /** Gold relation types stated for the pair, in any document. */
  types: Set<string>;
  years: Set<number>;
  /** Optional only when every statement of the pair is optional. */
  optional: boolean;
  documents: Set<string>;
}

export interface PredictedPair {
  key: string;
  /** Types of the graph's edges between the pair. */
  types: Set<string>;
  years: Set<number>;
  /** "A -[type]- B" for each edge. */
  labels: string[];
}

export interface RelationScore {
  score: AreaScore;
  /**
   * Found pairs whose edges carry one of the gold types, over the required pairs found
   * (optional pairs found add to the numerator only, as in the reference scorer).
   */
  typeAccuracy: number;
  /** Found pairs with a gold year whose edges carry one of them; null with no gold years. */
  yearAccuracy: number | null;
  /** Required gold pairs with no edge, as "A <> B". */
  missed: string[];
  /** "A -[type]- B" for edges between no gold pair (or with an unknown endpoint). */
  falsePositives: string[];
  /** Forbidden pairs the graph links, as "A <> B". */
  forbidden: string[];
  goldPairs: Map<string, GoldPair>;
  predictedPairs: Map<string, PredictedPair>;
}

/** Both orders of a pair give one key. */
export const pairKey = (a: string, b: string) => [a, b].sort().join(' <> ');

export function goldPairs(gold: Gold, orgs: GoldOrganisations): Map<string, GoldPair> {
  const pairs = new Map<string, GoldPair>();
  for (const doc of gold)
    for (const relation of doc.relations) {
      const key = pairKey(orgs.canonOf(relation.a), orgs.canonOf(relation.b));
      const pair = pairs.get(key) ?? {
        key,
        types: new Set<string>(),
        years: new Set<number>(),
        optional: true,
        documents: new Set<string>(),
      };
      pair.types.add(relation.type);
      if (relation.year) pair.years.add(relation.year);
      pair.optional &&= relation.optional === true;
      pair.documents.add(doc.doc);
      pairs.set(key, pair);
    }
  return pairs;
}

const isOrganisation = (node: ScoredNode) => ORGANISATION_TYPES.has(typeOf(node));

/**
 * Groups the graph's edges between organisations by gold pair. An edge with an endpoint
 * that is no gold organisation is a false positive, unless that endpoint is optional.
 */
function predictedPairs(
  graph: ScoredGraph,
  orgs: GoldOrganisations,
  canonical: ReadonlyMap<string, string>,
): { pairs: Map<string, PredictedPair>; unknownEndpoint: string[] } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const pairs = new Map<string, PredictedPair>();
  const unknownEndpoint: string[] = [];
  for (const edge of graph.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target || !isOrganisation(source) || !isOrganisation(target)) continue;
    const a = canonical.get(source.id);
    const b = canonical.get(target.id);
    const label = `${source.label} -[${edge.type}]- ${target.label}`;
    if (!a || !b) {
      const optional = [source, target].some((n) => orgs.match(formsOf(n)).kind === 'optional');
      if (!optional) unknownEndpoint.push(label);
      continue;
    }
    if (a === b) continue;
    const key = pairKey(a, b);
    const pair = pairs.get(key) ?? { key, types: new Set(), years: new Set(), labels: [] };
    pair.types.add(edge.type);
    for (const year of edge.years ?? []) pair.years.add(Number(year));
    pair.labels.push(label);
    pairs.set(key, pair);
  }
  return { pairs, unknownEndpoint };
}

export function scoreRelations(
  graph: ScoredGraph,
  gold: Gold,
  orgs: GoldOrganisations,
  canonical: ReadonlyMap<string, string>,
): RelationScore {
  const expected = goldPairs(gold, orgs);
  const forbiddenPairs = new Set(
    gold.flatMap((doc) =>
      doc.forbidden_relations.map((r) => pairKey(orgs.canonOf(r.a), orgs.canonOf(r.b))),
    ),
  );
  const { pairs: predicted, unknownEndpoint } = predictedPairs(graph, orgs, canonical);
  const falsePositives = [...unknownEndpoint];
  const forbidden: string[] = [];
  let tp = 0;
  let falsePairs = 0;
  let typeRight = 0;
  let yearRight = 0;
  let yearChecked = 0;
  for (const [key, pair] of predicted) {
    const wanted = expected.get(key);
    if (!wanted) {
      falsePairs++;
      falsePositives.push(...pair.labels);
      if (forbiddenPairs.has(key)) forbidden.push(key);
      continue;
    }
    if (!wanted.optional) tp++;
    if ([...pair.types].some((t) => wanted.types.has(t))) typeRight++;
    if (wanted.years.size === 0) continue;
    yearChecked++;
    if ([...wanted.years].some((y) => pair.years.has(y))) yearRight++;
  }
  const missed = [...expected.values()]
    .filter((pair) => !pair.optional && !predicted.has(pair.key))
    .map((pair) => pair.key);
  return {
    score: areaScore(tp, unknownEndpoint.length + falsePairs, missed.length),
    typeAccuracy: predicted.size ? Number((typeRight / Math.max(1, tp)).toFixed(3)) : 0,
    yearAccuracy: yearChecked ? Number((yearRight / yearChecked).toFixed(3)) : null,
    missed,
    falsePositives,
    forbidden,
    goldPairs: expected,
    predictedPairs: predicted,
  };
}
