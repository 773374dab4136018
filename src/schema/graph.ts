/**
 * The graph.json contract: the one place that says what a Partner Atlas graph is.
 *
 * The build step validates its output against this schema before writing, and the
 * client validates again after fetching. Fields may be added in a compatible way;
 * a breaking change bumps SCHEMA_VERSION.
 *
 * This module must stay free of Node and browser APIs: both sides import it.
 */
// zod/mini: the same validator as `zod` (one core, the same checks and messages) with
// functions instead of methods, so a bundler keeps only what this schema uses. The
// client downloads it before its first frame: 8 kB gzip instead of 26 kB (issue 4,
// initial JS at most 250 kB gzip).
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { EDGE_TYPES, NODE_TYPES, REGION_LEVELS, SCHEMA_VERSION } from './constants.js';

export * from './constants.js';

// `zod` installs its English messages itself; zod/mini leaves that to the caller.
z.config(en());

const nonNegativeInt = () => z.number().check(z.int(), z.nonnegative());
const Year = z.number().check(z.int(), z.minimum(1800), z.maximum(2200));
const Confidence = z.number().check(z.minimum(0), z.maximum(1));
const Id = z.string().check(z.minLength(1), z.maxLength(300));
/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const PartialDate = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));

/** A recognised entity occurrence inside a document's cleaned text. */
export const EntitySpanSchema = z.object({
  node: Id,
  start: nonNegativeInt(),
  end: nonNegativeInt(),
});

export const DocumentSchema = z.object({
  id: Id,
  file: z.string(),
  title: z.string(),
  /** ISO 639-1 code, or "und" when undetermined. */
  language: z.string().check(z.minLength(2), z.maxLength(3)),
  date: z.nullable(PartialDate),
  url: z.optional(z.string()),
  /** Cleaned text, present when `texts` is "inline". Evidence offsets point into it. */
  text: z.optional(z.string()),
  /** Path of the cleaned text relative to graph.json, present when `texts` is "files". */
  textFile: z.optional(z.string()),
  /** Length of the cleaned text, so offsets can be checked without loading it. */
  length: nonNegativeInt(),
  entities: z.array(EntitySpanSchema),
});

export const RoleSchema = z.object({ organization: Id, title: z.string() });

export const NodeSchema = z.object({
  id: Id,
  type: z.enum(NODE_TYPES),
  label: z.string().check(z.minLength(1)),
  aliases: z.array(z.string()),
  /** Occurrences in the documents' text; 0 for hierarchy parents added only for filtering. */
  mentions: nonNegativeInt(),
  years: z.array(Year),
  documents: z.array(Id),
  // zod 4 numbers are finite already (`.finite()` is a no-op kept for zod 3 code).
  x: z.number(),
  y: z.number(),
  confidence: Confidence,
  level: z.optional(z.enum(REGION_LEVELS)),
  /** ISO 3166-1 alpha-2. */
  country: z.optional(
    z.string().check(z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')),
  ),
  parent: z.optional(Id),
  /** Named macro-regions this region belongs to (region node ids). */
  memberOf: z.optional(z.array(Id)),
  lat: z.optional(z.number().check(z.minimum(-90), z.maximum(90))),
  lon: z.optional(z.number().check(z.minimum(-180), z.maximum(180))),
  roles: z.optional(z.array(RoleSchema)),
  /** Wikidata item of a known organisation the node was matched to ("Q246"). */
  wikidata: z.optional(z.string().check(z.regex(/^Q\d+$/, 'expected a Wikidata item id (Q…)'))),
  /** A short description of what the node is, from the list it was matched in. */
  description: z.optional(z.string()),
});

export const EvidenceSchema = z.object({
  document: Id,
  text: z.string().check(z.minLength(1)),
  start: nonNegativeInt(),
  end: nonNegativeInt(),
});

export const EdgeSchema = z.object({
  id: Id,
  source: Id,
  target: Id,
  type: z.enum(EDGE_TYPES),
  years: z.array(Year),
  /** "document" when the years come from the publication date, not from the text. */
  yearSource: z.optional(z.enum(['text', 'document'])),
  regions: z.array(Id),
  confidence: Confidence,
  /** For works_for: the person's title at the organisation. */
  role: z.optional(z.string()),
  /** The cue phrase that typed the relation, for transparency. */
  cue: z.optional(z.string()),
  evidence: z.array(EvidenceSchema).check(z.minLength(1)),
});

export const GraphSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** What the graph is about, shown as the explorer's heading (a compatible addition). */
  title: z.optional(z.string()),
  /** Where the documents' cleaned text lives: inside this file, or in files beside it. */
  texts: z.enum(['inline', 'files']),
  documents: z.array(DocumentSchema),
  nodes: z.array(NodeSchema),
  edges: z.array(EdgeSchema),
});

export type EntitySpan = z.infer<typeof EntitySpanSchema>;
export type GraphDocument = z.infer<typeof DocumentSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Graph = z.infer<typeof GraphSchema>;

export type ValidationResult = { ok: true; graph: Graph } | { ok: false; error: string };

/** Renders a zod path as `nodes[3].type`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  if (text === undefined) return typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/**
 * Validates unknown data as a graph. On failure, the message names the first bad
 * field, what was expected and what was found, e.g.
 * `nodes[3].type: Invalid option: expected one of "company"|... (got "firm")`.
 */
export function validateGraph(data: unknown): ValidationResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, error: `graph.json must be a JSON object, got ${describe(data)}` };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return {
      ok: false,
      error: `schemaVersion ${version} is newer than this app reads (version ${SCHEMA_VERSION}). Update Partner Atlas, or rebuild the graph with this version.`,
    };
  }
  if (version === undefined) {
    return {
      ok: false,
      error: `schemaVersion is missing: this is not a Partner Atlas graph (expected schemaVersion ${SCHEMA_VERSION}).`,
    };
  }
  if (version !== SCHEMA_VERSION) {
    return {
      ok: false,
      error: `schemaVersion ${describe(version)} is not a version this app knows (it reads version ${SCHEMA_VERSION}). Rebuild the graph with this version.`,
    };
  }
  const parsed = GraphSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return { ok: false, error: 'graph.json is invalid' };
    const got = describe(valueAt(data, issue.path));
    return { ok: false, error: `${formatPath(issue.path)}: ${issue.message} (got ${got})` };
  }
  const integrity = checkIntegrity(parsed.data);
  return integrity ? { ok: false, error: integrity } : { ok: true, graph: parsed.data };
}

/**
 * Checks what a schema cannot: unique ids, references that resolve, offsets inside
 * their document. Returns the first problem found, or null.
 */
export function checkIntegrity(graph: Graph): string | null {
  const docs = new Map<string, GraphDocument>();
  for (const [i, doc] of graph.documents.entries()) {
    if (docs.has(doc.id)) return `documents[${i}].id: duplicate id "${doc.id}"`;
    if (graph.texts === 'inline' && doc.text === undefined)
      return `documents[${i}].text: required when texts is "inline"`;
    if (graph.texts === 'files' && doc.textFile === undefined)
      return `documents[${i}].textFile: required when texts is "files"`;
    if (doc.text !== undefined && doc.text.length !== doc.length)
      return `documents[${i}].length: ${doc.length} does not match the text length ${doc.text.length}`;
    docs.set(doc.id, doc);
  }
  const nodes = new Set<string>();
  for (const [i, node] of graph.nodes.entries()) {
    if (nodes.has(node.id)) return `nodes[${i}].id: duplicate id "${node.id}"`;
    nodes.add(node.id);
  }
  for (const [i, node] of graph.nodes.entries()) {
    if (node.parent !== undefined && !nodes.has(node.parent))
      return `nodes[${i}].parent: unknown node "${node.parent}"`;
    for (const [j, d] of node.documents.entries())
      if (!docs.has(d)) return `nodes[${i}].documents[${j}]: unknown document "${d}"`;
    for (const [j, role] of (node.roles ?? []).entries())
      if (!nodes.has(role.organization))
        return `nodes[${i}].roles[${j}].organization: unknown node "${role.organization}"`;
    for (const [j, m] of (node.memberOf ?? []).entries())
      if (!nodes.has(m)) return `nodes[${i}].memberOf[${j}]: unknown node "${m}"`;
  }
  const edges = new Set<string>();
  for (const [i, edge] of graph.edges.entries()) {
    if (edges.has(edge.id)) return `edges[${i}].id: duplicate id "${edge.id}"`;
    edges.add(edge.id);
    if (!nodes.has(edge.source)) return `edges[${i}].source: unknown node "${edge.source}"`;
    if (!nodes.has(edge.target)) return `edges[${i}].target: unknown node "${edge.target}"`;
    for (const [j, r] of edge.regions.entries())
      if (!nodes.has(r)) return `edges[${i}].regions[${j}]: unknown node "${r}"`;
    for (const [j, ev] of edge.evidence.entries()) {
      const doc = docs.get(ev.document);
      if (!doc) return `edges[${i}].evidence[${j}].document: unknown document "${ev.document}"`;
      if (ev.end <= ev.start || ev.end > doc.length)
        return `edges[${i}].evidence[${j}]: offsets ${ev.start}-${ev.end} lie outside document "${doc.id}" (length ${doc.length})`;
      if (doc.text !== undefined && doc.text.slice(ev.start, ev.end) !== ev.text)
        return `edges[${i}].evidence[${j}].text: does not match the document text at ${ev.start}-${ev.end}`;
    }
  }
  for (const [i, doc] of graph.documents.entries())
    for (const [j, span] of doc.entities.entries()) {
      if (!nodes.has(span.node))
        return `documents[${i}].entities[${j}].node: unknown node "${span.node}"`;
      if (span.end <= span.start || span.end > doc.length)
        return `documents[${i}].entities[${j}]: offsets ${span.start}-${span.end} lie outside the document`;
    }
  return null;
}
