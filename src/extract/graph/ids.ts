/**
 * Node ids from entity keys. A tentative organisation (an unresolved acronym, "org?:")
 * becomes a node only when an organisation-organisation relation links it.
 */
import { ORG_RELATION_TYPES } from '../../schema/graph.js';
import type { DatedDocument, DatedRelation } from '../types.js';

/** A relation with the document it was found in. */
export interface FoundRelation {
  doc: DatedDocument;
  relation: DatedRelation;
}

/** The node id of an entity key, or null when the entity gets no node. */
export type NodeId = (key: string) => string | null;

const TENTATIVE = 'org?:';

/** Relations between two organisations (the others link to a place or a person). */
const ORG_ORG: ReadonlySet<string> = new Set(ORG_RELATION_TYPES);

export function makeNodeId(relations: readonly FoundRelation[]): NodeId {
  const related = new Set<string>();
  for (const { relation } of relations)
    if (ORG_ORG.has(relation.type)) {
      related.add(relation.source);
      related.add(relation.target);
    }
  return (key) => {
    if (key.startsWith(TENTATIVE))
      return related.has(key) ? `org:${key.slice(TENTATIVE.length)}` : null;
    return key;
  };
}
