/**
 * Organisation and person nodes: what every document says about an entity, merged.
 */
import type { GraphNode, Role } from '../../schema/graph.js';
import type { OrganisationLookup } from '../knowledge/known-organisations.js';
import type { DatedDocument } from '../types.js';
import { ACRONYM_NODE, NAMED_NODE, STRONG_NODE, nodeConfidence } from './confidence.js';
import type { NodeId } from './ids.js';
import { compareText, mostFrequent, sortedUnique } from './order.js';

/** Everything known about one node's entity, gathered over the corpus. */
export interface EntityFacts {
  type: GraphNode['type'];
  /** Display names, from which the label is chosen. */
  names: string[];
  /** Every surface form, for aliases. */
  surfaces: Set<string>;
  acronyms: string[];
  orgTypes: string[];
  mentions: number;
  strong: boolean;
  documents: Set<string>;
  roles: Map<string, Role>;
}

function emptyFacts(type: GraphNode['type']): EntityFacts {
  return {
    type,
    names: [],
    surfaces: new Set(),
    acronyms: [],
    orgTypes: [],
    mentions: 0,
    strong: false,
    documents: new Set(),
    roles: new Map(),
  };
}

/** Facts by node id, for every mention (places included) and every person's roles. */
export function collectEntities(
  docs: readonly DatedDocument[],
  nodeId: NodeId,
): Map<string, EntityFacts> {
  const entities = new Map<string, EntityFacts>();
  for (const doc of docs) {
    for (const mention of doc.mentions) {
      const id = nodeId(mention.key);
      if (!id) continue;
      const type =
        mention.kind === 'place' ? 'region' : mention.kind === 'person' ? 'person' : 'company';
      let facts = entities.get(id);
      if (!facts) entities.set(id, (facts = emptyFacts(type)));
      facts.mentions++;
      facts.documents.add(doc.id);
      facts.surfaces.add(mention.text);
      if (mention.kind === 'org') {
        (mention.acronym ? facts.acronyms : facts.names).push(mention.name);
        if (mention.orgType) facts.orgTypes.push(mention.orgType);
        if (mention.strength === 'strong') facts.strong = true;
      } else {
        facts.names.push(mention.kind === 'place' ? mention.text : mention.name);
        facts.strong = true;
      }
    }
    for (const role of doc.roles) {
      const person = entities.get(role.person);
      const organization = nodeId(role.organization);
      if (person && organization)
        person.roles.set(`${organization}|${role.title}`, { organization, title: role.title });
    }
  }
  return entities;
}

/** What entity nodes need from the rest of the graph. */
export interface EntityContext {
  /** Node ids at either end of an edge. */
  linked: ReadonlySet<string>;
  /** Years of the edges at each node. */
  edgeYears: ReadonlyMap<string, number[]>;
  /** Publication year of each document, if known. */
  docYears: ReadonlyMap<string, number | null>;
  /** Known organisations: their Wikidata item and description go on the nodes they label. */
  organisations?: OrganisationLookup | undefined;
}

/** Organisation and person nodes; a name found by weak evidence only needs an edge. */
export function entityNodes(
  entities: ReadonlyMap<string, EntityFacts>,
  context: EntityContext,
): GraphNode[] {
  const nodes: GraphNode[] = [];
  for (const [id, facts] of entities) {
    if (facts.type === 'region') continue;
    // A name found only by weak evidence and never linked to anything is too doubtful to show.
    if (facts.type === 'company' && !facts.strong && !context.linked.has(id)) continue;
    nodes.push(entityNode(id, facts, context));
  }
  return nodes;
}

function entityNode(id: string, facts: EntityFacts, context: EntityContext): GraphNode {
  const label = mostFrequent(facts.names) ?? mostFrequent(facts.acronyms) ?? id;
  const aliases = sortedUnique(
    [...facts.names, ...facts.acronyms, ...facts.surfaces].filter((n) => n !== label),
  );
  const edgeYears = context.edgeYears.get(id) ?? [];
  const years = edgeYears.length
    ? edgeYears
    : [...facts.documents]
        .map((d) => context.docYears.get(d))
        .filter((y): y is number => typeof y === 'number');
  const base = facts.strong ? STRONG_NODE : facts.names.length ? NAMED_NODE : ACRONYM_NODE;
  const node: GraphNode = {
    id,
    type: nodeType(facts),
    label,
    aliases,
    mentions: facts.mentions,
    years: sortedUnique(years),
    documents: sortedUnique(facts.documents),
    x: 0,
    y: 0,
    confidence: nodeConfidence(base, facts.documents.size),
  };
  if (facts.type === 'company' && context.organisations)
    describeKnown(node, facts.surfaces, context.organisations);
  if (facts.type === 'person')
    node.roles = [...facts.roles.values()].sort(
      (a, b) => compareText(a.organization, b.organization) || compareText(a.title, b.title),
    );
  return node;
}

/**
 * The Wikidata item and description of the known organisation a node's label names. A
 * label that is also a word ("Orange") counts only where the text writes it with a legal
 * form or designator after it ("Orange S.A."): the resolve stage merges only those, so a
 * longer name of the same node is one.
 */
function describeKnown(
  node: GraphNode,
  surfaces: ReadonlySet<string>,
  organisations: OrganisationLookup,
): void {
  const known = organisations(node.label);
  if (!known) return;
  const prefix = `${known.label.toLowerCase()} `;
  const marked = [node.label, ...surfaces].some((name) => name.toLowerCase().startsWith(prefix));
  if (known.ambiguous && !marked) return;
  node.wikidata = known.wikidata;
  node.description = known.description;
}

/** A company, unless most mentions call it an organisation; persons stay persons. */
function nodeType(facts: EntityFacts): GraphNode['type'] {
  if (facts.type !== 'company') return facts.type;
  return mostFrequent(facts.orgTypes) === 'organization' ? 'organization' : 'company';
}
