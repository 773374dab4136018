/**
 * The attributes Partner Atlas writes into graph files for other tools (GEXF, GraphML):
 * one declared list per element kind, so both formats carry the same columns.
 *
 * Like the schema, this folder is shared by the build step and the client, so it stays
 * free of Node and browser APIs.
 */
import type { GraphEdge, GraphNode } from '../schema/graph.js';

/** Scalar types both formats can declare; `integers` is a list (GraphML writes it as text). */
export type AttributeType = 'string' | 'integer' | 'double' | 'integers';
export type AttributeValue = string | number | readonly number[];

export interface AttributeColumn<T> {
  name: string;
  type: AttributeType;
  /** The element's value, or undefined when it has none (the file then omits it). */
  value: (element: T) => AttributeValue | undefined;
}

export const NODE_COLUMNS: readonly AttributeColumn<GraphNode>[] = [
  { name: 'type', type: 'string', value: (n) => n.type },
  { name: 'level', type: 'string', value: (n) => n.level },
  { name: 'country', type: 'string', value: (n) => n.country },
  { name: 'years', type: 'integers', value: (n) => n.years },
  { name: 'mentions', type: 'integer', value: (n) => n.mentions },
  { name: 'confidence', type: 'double', value: (n) => n.confidence },
  { name: 'wikidata', type: 'string', value: (n) => n.wikidata },
];

export const EDGE_COLUMNS: readonly AttributeColumn<GraphEdge>[] = [
  { name: 'type', type: 'string', value: (e) => e.type },
  { name: 'years', type: 'integers', value: (e) => e.years },
  { name: 'confidence', type: 'double', value: (e) => e.confidence },
  { name: 'evidence', type: 'string', value: (e) => e.evidence[0]?.text },
  { name: 'role', type: 'string', value: (e) => e.role },
];

/** The columns an element has values for, as a plain record (empty lists left out). */
export function attributeRecord<T>(
  columns: readonly AttributeColumn<T>[],
  element: T,
): Record<string, AttributeValue> {
  const record: Record<string, AttributeValue> = {};
  for (const column of columns) {
    const value = column.value(element);
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    record[column.name] = value;
  }
  return record;
}
