/**
 * Places named with a division word: "Kumamoto Prefecture", "Gauteng province", "Provinz
 * Hubei", "la région de Kaolack", "província de Tete". The word says the name is a
 * first-level division, so the gazetteer may read it as one without other evidence
 * (PlaceContext.division). The words are data/lexicon.csv's division_word rows.
 */
import type { Token } from '../text/tokens.js';
import type { PlaceContext, PlaceRef } from '../types.js';
import type { EntityContext } from './context.js';
import { textOf } from './lexicons.js';

const divisionWords = (context: EntityContext) =>
  context.knowledge.lexicon('division_word', context.document.language);

/** Is this token a division word of the text's language? */
export function isDivisionWord(context: EntityContext, token: Token | undefined): boolean {
  return token !== undefined && divisionWords(context).has(token.lower);
}

/** The place tokens first..last name as a division, by a division word in or before them. */
export function divisionPlace(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
  last: number,
  placeContext: PlaceContext,
): PlaceRef | null {
  const asDivision = { ...placeContext, division: true };
  const lookup = (from: number, to: number) =>
    from <= to
      ? context.places.lookup(textOf(context.document, tokens, from, to), asDivision)
      : null;
  // "Kumamoto Prefecture", "Gauteng province"; "Northern Territory" is a name of its own.
  if (last > first && isDivisionWord(context, tokens[last]))
    return lookup(first, last) ?? lookup(first, last - 1);
  const after = nameAfterClassNoun(context, tokens, first, last, divisionWords(context));
  return after === null ? null : lookup(after, last);
}

/**
 * Where the name starts when a class noun stands before it: "la région de Kaolack", "province
 * of Gauteng", "the town of Borealis", "regione Molise" (first), or "Provinz Hubei", "Stadt
 * Dieburg" in the run itself where nouns are capitalised (the token after the noun). Null
 * when there is none. Elsewhere a capitalised noun ("Regione Abruzzo", "Région Bretagne",
 * "City of Lagos") names the local government, an organisation.
 */
export function nameAfterClassNoun(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
  last: number,
  nouns: ReadonlySet<string>,
): number | null {
  if (last > first && context.nounsCapitalised && nouns.has(tokens[first]?.lower ?? ''))
    return first + 1;
  const of = context.words.ofWords.has(tokens[first - 1]?.lower ?? '');
  const noun = tokens[of ? first - 2 : first - 1];
  return noun && !noun.cap && nouns.has(noun.lower) ? first : null;
}
