/**
 * Places among the names: gazetteer lookups for a run of tokens, "Lagos-based", and
 * demonyms ("Kenyan operator", "zimbabwéen") standing for their country.
 */
import { compassRegion } from './compass.js';
import { divisionPlace, isDivisionWord } from './divisions.js';
import { isLegal, textOf } from './lexicons.js';
import type { Token } from '../text/tokens.js';
import type { Mention, PlaceRef } from '../types.js';
import type { EntityContext } from './context.js';
import type { Findings } from './findings.js';

/** Demonyms shorter than this are too often other words. */
const MIN_DEMONYM_LENGTH = 4;

/** The place tokens first..last name, or null. */
export function lookupPlace(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
  last: number,
): PlaceRef | null {
  const { document, places } = context;
  const surface = textOf(document, tokens, first, last);
  const placeContext = { language: document.language, countries: context.countries };
  // "Austin, Texas" / "Austin, TX 78701": the qualifier after the comma decides.
  const next = tokens[last + 1];
  const separator = next ? document.text.slice(tokens[last]?.end ?? 0, next.start) : '';
  if (next?.cap && separator === ', ' && places.lookupIn) {
    const qualified = places.lookupIn(surface, next.text, placeContext);
    if (qualified) return qualified;
  }
  const qualified =
    divisionPlace(context, tokens, first, last, placeContext) ??
    compassRegion(context, tokens, first, last, placeContext);
  if (qualified) return qualified;
  const direct = places.lookup(surface, placeContext);
  if (direct) return direct;
  // "au Cap", "du Caire": the word before stands for the article the name starts with.
  const article = context.words.placeArticles.get(tokens[first - 1]?.lower ?? '');
  return article ? places.lookup(`${article} ${surface}`, placeContext) : null;
}

/**
 * "Los Angeles", "The Hague": the one word the front trimming took off is the place's article.
 * Only a short rest with no legal form or keyword may be such a place; where nouns are
 * capitalised, "Die Nachfrage" is not one (saves a gazetteer lookup per sentence).
 */
export function articleOfPlace(
  context: EntityContext,
  tokens: readonly Token[],
  from: number,
  first: number,
  last: number,
): boolean {
  const rest = last - first + 1;
  if (first !== from + 1 || rest < 1 || rest > 3 || (context.nounsCapitalised && rest === 1))
    return false;
  const end = tokens[last];
  if (isLegal(context.knowledge, end) || context.knowledge.orgKeywords.has(end?.lower ?? ''))
    return false;
  return lookupPlace(context, tokens, from, last) !== null;
}

/**
 * Places written as one word of a sentence: "a Lagos-based bank" (where the company sits)
 * anywhere, and a demonym in a token no name has taken (`used`).
 */
export function findPlaceWords(
  context: EntityContext,
  findings: Findings,
  sentence: number,
  tokens: readonly Token[],
  used: ReadonlySet<number>,
): void {
  tokens.forEach((token, index) => {
    const basedIn = basedInMention(context, token, index, sentence);
    if (basedIn) findings.addPlaceWord(basedIn, 'placeBasedIn');
    else if (!used.has(index) && token.text.length >= MIN_DEMONYM_LENGTH) {
      const demonym = demonymMention(context, token, index, sentence);
      if (demonym) findings.addPlaceWord(demonym, 'placeFromDemonym');
    }
  });
}

/** "Lagos-based": a mention of the place part of the token. */
function basedInMention(
  context: EntityContext,
  token: Token,
  index: number,
  sentence: number,
): Mention | null {
  const based = context.words.basedIn.exec(token.text)?.[1];
  const place = based
    ? context.places.lookup(based, { language: context.document.language })
    : null;
  if (!based || !place) return null;
  return {
    start: token.start,
    end: token.start + based.length,
    text: based,
    kind: 'place',
    sentence,
    place,
    basedIn: true,
    strength: 'strong',
    firstToken: index,
    lastToken: index,
  };
}

/** "Kenyan", "zimbabwéen": a mention of the demonym's country. */
function demonymMention(
  context: EntityContext,
  token: Token,
  index: number,
  sentence: number,
): Mention | null {
  const place = context.places.demonym(token.text, context.document.language);
  if (!place) return null;
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    kind: 'place',
    sentence,
    place,
    viaDemonym: true,
    strength: 'strong',
    firstToken: index,
    lastToken: index,
  };
}

/**
 * "Zambia’s North-Western province": a division word written in lower case after a run that
 * names a division belongs to the place's name (the run takes it).
 */
export function withDivisionWord<Run extends { first: number; last: number }>(
  context: EntityContext,
  tokens: readonly Token[],
  run: Run,
): Run {
  const next = tokens[run.last + 1];
  const last = tokens[run.last];
  if (!next || !last || next.cap || !isDivisionWord(context, next) || last.possessive) return run;
  if (context.document.text.slice(last.end, next.start) !== ' ') return run;
  const place = lookupPlace(context, tokens, run.first, run.last + 1);
  return place?.level === 'state' ? { ...run, last: run.last + 1 } : run;
}
