/**
 * Is a lower-cased word a common (non-name) word? compromise's English lexicon and
 * tagger answer for English; title-case headlines need this to tell "Delivers" from a
 * surname. Results are memoised: the same words recur across documents.
 */
import { nlp } from '../vendor.js';

const cache = new Map<string, boolean>();
const CLOSED = [
  '#Verb',
  '#Adverb',
  '#Adjective',
  '#Preposition',
  '#Determiner',
  '#Conjunction',
  '#Pronoun',
];

export function isCommonWord(lower: string): boolean {
  let hit = cache.get(lower);
  if (hit === undefined) {
    const doc = nlp(lower);
    hit = CLOSED.some((tag) => doc.has(tag)) && !doc.has('#Person') && !doc.has('#FirstName');
    if (cache.size < 100_000) cache.set(lower, hit);
  }
  return hit;
}
