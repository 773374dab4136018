/**
 * The rule trace: which entity rule or relation pattern decided about each name. Off unless
 * a caller puts a RuleTrace in the context (as `npm run eval -- --explain` does), and then
 * only in-process: a trace cannot cross worker threads.
 */
import type { EntityTrace, TraceEntry } from './entities/findings.js';
import type { RelationTrace } from './relations/pattern.js';
import type { ResolvedDocument, RuleTrace } from './types.js';

const ENTITY_DECISIONS: Record<TraceEntry['decision'], string> = {
  drop: 'dropped',
  place: 'made place',
  datelinePlace: 'made place (dateline)',
  owner: 'read again from its owner',
  split: 'split in two, each part read again',
  descriptor: 'read again after its descriptor',
  person: 'made person',
  org: 'made org',
  acronym: 'made org (acronym)',
  weak: 'kept as a weak candidate',
  titledPerson: 'made person with a title',
};

export function entityTraceFor(documentId: string, trace: RuleTrace): EntityTrace {
  return (entry) =>
    trace({
      documentId,
      surface: entry.surface,
      decision: ENTITY_DECISIONS[entry.decision] ?? entry.decision,
      rule: entry.rule,
    });
}

/** Each relation is told once for each party, named as the document names it. */
export function relationTraceFor(document: ResolvedDocument, trace: RuleTrace): RelationTrace {
  const names = new Map<string, string>();
  for (const mention of document.mentions)
    if (!names.has(mention.key)) names.set(mention.key, mention.name);
  return ({ pattern, relation }) => {
    const source = names.get(relation.source) ?? relation.source;
    const target = names.get(relation.target) ?? relation.target;
    const told = (surface: string, other: string) =>
      trace({
        documentId: document.id,
        surface,
        decision: `related (${relation.type}) to ${other}`,
        rule: pattern,
      });
    told(source, target);
    told(target, source);
  };
}
