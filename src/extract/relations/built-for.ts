/**
 * "Acme will build the network for Beta", "Acme construira le réseau pour Beta", "Acme baut
 * für Beta ein Netz": a builder building or installing something for a named customer
 * supplies it. Only a plain object may stand between the verb and "for": no other name, no
 * clause break, and no abstract noun ("build a case for Beta", "build support for Beta").
 * The customer is a name right after "for" (a description may stand between); "for the
 * first time" and "for the Atlas project" name none, and "for Beta's plant" is Beta's thing.
 */
import type { RelationCandidate } from '../types.js';
import { BUILT_FOR } from './confidence.js';
import { constructionLink, subjectBefore, wordBetween } from './constructions.js';
import { describedOrgAfter } from './described.js';
import type { SentencePattern } from './pattern.js';
import type { ParsedSentence, Party } from './syntax.js';

/** How far after the verb "for" may stand: the object takes a few words. */
export const BENEFICIARY_REACH = 6;

/** Punctuation between the verb and "for" (not inside "1,600"): the clause goes on. */
const CLAUSE_BREAK = /[;:!?()]|[.,](?!\d)/u;

/** The customer of the build verb at `verb`, if the construction holds. */
function customerOf(sentence: ParsedSentence, verb: number): Party | undefined {
  const { tokens, words, orgs, document } = sentence;
  const { beneficiary, abstractObjects } = words.constructions;
  const forAt = wordBetween(sentence, beneficiary, verb + 1, verb + BENEFICIARY_REACH);
  if (forAt === undefined) return undefined;
  if (orgs.some((o) => o.first > verb && o.first < forAt)) return undefined;
  const between = document.text.slice(tokens[verb]?.end ?? 0, tokens[forAt]?.start ?? 0);
  if (CLAUSE_BREAK.test(between)) return undefined;
  const object = tokens.slice(verb + 1, forAt);
  if (object.some((token) => abstractObjects.has(token.lower))) return undefined;
  const customer = describedOrgAfter(sentence, forAt);
  return customer && !customer.possessive ? customer : undefined;
}

/** "Acme will build the network for Beta": Acme -> Beta, a supply. */
export const builtFor: SentencePattern = {
  name: 'builtFor',
  reads: 'sentence',
  match(sentence) {
    const found: RelationCandidate[] = [];
    sentence.tokens.forEach((token, verb) => {
      if (!sentence.words.constructions.build.has(token.lower)) return;
      const customer = customerOf(sentence, verb);
      const builder = customer && subjectBefore(sentence, verb);
      if (!customer || !builder) return;
      const trigger = { start: verb, end: verb, confidence: BUILT_FOR };
      found.push(...constructionLink(sentence, trigger, 'supply', builder, customer));
    });
    return found;
  },
};
