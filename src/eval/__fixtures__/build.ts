/**
 * Tiny graphs and gold annotations for the scorer's tests, with made-up companies.
 */
import { parseGold, type Gold, type GoldInput } from '../gold.js';
import { createNameNormaliser } from '../names.js';
import type { ScoredEdge, ScoredGraph, ScoredNode } from '../counting.js';

export const names = createNameNormaliser();

type GoldDocumentInput = GoldInput[number];

/** A gold document; everything but the organisations may be left out. */
export function goldDoc(fields: Partial<GoldDocumentInput> & { doc?: string }): GoldDocumentInput {
  return { doc: 'd1.txt', language: 'en', ...fields };
}

export function gold(...docs: GoldDocumentInput[]): Gold {
  return parseGold(docs, 'test-gold.json');
}

let nextId = 0;
const id = (prefix: string) => `${prefix}:${++nextId}`;

export function org(label: string, fields: Partial<ScoredNode> = {}): ScoredNode {
  return {
    id: id('org'),
    type: 'company',
    label,
    aliases: [],
    mentions: 1,
    documents: [],
    ...fields,
  };
}

export function person(label: string, fields: Partial<ScoredNode> = {}): ScoredNode {
  return { id: id('person'), type: 'person', label, aliases: [], mentions: 1, ...fields };
}

export function place(label: string, fields: Partial<ScoredNode> = {}): ScoredNode {
  return { id: id('region'), type: 'region', label, aliases: [], mentions: 1, ...fields };
}

export function edge(
  type: string,
  source: ScoredNode,
  target: ScoredNode,
  fields: Partial<ScoredEdge> = {},
): ScoredEdge {
  return { source: source.id, target: target.id, type, years: [], ...fields };
}

export function graph(nodes: ScoredNode[], edges: ScoredEdge[] = []): ScoredGraph {
  return { nodes, edges };
}
