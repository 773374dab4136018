/**
 * A unit named beside its owner without a possessive: "Acme and finance arm Beta" (as
 * "Acme and its finance arm Beta"), "Acme und Tochter Beta". The unit noun comes right
 * after "and" or after a few lower-case describing words, and the unit's name right after
 * the noun: "Acme and subsidiaries of Beta" names no unit of Acme.
 */
import type { RelationCandidate } from '../types.js';
import { UNIT_LIST } from './confidence.js';
import { constructionLink } from './constructions.js';
import { partyList } from './lists.js';
import { UNIT_MODIFIERS } from './ownership.js';
import type { SentencePattern } from './pattern.js';
import type { ParsedSentence, Party } from './syntax.js';

/** The unit noun after the "and" at `and`, with only lower-case describing words before it. */
function unitNounAfterAnd(sentence: ParsedSentence, and: number): number | undefined {
  const { tokens, words } = sentence;
  for (let index = and + 1; index <= and + 1 + UNIT_MODIFIERS; index++) {
    const token = tokens[index];
    if (!token) return undefined;
    if (words.unitNouns.has(token.lower)) return index;
    if (token.cap || words.articles.has(token.lower) || words.possessives.has(token.lower))
      return undefined;
  }
  return undefined;
}

/** "Acme and finance arm Beta": the owner, the noun and the units named right after it. */
function unitsBeside(sentence: ParsedSentence, owner: Party) {
  const and = owner.last + 1;
  if (owner.possessive || !sentence.words.and.has(sentence.tokens[and]?.lower ?? ''))
    return undefined;
  const noun = unitNounAfterAnd(sentence, and);
  if (noun === undefined) return undefined;
  const unit = sentence.orgs.find((o) => o.first === noun + 1);
  if (!unit) return undefined;
  const units = partyList(sentence, unit).filter((o) => o.first > noun && o.key !== owner.key);
  return { and, noun, units };
}

/** "Acme and finance arm Beta": Beta -> Acme, a subsidiary. */
export const coordinatedUnit: SentencePattern = {
  name: 'coordinatedUnit',
  reads: 'sentence',
  match(sentence) {
    const found: RelationCandidate[] = [];
    for (const owner of sentence.orgs) {
      const beside = unitsBeside(sentence, owner);
      if (!beside) continue;
      const trigger = { start: beside.and, end: beside.noun, confidence: UNIT_LIST };
      for (const unit of beside.units)
        found.push(...constructionLink(sentence, trigger, 'subsidiary', unit, owner));
    }
    return found;
  },
};
