/**
 * Is a lower-cased word one that English does not make names of: a verb, adverb,
 * adjective or closed-class word by compromise's lexicon and tagger, and not a first name?
 * Title-case headlines need this to tell "Delivers" from a surname. Memoised: the same
 * words recur across documents.
 */
import { nlp } from '../vendor.js';

const cache = new Map<string, boolean>();
const NOT_NOUN = [
  '#Verb',
  '#Adverb',
  '#Adjective',
  '#Preposition',
  '#Determiner',
  '#Conjunction',
  '#Pronoun',
];

/** English only: compromise's lexicon is English. */
export function isNonNounWord(lower: string): boolean {
  let hit = cache.get(lower);
  if (hit === undefined) {
    const doc = nlp(lower);
    hit = NOT_NOUN.some((tag) => doc.has(tag)) && !doc.has('#Person') && !doc.has('#FirstName');
    if (cache.size < 100_000) cache.set(lower, hit);
  }
  return hit;
}
