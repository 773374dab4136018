/**
 * Towns among the weak names. A town the gazetteer does not know still shows itself by
 * the way it is written: after a locative preposition and followed by its region in
 * parentheses or by a second place ("a plant in Lakeview (Ontario)", "en Villanueva
 * (Teruel)", "in Lakeview, in Ontario's north"). Such a name is no organisation anywhere in
 * the document, and a plant named after its company and town ("Acme Lakeview") is the
 * company's.
 */
import type { SentencedDocument } from '../types.js';
import { textOf, type Part } from './lexicons.js';

/** A capitalised region in parentheses ("(Ontario)"), or a two-letter province code. */
const REGION_IN_PARENTHESES = /^\s*\(\s*(?:\p{Lu}\p{Ll}[\p{L}' -]{1,30}|\p{Lu}{2})\s*\)/u;
const AFTER_WINDOW = 40;

/** The names of the document's weak parts that are written as towns. */
export function townNames(
  document: SentencedDocument,
  parts: readonly Part[],
  locatives: ReadonlySet<string>,
): Set<string> {
  const towns = new Set<string>();
  for (const part of parts)
    if (writtenAsTown(document, part, locatives))
      towns.add(textOf(document, part.tokens, part.first, part.last));
  return towns;
}

function writtenAsTown(
  document: SentencedDocument,
  part: Part,
  locatives: ReadonlySet<string>,
): boolean {
  const before = part.tokens[part.first - 1];
  if (!before || before.cap || !locatives.has(before.lower)) return false;
  const end = part.tokens[part.last]?.end ?? 0;
  const after = document.text.slice(end, end + AFTER_WINDOW);
  if (REGION_IN_PARENTHESES.test(after)) return true;
  const comma = /^,\s+(\p{L}+)\s/u.exec(after);
  return comma !== null && locatives.has((comma[1] ?? '').toLowerCase());
}

/** "Acme Lakeview" -> "Acme" when Lakeview is a town of the document; else the part itself. */
export function withoutTown(part: Part, towns: ReadonlySet<string>): Part {
  if (part.last === part.first) return part;
  const lastToken = part.tokens[part.last];
  return lastToken && towns.has(lastToken.text) ? { ...part, last: part.last - 1 } : part;
}
