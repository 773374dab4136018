/**
 * Supranational regions written with a lower-case compass adjective: "southern Africa",
 * "Afrique centrale", "África occidental", "Africa centrale", "America latina". The
 * adjective and the continent together are a region the gazetteer knows (UN M49 subregions
 * and the macro-regions of data/macro-regions.csv); the words are data/lexicon.csv's
 * compass_word rows. "northern Chile" is no such region and stays Chile.
 */
import type { Token } from '../text/tokens.js';
import type { PlaceContext, PlaceRef } from '../types.js';
import type { EntityContext } from './context.js';
import { textOf } from './lexicons.js';

const SUPRANATIONAL: ReadonlySet<string> = new Set(['continent', 'subregion', 'macro']);

const isCompassWord = (context: EntityContext, token: Token | undefined): token is Token =>
  token !== undefined &&
  !token.cap &&
  context.knowledge.lexicon('compass_word', context.document.language).has(token.lower);

/** The region tokens first..last name when one end is a lower-case compass adjective. */
export function compassRegion(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
  last: number,
  placeContext: PlaceContext,
): PlaceRef | null {
  if (last === first) return null;
  const before = isCompassWord(context, tokens[first]);
  if (!before && !isCompassWord(context, tokens[last])) return null;
  const surface = textOf(context.document, tokens, first, last);
  // The gazetteer reads capitalised names only: "southern Africa" is looked up as written in a title.
  const written = before ? surface.charAt(0).toUpperCase() + surface.slice(1) : surface;
  const region = context.places.lookup(written, placeContext);
  return region && SUPRANATIONAL.has(region.level) ? region : null;
}

/** A run that names a region with the compass adjective beside it takes the adjective. */
export function withCompassWord<Run extends { first: number; last: number }>(
  context: EntityContext,
  tokens: readonly Token[],
  run: Run,
): Run {
  const { text } = context.document;
  const placeContext = { language: context.document.language, countries: context.countries };
  const next = tokens[run.last + 1];
  const last = tokens[run.last];
  if (
    isCompassWord(context, next) &&
    last &&
    !last.possessive &&
    text.slice(last.end, next.start) === ' '
  )
    if (compassRegion(context, tokens, run.first, run.last + 1, placeContext))
      return { ...run, last: run.last + 1 };
  const previous = tokens[run.first - 1];
  const first = tokens[run.first];
  if (isCompassWord(context, previous) && first && text.slice(previous.end, first.start) === ' ')
    if (compassRegion(context, tokens, run.first - 1, run.last, placeContext))
      return { ...run, first: run.first - 1 };
  return run;
}
