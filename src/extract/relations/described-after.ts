/**
 * A name after a few describing words: "with the mining group Beta", "with major carriers
 * Beta". None of the words may be a preposition, a conjunction or a second article, so
 * "with the help of Beta" describes no one. (Kept apart so that list patterns may use it.)
 */
import { hasComma, type ParsedSentence, type Party } from './syntax.js';

/** How many words may describe the partner, its article included. */
export const DESCRIPTION_WORDS = 4;

/** Is the word one that ends a description: a preposition, "and", "with", an article? */
function endsDescription(sentence: ParsedSentence, index: number): boolean {
  const { words, tokens, document } = sentence;
  const word = tokens[index]?.lower ?? '';
  // "des Werkstoff- und Maschinenherstellers Acme": an "and" that ends a shortened compound.
  const previous = tokens[index - 1];
  if (words.and.has(word) && previous && document.text[previous.end] === '-') return false;
  return (
    words.prepositions.has(word) ||
    words.with.has(word) ||
    words.and.has(word) ||
    words.between.has(word) ||
    words.articles.has(word) ||
    /\d/u.test(word)
  );
}

/**
 * The party after token `at` when only describing words stand between: an article (or
 * none when `article` is false) and at most DESCRIPTION_WORDS words in all.
 */
export function describedAfter(
  sentence: ParsedSentence,
  at: number,
  article: boolean,
): Party | undefined {
  const { tokens, words, document } = sentence;
  const party = sentence.orgs.find((o) => o.first > at);
  if (!party || party.first - at - 1 > DESCRIPTION_WORDS) return undefined;
  const first = article ? at + 2 : at + 1;
  if (article && !words.articles.has(tokens[at + 1]?.lower ?? '')) return undefined;
  for (let index = first; index < party.first; index++)
    if (endsDescription(sentence, index)) return undefined;
  return hasComma(document, tokens, at, party.first) ? undefined : party;
}
