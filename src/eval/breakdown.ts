/**
 * The figures split two ways: per language of the gold documents, and per relation type.
 *
 * Per language, the graph is cut down to what its documents in that language hold (nodes
 * named in one of them, edges with evidence in one of them) and scored against their gold
 * alone. A node named in pages of two languages counts in both, so the per-language counts
 * do not add up to the overall ones.
 */
import path from 'node:path';
import { ORG_RELATION_TYPES } from '../schema/graph.js';
import type { ScoredGraph } from './counting.js';
import type { Gold } from './gold.js';
import type { NameNormaliser } from './names.js';
import type { RelationScore } from './relations.js';
import { scoreQuality, type QualityScore } from './score.js';

/** Gold document name -> graph document id, matched by file name or by id. */
export function graphDocumentIds(graph: ScoredGraph, gold: Gold): Map<string, string> {
  const byName = new Map<string, string>();
  for (const doc of graph.documents ?? []) {
    byName.set(doc.id, doc.id);
    byName.set(path.basename(doc.file), doc.id);
  }
  const ids = new Map<string, string>();
  for (const doc of gold) {
    const id = byName.get(doc.doc) ?? byName.get(path.basename(doc.doc));
    if (id !== undefined) ids.set(doc.doc, id);
  }
  return ids;
}

/** The part of a graph that the given documents hold. */
export function graphForDocuments(graph: ScoredGraph, documents: ReadonlySet<string>): ScoredGraph {
  return {
    nodes: graph.nodes.filter((n) => (n.documents ?? []).some((d) => documents.has(d))),
    edges: graph.edges.filter((e) => (e.evidence ?? []).some((ev) => documents.has(ev.document))),
    documents: (graph.documents ?? []).filter((d) => documents.has(d.id)),
  };
}

export interface LanguageScore {
  language: string;
  /** Gold documents in this language. */
  documents: number;
  /** Of those, documents the graph does not hold (skipped by the build, or misnamed). */
  absent: number;
  score: QualityScore;
}

/** Languages in order of their number of documents, then of first appearance. */
function languagesOf(gold: Gold): string[] {
  const counts = new Map<string, number>();
  for (const doc of gold) counts.set(doc.language, (counts.get(doc.language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([language]) => language);
}

export function scoreByLanguage(
  graph: ScoredGraph,
  gold: Gold,
  names: NameNormaliser,
): LanguageScore[] {
  const ids = graphDocumentIds(graph, gold);
  return languagesOf(gold).map((language) => {
    const docs = gold.filter((d) => d.language === language);
    const held = new Set(docs.flatMap((d) => ids.get(d.doc) ?? []));
    const score = scoreQuality(graphForDocuments(graph, held), docs, names);
    return { language, documents: docs.length, absent: docs.length - held.size, score };
  });
}

export interface RelationTypeScore {
  type: string;
  /** Required gold pairs stated with this type. */
  goldPairs: number;
  /** Of those, pairs the graph links. */
  found: number;
  recall: number | null;
  /** Of those found, pairs whose edges carry this type. */
  typeRight: number;
  typeAccuracy: number | null;
  /** Pairs of gold organisations the graph links with an edge of this type. */
  graphPairs: number;
  /** Of those, pairs the gold relates (with any type). */
  graphPairsInGold: number;
  /** For the pairs found: how many carry each graph edge type. */
  foundAs: Record<string, number>;
}

const ratio = (part: number, whole: number) => (whole ? Number((part / whole).toFixed(3)) : null);

export function scoreByRelationType(relations: RelationScore): RelationTypeScore[] {
  const rows = ORG_RELATION_TYPES.map((type): RelationTypeScore => {
    const row = {
      type,
      goldPairs: 0,
      found: 0,
      typeRight: 0,
      graphPairs: 0,
      graphPairsInGold: 0,
      foundAs: {} as Record<string, number>,
    };
    for (const pair of relations.goldPairs.values()) {
      if (pair.optional || !pair.types.has(type)) continue;
      row.goldPairs++;
      const predicted = relations.predictedPairs.get(pair.key);
      if (!predicted) continue;
      row.found++;
      if (predicted.types.has(type)) row.typeRight++;
      for (const t of predicted.types) row.foundAs[t] = (row.foundAs[t] ?? 0) + 1;
    }
    for (const pair of relations.predictedPairs.values()) {
      if (!pair.types.has(type)) continue;
      row.graphPairs++;
      if (relations.goldPairs.has(pair.key)) row.graphPairsInGold++;
    }
    const recall = ratio(row.found, row.goldPairs);
    return { ...row, recall, typeAccuracy: ratio(row.typeRight, row.found) };
  });
  return rows.filter((row) => row.goldPairs > 0 || row.graphPairs > 0);
}
