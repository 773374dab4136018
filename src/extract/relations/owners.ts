/**
 * A company's owners named after a copula: "the shareholders of Tremon are Acme and Beta",
 * "les actionnaires de Tremon sont Acme et Beta". Two or more owners are partners in one
 * venture, and each is linked to it.
 */
import type { RelationCandidate } from '../types.js';
import { SHAREHOLDERS_NAMED } from './confidence.js';
import { constructionLink, everyPairOf } from './constructions.js';
import { partyList } from './lists.js';
import type { SentencePattern } from './pattern.js';
import type { ParsedSentence, Party } from './syntax.js';

/** "of the", "der", "de la": how many words may stand between the noun and the company. */
export const OF_WORDS = 2;

/** The company right after a shareholder noun at `noun` and its "of" words. */
function ownedAfter(sentence: ParsedSentence, noun: number): Party | undefined {
  const { tokens, words } = sentence;
  const company = sentence.orgs.find((o) => o.first > noun && o.first - noun - 1 <= OF_WORDS);
  if (!company || company.possessive || company.first === noun + 1) return undefined;
  const between = tokens.slice(noun + 1, company.first).map((token) => token.lower);
  if (!words.of.has(between[0] ?? '')) return undefined;
  return between.slice(1).every((word) => words.articles.has(word)) ? company : undefined;
}

/** The owners named after the copula following `company`. */
function ownersAfter(sentence: ParsedSentence, company: Party): Party[] {
  const { tokens, words } = sentence;
  const verb = company.last + 1;
  if (!words.constructions.pluralCopula.has(tokens[verb]?.lower ?? '')) return [];
  const first = sentence.orgs.find((o) => o.first > verb && o.first - verb <= 2);
  if (!first || (first.first === verb + 2 && !words.articles.has(tokens[verb + 1]?.lower ?? '')))
    return [];
  return partyList(sentence, first).filter((owner) => owner.key !== company.key);
}

/** "The shareholders of Tremon are Acme and Beta": Acme - Tremon, Beta - Tremon, Acme - Beta. */
export const shareholdersNamed: SentencePattern = {
  name: 'shareholdersNamed',
  reads: 'sentence',
  match(sentence) {
    const found: RelationCandidate[] = [];
    sentence.tokens.forEach((token, noun) => {
      if (!sentence.words.constructions.shareholders.has(token.lower)) return;
      const company = ownedAfter(sentence, noun);
      const owners = company ? ownersAfter(sentence, company) : [];
      if (!company || owners.length < 2) return;
      const trigger = { start: noun, end: company.last + 1, confidence: SHAREHOLDERS_NAMED };
      for (const owner of owners)
        found.push(...constructionLink(sentence, trigger, 'joint_venture', owner, company));
      found.push(...everyPairOf(sentence, trigger, 'joint_venture', owners));
    });
    return found;
  },
};
