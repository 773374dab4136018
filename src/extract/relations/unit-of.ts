/**
 * A unit named with its owner after "of": "Tremon Pharma of Acme Holdings and Beta Labs of
 * Nordwind Group signed ...". Only where the unit stands as a subject or in a list (at the
 * sentence's start, after a comma, "and" or an article): "the purchase by Acme of Beta"
 * and "a stake in Acme of Beta" read otherwise.
 */
import type { RelationCandidate } from '../types.js';
import { UNIT_OF_OWNER } from './confidence.js';
import { constructionLink } from './constructions.js';
import type { SentencePattern } from './pattern.js';
import { hasComma, type ParsedSentence, type Party } from './syntax.js';

/** Does `unit` stand where a subject or a list member stands? */
function standsFirst(sentence: ParsedSentence, unit: Party): boolean {
  const { tokens, words, document } = sentence;
  if (unit.first === 0) return true;
  const before = tokens[unit.first - 1]?.lower ?? '';
  if (words.and.has(before)) return true;
  if (hasComma(document, tokens, unit.first - 1, unit.first)) return true;
  return (
    words.articles.has(before) &&
    (unit.first === 1 || words.and.has(tokens[unit.first - 2]?.lower ?? ''))
  );
}

/** "Tremon Pharma of Acme Holdings": Tremon Pharma -> Acme Holdings, a subsidiary. */
export const unitOfOwner: SentencePattern = {
  name: 'unitOfOwner',
  reads: 'sentence',
  match(sentence) {
    const { orgs, tokens, words } = sentence;
    const found: RelationCandidate[] = [];
    orgs.forEach((unit, index) => {
      const owner = orgs[index + 1];
      if (!owner || unit.possessive || owner.first !== unit.last + 2) return;
      if (!words.of.has(tokens[unit.last + 1]?.lower ?? '') || unit.key === owner.key) return;
      if (!standsFirst(sentence, unit)) return;
      const trigger = { start: unit.last + 1, end: unit.last + 1, confidence: UNIT_OF_OWNER };
      found.push(...constructionLink(sentence, trigger, 'subsidiary', unit, owner));
    });
    return found;
  },
};
