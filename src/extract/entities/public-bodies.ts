/**
 * Public bodies named by description rather than by a name: "the South African government",
 * "the government of Zambia", "el Gobierno peruano", "die italienische Regierung",
 * "the Acmeland Armed Forces". A head noun (data/lexicon.csv, kind public_body) after a
 * definite article, with its country given by a demonym or a country name on either side,
 * is an organisation. Without a country ("the government") it names no one in particular,
 * and without the article ("Indonesian government officials") it describes another noun.
 */
import type { Token } from '../text/tokens.js';
import type { Mention } from '../types.js';
import type { EntityContext } from './context.js';
import { textOf } from './lexicons.js';

/** Tokens first..last of a sentence that name a public body (the article left out). */
export interface PublicBodySpan {
  first: number;
  last: number;
}

/** The longest country name or demonym tried on either side of the head noun. */
const MAX_COUNTRY_TOKENS = 3;

/** Every public body described in a sentence's tokens, left to right, none overlapping. */
export function findPublicBodies(
  context: EntityContext,
  tokens: readonly Token[],
): PublicBodySpan[] {
  const heads = headNouns(context);
  if (heads.length === 0) return [];
  const found: PublicBodySpan[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const head = heads.find((words) => words.every((word, i) => tokens[at + i]?.lower === word));
    if (!head) continue;
    const span = publicBodyAt(context, tokens, at, at + head.length - 1);
    if (span && (found.at(-1)?.last ?? -1) < span.first) found.push(span);
  }
  return found;
}

/** The organisation mention of a public body span. */
export function publicBodyMention(
  context: EntityContext,
  tokens: readonly Token[],
  sentence: number,
  span: PublicBodySpan,
): Mention {
  const lastToken = tokens[span.last];
  return {
    start: tokens[span.first]?.start ?? 0,
    end: lastToken?.end ?? 0,
    text: textOf(context.document, tokens, span.first, span.last),
    kind: 'org',
    orgType: 'organization',
    sentence,
    strength: 'strong',
    firstToken: span.first,
    lastToken: span.last,
    ...(lastToken?.possessive ? { possessive: true } : {}),
  };
}

/** The head nouns of the document's language as lower-case word lists, longest first. */
function headNouns(context: EntityContext): string[][] {
  const { knowledge, document } = context;
  return [...knowledge.lexicon('public_body', document.language)]
    .map((head) => head.toLowerCase().split(/\s+/u))
    .sort((a, b) => b.length - a.length);
}

/** The body whose head noun is tokens headFirst..headLast, if its country is given. */
function publicBodyAt(
  context: EntityContext,
  tokens: readonly Token[],
  headFirst: number,
  headLast: number,
): PublicBodySpan | null {
  // "the Acmeland Government Pension Fund": a capitalised name goes on after the head.
  if (tokens[headLast]?.cap && tokens[headLast + 1]?.cap) return null;
  const before = countryBefore(context, tokens, headFirst);
  if (before !== null)
    return isDeterminer(context, tokens[before - 1]) ? { first: before, last: headLast } : null;
  if (!isDeterminer(context, tokens[headFirst - 1])) return null;
  const after = countryAfter(context, tokens, headLast);
  return after === null ? null : { first: headFirst, last: after };
}

/** "the", "le", "del", "las": a definite article, alone or in a contraction. */
function isDeterminer(context: EntityContext, token: Token | undefined): boolean {
  if (!token || token.possessive) return false;
  const { knowledge, document, words } = context;
  return (
    knowledge.lexicon('definite_article', document.language).has(token.lower) ||
    knowledge.lexicon('plural_article', document.language).has(token.lower) ||
    words.placeArticles.has(token.lower)
  );
}

/** Where a country name or demonym ending right before the head starts ("South African"). */
function countryBefore(
  context: EntityContext,
  tokens: readonly Token[],
  headFirst: number,
): number | null {
  for (let length = MAX_COUNTRY_TOKENS; length >= 1; length--) {
    const first = headFirst - length;
    if (first >= 0 && namesCountry(context, tokens, first, headFirst - 1)) return first;
  }
  return null;
}

/**
 * Where a country after the head ends: a demonym ("gobierno peruano") or "of" and a
 * country name ("government of Zambia", "gouvernement du Gabon").
 */
function countryAfter(
  context: EntityContext,
  tokens: readonly Token[],
  headLast: number,
): number | null {
  const next = tokens[headLast + 1];
  if (!next || tokens[headLast]?.possessive) return null;
  if (isDemonym(context, next)) return headLast + 1;
  if (!context.words.ofWords.has(next.lower) && !context.words.placeArticles.has(next.lower))
    return null;
  // "the government of the Philippines": an article may open the country's name.
  const article = context.knowledge.lexicon('definite_article', context.document.language);
  const first = headLast + (article.has(tokens[headLast + 2]?.lower ?? '') ? 3 : 2);
  if (!tokens[first]?.cap) return null;
  for (let last = Math.min(first + MAX_COUNTRY_TOKENS, tokens.length) - 1; last >= first; last--)
    if (namesCountry(context, tokens, first, last)) return last;
  return null;
}

function isDemonym(context: EntityContext, token: Token): boolean {
  const place = context.places.demonym(token.text, context.document.language);
  return place?.level === 'country';
}

/** Tokens first..last are a country's name or its demonym, and no word after a full stop. */
function namesCountry(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  const text = textOf(context.document, tokens, first, last);
  if (/[,;:()]/u.test(text)) return false;
  const language = context.document.language;
  const place =
    context.places.demonym(text, language) ??
    context.places.lookup(text, { language, countries: context.countries });
  return place?.level === 'country';
}
