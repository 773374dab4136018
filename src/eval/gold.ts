/**
 * The gold annotation format: what a careful reader finds in each document. One JSON
 * array, one object per document; README "Measuring quality on your own pages" shows an
 * entry. readGold checks a file against this schema and names the file, the document
 * and the field of every problem it finds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { ORG_RELATION_TYPES } from '../schema/graph.js';

const Name = z.string().trim().min(1, 'expected a non-empty name');
const Year = z.number().int().min(1800).max(2200);
const optionalText = () => z.string().optional();

export const GoldOrganizationSchema = z.strictObject({
  name: Name,
  /** Other ways the document writes it (short name, acronym). */
  aliases: z.array(Name).default([]),
  note: optionalText(),
});

export const GoldPersonSchema = z.strictObject({
  name: Name,
  organization: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
});

export const GoldPlaceSchema = z.strictObject({
  name: Name,
  kind: z.enum(['city', 'country', 'region']),
  /** ISO 3166-1 alpha-2 of the country (of the city), or "" for a region across countries. */
  country: z
    .string()
    .regex(/^([A-Za-z]{2})?$/, 'expected an ISO 3166-1 alpha-2 code such as "FR", or ""')
    .optional(),
  /** The form the text uses, when it differs from the name ("Londres"). */
  surface: optionalText(),
  /** Neither rewarded nor penalised. */
  optional: z.boolean().optional(),
});

export const GoldRelationSchema = z.strictObject({
  a: Name,
  b: Name,
  /** supply: a supplies b; subsidiary: a is a unit of b; investment, acquisition: a acts on b. */
  type: z.enum(ORG_RELATION_TYPES),
  year: Year.nullable().optional(),
  places: z.array(z.string()).optional(),
  /** The annotator's own note on where the text says so; not used for scoring. */
  evidence: optionalText(),
  /** Neither rewarded nor penalised. */
  optional: z.boolean().optional(),
  note: optionalText(),
});

export const GoldForbiddenSchema = z.strictObject({
  a: Name,
  b: Name,
  /** Why a link would be wrong: rivals, two winners of one tender, fellow shareholders. */
  why: optionalText(),
});

export const GoldRegionLinkSchema = z.strictObject({
  org: Name,
  place: Name,
  year: Year.nullable().optional(),
});

export const GoldDocumentSchema = z.strictObject({
  /** The document's file name, as in the folder given to `--in`. */
  doc: Name,
  /** ISO 639-1 code of the text's language. */
  language: z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639-1 code such as "en"'),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .nullable()
    .optional(),
  organizations: z.array(GoldOrganizationSchema).default([]),
  /** Names that must not become organisations: bylines, credits, menus, the publisher. */
  noise_organizations: z.array(Name).default([]),
  /** Organisations a reader may or may not count: neither rewarded nor penalised. */
  optional_organizations: z.array(Name).default([]),
  people: z.array(GoldPersonSchema).default([]),
  places: z.array(GoldPlaceSchema).default([]),
  years: z.array(Year).default([]),
  relations: z.array(GoldRelationSchema).default([]),
  /** Pairs named together with no relation stated: linking them is an error. */
  forbidden_relations: z.array(GoldForbiddenSchema).default([]),
  region_links: z.array(GoldRegionLinkSchema).default([]),
  note: optionalText(),
});

export const GoldSchema = z.array(GoldDocumentSchema).min(1, 'expected at least one document');

export type GoldDocument = z.infer<typeof GoldDocumentSchema>;
export type Gold = z.infer<typeof GoldSchema>;
export type GoldPlace = z.infer<typeof GoldPlaceSchema>;
/** What may be written in a gold file: everything but doc and language may be left out. */
export type GoldInput = z.input<typeof GoldSchema>;

/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED_PROBLEMS = 20;

export class GoldError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `${file}: ${p}`);
    if (problems.length > MAX_LISTED_PROBLEMS)
      listed.push(`${file}: and ${problems.length - MAX_LISTED_PROBLEMS} more problems`);
    super(listed.join('\n'));
    this.name = 'GoldError';
  }
}

/** `relations[2].type` from a zod path inside one document. */
function fieldPath(keys: readonly PropertyKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function documentLabel(data: unknown, index: number): string {
  const doc = Array.isArray(data) ? (data[index] as { doc?: unknown } | undefined)?.doc : undefined;
  return typeof doc === 'string' && doc
    ? `document ${index + 1} (${doc})`
    : `document ${index + 1}`;
}

function schemaProblems(data: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const [index, ...rest] = issue.path;
    if (typeof index !== 'number')
      return `${fieldPath(issue.path) || '(top level)'}: ${issue.message}`;
    const field = fieldPath(rest);
    return `${documentLabel(data, index)}: ${field ? `${field}: ` : ''}${issue.message}`;
  });
}

/**
 * What the schema cannot say: every document once, and relation endpoints that name one of
 * the document's organisations (a misspelt endpoint would otherwise be a relation no graph
 * can find).
 */
export function consistencyProblems(gold: Gold): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  gold.forEach((doc, i) => {
    const label = `document ${i + 1} (${doc.doc})`;
    if (seen.has(doc.doc)) problems.push(`${label}: doc: "${doc.doc}" is annotated twice`);
    seen.add(doc.doc);
    const names = new Set([
      ...doc.organizations.flatMap((o) => [o.name, ...o.aliases]),
      ...doc.optional_organizations,
    ]);
    const check = (
      list: 'relations' | 'forbidden_relations',
      j: number,
      end: 'a' | 'b',
      name: string,
    ) => {
      if (!names.has(name))
        problems.push(
          `${label}: ${list}[${j}].${end}: "${name}" is not the name or alias of one of this document's organizations or optional_organizations`,
        );
    };
    doc.relations.forEach(
      (r, j) => (check('relations', j, 'a', r.a), check('relations', j, 'b', r.b)),
    );
    doc.forbidden_relations.forEach(
      (r, j) => (
        check('forbidden_relations', j, 'a', r.a),
        check('forbidden_relations', j, 'b', r.b)
      ),
    );
  });
  return problems;
}

/** Validates parsed JSON as gold; `file` names the source in messages. Throws GoldError. */
export function parseGold(data: unknown, file: string): Gold {
  const parsed = GoldSchema.safeParse(data);
  if (!parsed.success) throw new GoldError(file, schemaProblems(data, parsed.error.issues));
  const problems = consistencyProblems(parsed.data);
  if (problems.length) throw new GoldError(file, problems);
  return parsed.data;
}

/** Reads and validates a gold file. Throws GoldError with every problem found. */
export function readGold(file: string): Gold {
  const name = path.basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new GoldError(name, [
      `cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`,
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new GoldError(name, [
      `not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
    ]);
  }
  return parseGold(data, name);
}
