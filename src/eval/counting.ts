/**
 * What the quality scorer counts with: the part of a graph it reads, and precision,
 * recall and F1 rounded as the shared evaluation rounds them.
 */
/** The fields of a graph node the scorer reads; a Partner Atlas graph node has them all. */
export interface ScoredNode {
  id: string;
  type: string;
  label: string;
  aliases?: readonly string[];
  /** Occurrences in the text; a node with none (a parent added for filtering) is not scored. */
  mentions?: number;
  level?: string | undefined;
  country?: string | undefined;
  documents?: readonly string[];
}

export interface ScoredEdge {
  source: string;
  target: string;
  type: string;
  years?: readonly number[];
  evidence?: readonly { document: string }[];
}

export interface ScoredGraph {
  nodes: readonly ScoredNode[];
  edges: readonly ScoredEdge[];
  documents?: readonly { id: string; file: string }[];
}

export interface AreaScore {
  tp: number;
  fp: number;
  fn: number;
  /** Rounded to three decimals. */
  precision: number;
  recall: number;
  f1: number;
}

const round3 = (value: number) => Number(value.toFixed(3));

/** Precision, recall and F1; with nothing predicted and nothing to find, both are 1. */
export function areaScore(tp: number, fp: number, fn: number): AreaScore {
  const precision = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision: round3(precision), recall: round3(recall), f1: round3(f1) };
}

export const ORGANISATION_TYPES: ReadonlySet<string> = new Set([
  'company',
  'organization',
  'organisation',
  'org',
]);
export const PLACE_TYPES: ReadonlySet<string> = new Set(['region', 'place', 'location']);

export const isMentioned = (node: ScoredNode) => node.mentions === undefined || node.mentions > 0;
export const formsOf = (node: ScoredNode) => [node.label, ...(node.aliases ?? [])].filter(Boolean);
export const typeOf = (node: ScoredNode) => node.type.toLowerCase();
