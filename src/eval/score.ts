/**
 * Scores a graph against a gold annotation: precision, recall and F1 of organisations,
 * people, places and relations, and why each node counted as it did. The counting rules
 * are those of the shared evaluation (see docs/quality.md, "How it counts"); its
 * reference scorer gives the same figures on the same graph.
 */
import type { Gold, GoldPlace } from './gold.js';
import type { NameNormaliser } from './names.js';
import { goldOrganisations, type GoldOrganisations } from './gold-index.js';
import { scoreRelations, type RelationScore } from './relations.js';
import {
  areaScore,
  formsOf,
  isMentioned,
  ORGANISATION_TYPES,
  PLACE_TYPES,
  typeOf,
  type AreaScore,
  type ScoredGraph,
  type ScoredNode,
} from './counting.js';

export type { AreaScore, ScoredEdge, ScoredGraph, ScoredNode } from './counting.js';

export type Area = 'organisation' | 'person' | 'place';

/** How one node counted. */
export interface NodeVerdict {
  node: string;
  label: string;
  area: Area;
  /**
   * matched: the first node of a gold entity; second node: another node for the same gold
   * entity (a false positive); optional: not counted; noise: a name the gold marks as web
   * noise (a false positive); false: in no list of the gold (a false positive).
   */
  outcome: 'matched' | 'second node' | 'optional' | 'noise' | 'false';
  /** The gold entity or entities it matched. */
  gold?: string | undefined;
}

export interface OrganisationScore {
  score: AreaScore;
  /** Gold organisations with no node, by their first name. */
  missed: string[];
  /** Node labels in no list of the gold. */
  falsePositives: string[];
  /** Node labels the gold marks as noise (bylines, menus, the publisher). */
  noise: string[];
  /** Labels of second nodes for a gold organisation that already had one. */
  secondNodes: string[];
  /** Node id -> the gold organisation it stands for. */
  canonical: Map<string, string>;
}

function scoreOrganisations(
  graph: ScoredGraph,
  orgs: GoldOrganisations,
  verdicts: NodeVerdict[],
): OrganisationScore {
  const canonical = new Map<string, string>();
  const seen = new Set<string>();
  const result = { falsePositives: [], noise: [], secondNodes: [] } as Pick<
    OrganisationScore,
    'falsePositives' | 'noise' | 'secondNodes'
  >;
  let tp = 0;
  for (const node of graph.nodes) {
    if (!ORGANISATION_TYPES.has(typeOf(node)) || !isMentioned(node)) continue;
    const match = orgs.match(formsOf(node));
    const verdict = (outcome: NodeVerdict['outcome'], gold?: string) =>
      verdicts.push({ node: node.id, label: node.label, area: 'organisation', outcome, gold });
    if (match.kind === 'gold') {
      canonical.set(node.id, match.canon);
      if (seen.has(match.canon)) {
        result.secondNodes.push(node.label);
        verdict('second node', match.canon);
      } else {
        seen.add(match.canon);
        tp++;
        verdict('matched', match.canon);
      }
    } else if (match.kind === 'optional') verdict('optional');
    else {
      (match.kind === 'noise' ? result.noise : result.falsePositives).push(node.label);
      verdict(match.kind === 'noise' ? 'noise' : 'false');
    }
  }
  const missed = [...orgs.entities.keys()].filter((canon) => !seen.has(canon));
  const fp = result.falsePositives.length + result.noise.length + result.secondNodes.length;
  return { score: areaScore(tp, fp, missed.length), missed, ...result, canonical };
}

export interface ListScore {
  score: AreaScore;
  /** Gold entities with no node, by name. */
  missed: string[];
  /** The same, by the key the scorer compares (see personKey, placeKey). */
  missedKeys: string[];
  falsePositives: string[];
}

function scorePeople(
  graph: ScoredGraph,
  gold: Gold,
  names: NameNormaliser,
  verdicts: NodeVerdict[],
): ListScore {
  const goldPeople = new Map<string, string>();
  for (const doc of gold) for (const p of doc.people) goldPeople.set(names.person(p.name), p.name);
  const seen = new Set<string>();
  const falsePositives: string[] = [];
  for (const node of graph.nodes) {
    if (typeOf(node) !== 'person' || !isMentioned(node)) continue;
    const key = formsOf(node)
      .map((f) => names.person(f))
      .find((f) => goldPeople.has(f));
    const verdict = { node: node.id, label: node.label, area: 'person' as const };
    // An empty key (a name of punctuation only) matches nobody.
    if (key && !seen.has(key)) {
      seen.add(key);
      verdicts.push({ ...verdict, outcome: 'matched', gold: goldPeople.get(key) });
    } else {
      falsePositives.push(node.label);
      const gold = key ? goldPeople.get(key) : undefined;
      verdicts.push({ ...verdict, outcome: key ? 'second node' : 'false', gold });
    }
  }
  const missedKeys = [...goldPeople.keys()].filter((key) => !seen.has(key));
  const missed = missedKeys.map((key) => goldPeople.get(key) ?? key);
  const score = areaScore(seen.size, falsePositives.length, missed.length);
  return { score, missed, missedKeys, falsePositives };
}

interface GoldPlaces {
  /** Place key ("cc:FR" for a country, "nm:<name>" otherwise) -> optional everywhere. */
  optional: Map<string, boolean>;
  /** Normalised name or surface form -> place keys. */
  byForm: Map<string, Set<string>>;
  /** Place key -> the name to show. */
  display: Map<string, string>;
}

/** A gold place's key: "cc:FR" for a country with its code, "nm:<normalised name>" otherwise. */
export function placeKey(place: GoldPlace, names: NameNormaliser): string {
  return place.kind === 'country' && place.country
    ? `cc:${place.country.toUpperCase()}`
    : `nm:${names.name(place.name)}`;
}

function goldPlaces(gold: Gold, names: NameNormaliser): GoldPlaces {
  const places: GoldPlaces = { optional: new Map(), byForm: new Map(), display: new Map() };
  for (const doc of gold)
    for (const place of doc.places) {
      const key = placeKey(place, names);
      const optional = place.optional === true;
      places.optional.set(key, (places.optional.get(key) ?? optional) && optional);
      if (!places.display.has(key)) places.display.set(key, place.name);
      for (const form of [place.name, place.surface]) {
        if (!form) continue;
        const normalised = names.name(form);
        const keys = places.byForm.get(normalised) ?? new Set<string>();
        places.byForm.set(normalised, keys.add(key));
      }
    }
  return places;
}

/** The gold places a place node stands for: its country code, then its names. */
function placeKeys(node: ScoredNode, places: GoldPlaces, names: NameNormaliser): string[] {
  const keys = new Set<string>();
  if (node.level?.toLowerCase() === 'country' && node.country)
    keys.add(`cc:${node.country.toUpperCase()}`);
  for (const form of formsOf(node))
    for (const key of places.byForm.get(names.name(form)) ?? []) keys.add(key);
  return [...keys].filter((key) => places.optional.has(key));
}

function scorePlaces(
  graph: ScoredGraph,
  gold: Gold,
  names: NameNormaliser,
  verdicts: NodeVerdict[],
): ListScore {
  const places = goldPlaces(gold, names);
  const seen = new Set<string>();
  const falsePositives: string[] = [];
  let tp = 0;
  for (const node of graph.nodes) {
    if (!PLACE_TYPES.has(typeOf(node)) || !isMentioned(node)) continue;
    const hits = placeKeys(node, places, names);
    const verdict = { node: node.id, label: node.label, area: 'place' as const };
    if (hits.length === 0) {
      falsePositives.push(node.label);
      verdicts.push({ ...verdict, outcome: 'false' });
      continue;
    }
    const fresh = hits.filter((key) => !seen.has(key));
    for (const key of fresh) seen.add(key);
    const counted = fresh.filter((key) => !places.optional.get(key)).length;
    tp += counted;
    const required = hits.some((key) => !places.optional.get(key));
    const outcome = !required ? 'optional' : counted ? 'matched' : 'second node';
    const gold = hits.map((key) => places.display.get(key)).join(', ');
    verdicts.push({ ...verdict, outcome, gold });
  }
  const missedKeys = [...places.optional]
    .filter(([key, optional]) => !optional && !seen.has(key))
    .map(([key]) => key);
  const missed = missedKeys.map((key) => describePlace(key, places));
  return {
    score: areaScore(tp, falsePositives.length, missed.length),
    missed,
    missedKeys,
    falsePositives,
  };
}

const describePlace = (key: string, places: GoldPlaces) =>
  key.startsWith('cc:')
    ? `${places.display.get(key)} (${key.slice(3)})`
    : (places.display.get(key) ?? key.slice(3));

export interface QualityScore {
  organisations: OrganisationScore;
  people: ListScore;
  places: ListScore;
  relations: RelationScore;
  /** One per scored node, in graph order. */
  verdicts: NodeVerdict[];
  gold: { organisations: GoldOrganisations };
}

/** Scores every area of a graph against the gold. */
export function scoreQuality(graph: ScoredGraph, gold: Gold, names: NameNormaliser): QualityScore {
  const verdicts: NodeVerdict[] = [];
  const orgs = goldOrganisations(gold, names);
  const organisations = scoreOrganisations(graph, orgs, verdicts);
  const people = scorePeople(graph, gold, names, verdicts);
  const places = scorePlaces(graph, gold, names, verdicts);
  const relations = scoreRelations(graph, gold, orgs, organisations.canonical);
  return { organisations, people, places, relations, verdicts, gold: { organisations: orgs } };
}

/** The scorer's last line, the same as the shared reference scorer's. */
export function summaryLine(score: QualityScore): string {
  const { organisations, relations, places, people } = score;
  return `orgF1=${organisations.score.f1} relF1=${relations.score.f1} placeF1=${places.score.f1} peopleF1=${people.score.f1} yearAcc=${relations.yearAccuracy} forbidden=${relations.forbidden.length}`;
}
