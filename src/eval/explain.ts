/**
 * `npm run eval -- --explain <name>`: what became of one name. For every node whose label
 * or alias is that name (compared as the scorer compares names), its type, documents,
 * mentions and how the gold judged it; for every gold entity of that name that no node
 * stands for, that it was missed. Given a rule trace from the extractor, it also says
 * which rule made or dropped the name in each document.
 */
import type { ScoredGraph, ScoredNode } from './counting.js';
import { formsOf } from './counting.js';
import type { Gold } from './gold.js';
import type { NameNormaliser } from './names.js';
import { placeKey, type NodeVerdict, type QualityScore } from './score.js';

/** One decision of the extractor about a name in a document, and the rule that took it. */
export interface RuleDecision {
  documentId: string;
  /** The text as the document writes it. */
  surface: string;
  /** What became of it: "made org", "dropped", "related (supply) to Acme"… */
  decision: string;
  /** The name of the rule in the extractor's rule lists. */
  ruleName: string;
}

export interface ExplainInput {
  graph: ScoredGraph;
  gold: Gold;
  score: QualityScore;
  names: NameNormaliser;
  /** Graph document id -> gold document name, to show documents as the gold names them. */
  documentNames?: ReadonlyMap<string, string>;
}

/** Compares names as the scorer does: as organisation or place names, or as people's names. */
function nameMatcher(name: string, names: NameNormaliser): (form: string) => boolean {
  const key = names.name(name);
  const personKey = names.person(name);
  return (form) => (key !== '' && names.name(form) === key) || names.person(form) === personKey;
}

const VERDICT_TEXT: Record<NodeVerdict['outcome'], (gold?: string) => string> = {
  matched: (gold) => `matched the gold's "${gold}"`,
  'second node': (gold) => `false positive: a second node for the gold's "${gold}"`,
  optional: () => 'optional in the gold: not counted',
  noise: () => 'false positive: the gold marks this name as web noise',
  false: () => 'false positive: in no list of the gold',
};

function describeNode(node: ScoredNode, verdict: NodeVerdict | undefined, input: ExplainInput) {
  const where = node.level ? `, ${node.level}${node.country ? ` ${node.country}` : ''}` : '';
  const documents = (node.documents ?? []).map((d) => input.documentNames?.get(d) ?? d);
  const aliases = node.aliases?.length ? `; aliases: ${node.aliases.join(', ')}` : '';
  const judged = verdict
    ? VERDICT_TEXT[verdict.outcome](verdict.gold)
    : 'not scored (a node without mentions, or of a type the gold does not list)';
  return [
    `node "${node.label}" (${node.type}${where}; id ${node.id}${aliases})`,
    `  documents: ${documents.join(', ') || 'none'}; mentions: ${node.mentions ?? 'unknown'}`,
    `  gold: ${judged}`,
  ];
}

/** Gold organisations of this name: the nodes that stand for each, or that it was missed. */
function organisationLines(matches: (form: string) => boolean, input: ExplainInput): string[] {
  const orgs = input.score.gold.organisations;
  const lines: string[] = [];
  for (const [canon, forms] of orgs.entities) {
    if (![canon, ...forms].some(matches)) continue;
    const documents = [...(orgs.documents.get(canon) ?? [])].join(', ');
    const nodes = input.score.verdicts
      .filter((v) => v.area === 'organisation' && v.gold === canon)
      .map((v) => `"${v.label}" (${v.outcome})`);
    lines.push(
      nodes.length
        ? `gold organisation "${canon}" (${documents}): nodes ${nodes.join(', ')}`
        : `missed: the gold organisation "${canon}" (${documents}) has no node`,
    );
  }
  return lines;
}

/** Gold people and places of this name that no node stands for. */
function missedLines(matches: (form: string) => boolean, input: ExplainInput): string[] {
  const { gold, score, names } = input;
  const lines: string[] = [];
  const missedPeople = new Set(score.people.missedKeys);
  const missedPlaces = new Set(score.places.missedKeys);
  for (const doc of gold) {
    for (const person of doc.people)
      if (matches(person.name) && missedPeople.has(names.person(person.name)))
        lines.push(`missed: the gold person "${person.name}" (${doc.doc}) has no node`);
    for (const place of doc.places)
      if (
        [place.name, place.surface ?? ''].some(matches) &&
        missedPlaces.has(placeKey(place, names))
      )
        lines.push(`missed: the gold place "${place.name}" (${doc.doc}) has no node`);
  }
  return [...new Set(lines)];
}

/**
 * Which rule made or dropped the name in each document, from the extractor's trace. Says
 * so plainly when there is no trace, or when the trace holds nothing about the name.
 */
export function explainRules(
  trace: readonly RuleDecision[] | undefined,
  matches: (surface: string) => boolean,
  documentNames?: ReadonlyMap<string, string>,
): string[] {
  if (trace === undefined)
    return [
      'rules: no rule trace is available, so which rule made or dropped this name cannot be shown',
    ];
  const decisions = trace.filter((d) => matches(d.surface));
  if (decisions.length === 0) return ['rules: the rule trace holds no decision about this name'];
  return decisions.map((d) => {
    const document = documentNames?.get(d.documentId) ?? d.documentId;
    return `rules: ${document}: "${d.surface}" ${d.decision} by rule ${d.ruleName}`;
  });
}

/** Everything known about one name, as lines of text. */
export function explainName(
  name: string,
  input: ExplainInput,
  trace?: readonly RuleDecision[],
): string[] {
  const matches = nameMatcher(name, input.names);
  const verdicts = new Map(input.score.verdicts.map((v) => [v.node, v]));
  const nodes = input.graph.nodes.filter((n) => formsOf(n).some(matches));
  const lines = nodes.flatMap((n) => describeNode(n, verdicts.get(n.id), input));
  lines.push(...organisationLines(matches, input), ...missedLines(matches, input));
  if (lines.length === 0) lines.push(`no node and no gold entity is named "${name}"`);
  return [...lines, ...explainRules(trace, matches, input.documentNames)];
}
