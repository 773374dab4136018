/**
 * Corrections made in the explorer: merge a node into another, hide a node that is no
 * organisation, rename a node, reject a wrong relation. They are applied to the loaded
 * graph at once (a new graph, the original untouched), kept per dataset in the browser,
 * and downloaded as rows of data/aliases.csv, data/exclusions.csv and
 * data/rejected-relations.csv for the next build (`npm run graph -- --corrections`).
 */
import type { Graph, GraphEdge, GraphNode } from '../../schema/graph';
import { SYMMETRIC_RELATIONS } from '../../schema/constants';
import { CORRECTION_COLUMNS, type FixFile } from '../../interchange/corrections';

export type Correction =
  | { kind: 'merge'; node: string; into: string }
  | { kind: 'hide'; node: string }
  | { kind: 'rename'; node: string; label: string }
  | { kind: 'reject'; edge: string };

export interface Corrected {
  graph: Graph;
  /** Corrections whose node or relation is not in this graph (a rebuild changed it). */
  stale: readonly Correction[];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function mergeNodes(into: GraphNode, from: GraphNode): GraphNode {
  return {
    ...into,
    aliases: unique([...into.aliases, from.label, ...from.aliases]).filter((a) => a !== into.label),
    mentions: into.mentions + from.mentions,
    years: unique([...into.years, ...from.years].map(String))
      .map(Number)
      .sort((a, b) => a - b),
    documents: unique([...into.documents, ...from.documents]).sort(),
  };
}

/** The relation with `from` replaced by `into`; symmetric ones keep source < target. */
function repoint(edge: GraphEdge, from: string, into: string): GraphEdge {
  let source = edge.source === from ? into : edge.source;
  let target = edge.target === from ? into : edge.target;
  if (SYMMETRIC_RELATIONS.has(edge.type) && source > target) [source, target] = [target, source];
  return { ...edge, source, target };
}

/** Relations that became the same (type and ends) after a merge, as one with all evidence. */
function combineDuplicates(edges: readonly GraphEdge[]): GraphEdge[] {
  const byKey = new Map<string, GraphEdge>();
  for (const edge of edges) {
    const key = `${edge.type}:${edge.source}->${edge.target}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, edge);
    else
      byKey.set(key, {
        ...seen,
        years: [...new Set([...seen.years, ...edge.years])].sort((a, b) => a - b),
        regions: unique([...seen.regions, ...edge.regions]).sort(),
        confidence: Math.max(seen.confidence, edge.confidence),
        evidence: [...seen.evidence, ...edge.evidence],
      });
  }
  return [...byKey.values()];
}

function applyMerge(graph: Graph, from: GraphNode, into: GraphNode): Graph {
  const edges = graph.edges
    .map((e) => (e.source === from.id || e.target === from.id ? repoint(e, from.id, into.id) : e))
    .filter((e) => e.source !== e.target);
  return {
    ...graph,
    nodes: graph.nodes
      .filter((n) => n.id !== from.id)
      .map((n) => (n.id === into.id ? mergeNodes(into, from) : n)),
    edges: combineDuplicates(edges),
    documents: graph.documents.map((d) => ({
      ...d,
      entities: d.entities.map((s) => (s.node === from.id ? { ...s, node: into.id } : s)),
    })),
  };
}

function applyHide(graph: Graph, node: string): Graph {
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => n.id !== node),
    edges: graph.edges.filter((e) => e.source !== node && e.target !== node),
    documents: graph.documents.map((d) => ({
      ...d,
      entities: d.entities.filter((s) => s.node !== node),
    })),
  };
}

function applyRename(graph: Graph, node: GraphNode, label: string): Graph {
  const renamed = {
    ...node,
    label,
    aliases: unique([node.label, ...node.aliases]).filter((a) => a !== label),
  };
  return { ...graph, nodes: graph.nodes.map((n) => (n.id === node.id ? renamed : n)) };
}

/** One correction, or null when what it names is not in the graph. */
function applyOne(graph: Graph, correction: Correction): Graph | null {
  const node = (id: string) => graph.nodes.find((n) => n.id === id);
  switch (correction.kind) {
    case 'merge': {
      const from = node(correction.node);
      const into = node(correction.into);
      return from && into && from !== into ? applyMerge(graph, from, into) : null;
    }
    case 'hide':
      return node(correction.node) ? applyHide(graph, correction.node) : null;
    case 'rename': {
      const found = node(correction.node);
      return found && correction.label.trim()
        ? applyRename(graph, found, correction.label.trim())
        : null;
    }
    case 'reject':
      return graph.edges.some((e) => e.id === correction.edge)
        ? { ...graph, edges: graph.edges.filter((e) => e.id !== correction.edge) }
        : null;
  }
}

/** The graph with every correction applied in order. */
export function applyCorrections(graph: Graph, corrections: readonly Correction[]): Corrected {
  let current = graph;
  const stale: Correction[] = [];
  for (const correction of corrections) {
    const next = applyOne(current, correction);
    if (next) current = next;
    else stale.push(correction);
  }
  return { graph: current, stale };
}

/** A row of the corrections file: which data/ file it belongs to, and that file's columns. */
export interface CorrectionRow {
  file: FixFile;
  alias?: string;
  canonical?: string;
  name?: string;
  reason?: string;
  source?: string;
  type?: string;
  target?: string;
}

export { CORRECTION_COLUMNS };

export const HIDE_REASON = 'not an organisation (marked in the explorer)';

/** Every name a node goes by: the extractor matches aliases and exclusions on what is written. */
function namesOf(node: GraphNode): string[] {
  return unique([node.label, ...node.aliases]);
}

function aliasRows(names: readonly string[], canonical: string): CorrectionRow[] {
  return names
    .filter((name) => name.toLowerCase() !== canonical.toLowerCase())
    .map((alias) => ({ file: 'aliases.csv', alias, canonical }));
}

function rowsOf(graph: Graph, correction: Correction): CorrectionRow[] {
  const node = (id: string) => graph.nodes.find((n) => n.id === id);
  switch (correction.kind) {
    case 'merge': {
      const from = node(correction.node);
      const into = node(correction.into);
      return from && into ? aliasRows(namesOf(from), into.label) : [];
    }
    case 'rename': {
      const found = node(correction.node);
      return found ? aliasRows(namesOf(found), correction.label.trim()) : [];
    }
    case 'hide': {
      const found = node(correction.node);
      const names = found ? namesOf(found) : [];
      return names.map((name) => ({ file: 'exclusions.csv', name, reason: HIDE_REASON }));
    }
    case 'reject': {
      const edge = graph.edges.find((e) => e.id === correction.edge);
      const source = edge && node(edge.source);
      const target = edge && node(edge.target);
      if (!edge || !source || !target) return [];
      return [
        {
          file: 'rejected-relations.csv',
          source: source.label,
          type: edge.type,
          target: target.label,
        },
      ];
    }
  }
}

/** A name merged into a node that was renamed later is read as the new name directly. */
function followAliases(rows: readonly CorrectionRow[]): CorrectionRow[] {
  const canonicalOf = new Map<string, string>();
  for (const row of rows)
    if (row.alias && row.canonical) canonicalOf.set(row.alias.toLowerCase(), row.canonical);
  return rows.map((row) => {
    if (!row.canonical) return row;
    let canonical = row.canonical;
    for (let step = 0; step < rows.length; step++) {
      const next = canonicalOf.get(canonical.toLowerCase());
      if (!next || next === canonical) break;
      canonical = next;
    }
    return { ...row, canonical };
  });
}

/** The data/ rows that make the next build agree with the corrections. */
export function correctionRows(graph: Graph, corrections: readonly Correction[]): CorrectionRow[] {
  const rows: CorrectionRow[] = [];
  let current = graph;
  for (const correction of corrections) {
    rows.push(...rowsOf(current, correction));
    current = applyOne(current, correction) ?? current;
  }
  const seen = new Set<string>();
  return followAliases(rows).filter((row) => {
    const key = JSON.stringify(row);
    return !seen.has(key) && seen.add(key);
  });
}

const KINDS = new Set(['merge', 'hide', 'rename', 'reject']);

function isCorrection(value: unknown): value is Correction {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.kind !== 'string' || !KINDS.has(v.kind)) return false;
  const text = (key: string) => typeof v[key] === 'string' && (v[key] as string).length > 0;
  if (v.kind === 'reject') return text('edge');
  if (v.kind === 'merge') return text('node') && text('into');
  if (v.kind === 'rename') return text('node') && text('label');
  return text('node');
}

/** Corrections read back from storage; anything malformed is dropped, never thrown. */
export function parseCorrections(json: string | null): Correction[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter(isCorrection) : [];
  } catch {
    return [];
  }
}

/** A short sentence for the Corrections panel, from the graph before the correction. */
export function describeCorrection(graph: Graph, correction: Correction): string {
  const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
  switch (correction.kind) {
    case 'merge':
      return `${label(correction.node)} merged into ${label(correction.into)}`;
    case 'hide':
      return `${label(correction.node)} is not an organisation`;
    case 'rename':
      return `${label(correction.node)} renamed ${correction.label}`;
    case 'reject': {
      const edge = graph.edges.find((e) => e.id === correction.edge);
      return edge
        ? `Wrong relation: ${label(edge.source)} ${edge.type.replace('_', ' ')} ${label(edge.target)}`
        : 'Wrong relation';
    }
  }
}
