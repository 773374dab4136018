/**
 * The vocabulary of the graph.json contract: schema version, node, region and edge
 * types. Kept apart from the zod schema (graph.ts re-exports all of it) so that code
 * needing only these names, such as the client's filters and legend, does not pull
 * zod into its first bundle; the validator is loaded when the data arrives.
 *
 * This module must stay free of Node and browser APIs: both sides import it.
 */
export const SCHEMA_VERSION = 1;

export const NODE_TYPES = ['company', 'organization', 'person', 'region'] as const;
export const REGION_LEVELS = [
  'city',
  'state',
  'country',
  'subregion',
  'continent',
  'macro',
] as const;

/** Relations between organisations. Symmetric ones are stored with source < target. */
export const ORG_RELATION_TYPES = [
  'partnership',
  'supply',
  'customer',
  'subsidiary',
  'joint_venture',
  'investment',
  'acquisition',
] as const;
/** Links from an organisation to a place, and from a person to an organisation. */
export const LINK_TYPES = ['located_in', 'active_in', 'works_for'] as const;
export const EDGE_TYPES = [...ORG_RELATION_TYPES, ...LINK_TYPES] as const;
export const SYMMETRIC_RELATIONS: ReadonlySet<EdgeType> = new Set(['partnership', 'joint_venture']);

export type NodeType = (typeof NODE_TYPES)[number];
export type RegionLevel = (typeof REGION_LEVELS)[number];
export type OrgRelationType = (typeof ORG_RELATION_TYPES)[number];
export type EdgeType = (typeof EDGE_TYPES)[number];
