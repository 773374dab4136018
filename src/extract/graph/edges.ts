/**
 * Edges: relations merged across sentences and documents, one edge per type and pair,
 * with every sentence that states it as evidence.
 */
import { SYMMETRIC_RELATIONS, type GraphEdge } from '../../schema/graph.js';
import { noisyOr } from './confidence.js';
import type { FoundRelation, NodeId } from './ids.js';
import { compareText, mostFrequent, sortedUnique } from './order.js';

/** An edge while relations are merged into it. */
interface EdgeDraft {
  edge: Omit<GraphEdge, 'confidence' | 'yearSource'>;
  confidences: number[];
  yearSources: Set<string>;
  cues: string[];
}

/**
 * Edges between present nodes, by id. `regionIds` are the regions an edge may name;
 * `present` the node ids an edge may link.
 */
export function relationEdges(
  relations: readonly FoundRelation[],
  nodeId: NodeId,
  regionIds: ReadonlySet<string>,
  present: ReadonlySet<string>,
): GraphEdge[] {
  const drafts = new Map<string, EdgeDraft>();
  for (const found of relations) mergeRelation(drafts, found, nodeId, regionIds);
  const edges: GraphEdge[] = [];
  for (const draft of drafts.values())
    if (present.has(draft.edge.source) && present.has(draft.edge.target))
      edges.push(finishEdge(draft));
  return edges.sort((a, b) => compareText(a.id, b.id));
}

function mergeRelation(
  drafts: Map<string, EdgeDraft>,
  { doc, relation }: FoundRelation,
  nodeId: NodeId,
  regionIds: ReadonlySet<string>,
): void {
  let source = nodeId(relation.source);
  let target = nodeId(relation.target);
  if (!source || !target || source === target) return;
  if (SYMMETRIC_RELATIONS.has(relation.type) && compareText(source, target) > 0)
    [source, target] = [target, source];
  const id = `${relation.type}:${source}->${target}`;
  const sentence = doc.sentences[relation.sentence];
  if (!sentence) return;
  let draft = drafts.get(id);
  if (!draft) {
    const type = relation.type as GraphEdge['type'];
    const edge = { id, source, target, type, years: [], regions: [], evidence: [] };
    drafts.set(id, (draft = { edge, confidences: [], yearSources: new Set(), cues: [] }));
  }
  const { edge } = draft;
  edge.years = sortedUnique([...edge.years, ...relation.years]);
  edge.regions = sortedUnique([
    ...edge.regions,
    ...relation.regions.filter((region) => regionIds.has(region)),
  ]);
  if (!edge.evidence.some((e) => e.document === doc.id && e.start === sentence.start))
    edge.evidence.push({
      document: doc.id,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
    });
  draft.confidences.push(relation.confidence);
  if (relation.yearSource) draft.yearSources.add(relation.yearSource);
  draft.cues.push(relation.cue);
  if (relation.role && edge.role === undefined) edge.role = relation.role;
}

/** Evidence in order, one confidence, where the years came from, the usual cue. */
function finishEdge({ edge, confidences, yearSources, cues }: EdgeDraft): GraphEdge {
  edge.evidence.sort((a, b) => compareText(a.document, b.document) || a.start - b.start);
  const yearSource = yearSources.has('text')
    ? 'text'
    : yearSources.has('document')
      ? 'document'
      : undefined;
  const cue = mostFrequent(cues.filter(Boolean));
  return {
    ...edge,
    confidence: noisyOr(confidences),
    ...(yearSource ? { yearSource } : {}),
    ...(cue ? { cue } : {}),
  };
}

/** The years of the edges at each node. */
export function edgeYearsByNode(edges: readonly GraphEdge[]): Map<string, number[]> {
  const years = new Map<string, number[]>();
  for (const edge of edges)
    for (const node of [edge.source, edge.target])
      years.set(node, [...(years.get(node) ?? []), ...edge.years]);
  return years;
}
