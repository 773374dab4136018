/**
 * A takeover bid names its bidder and its target: "Acme launched a takeover bid for Beta",
 * "la OPA de Acme sobre Beta", "l'offre publique d'achat d'Acme sur Beta". The bidder is
 * the bid's "of" phrase when it has one, else the subject before the bid; the target
 * follows the bid's own preposition (data/lexicon.csv `bid_noun`, `bid_target`). A bid
 * without a named target says nothing: in "Beta rejected the bid of Acme" the parties are
 * not in the bid's slots.
 */
import type { RelationCandidate } from '../types.js';
import { TAKEOVER_BID } from './confidence.js';
import { constructionLink, phraseEnd, subjectBefore } from './constructions.js';
import type { SentencePattern } from './pattern.js';
import { orgAfter, type ParsedSentence, type Party } from './syntax.js';

/** "OPA amistosa sobre", "offre publique d'achat amicale sur": words between bid and target. */
export const TARGET_REACH = 3;
/** "sobre la Beta": only an article may stand between the preposition and a name. */
const TARGET_GAP = 2;

/** The target after token `after`: a bid preposition, then a name. */
function targetAfter(sentence: ParsedSentence, after: number): Party | undefined {
  const { tokens, words } = sentence;
  for (let at = after + 1; at <= after + TARGET_REACH && at < tokens.length; at++) {
    if (!words.constructions.bidTarget.has(tokens[at]?.lower ?? '')) continue;
    return orgAfter(sentence, at, TARGET_GAP);
  }
  return undefined;
}

/** "la OPA de Acme": the bidder named right after the bid, in an "of" phrase. */
function bidderOf(sentence: ParsedSentence, bidEnd: number): Party | undefined {
  const of = sentence.tokens[bidEnd + 1];
  if (!of || !sentence.words.of.has(of.lower)) return undefined;
  return orgAfter(sentence, bidEnd + 1, TARGET_GAP);
}

/** "la OPA de Acme sobre Beta", "Acme launched a takeover bid for Beta": Acme -> Beta. */
export const takeoverBid: SentencePattern = {
  name: 'takeoverBid',
  reads: 'sentence',
  match(sentence) {
    const found: RelationCandidate[] = [];
    const { bids } = sentence.words.constructions;
    sentence.tokens.forEach((_token, start) => {
      const end = phraseEnd(sentence, bids, start);
      if (end === undefined) return;
      const named = bidderOf(sentence, end);
      const bidder = named ?? subjectBefore(sentence, start);
      const target = targetAfter(sentence, named ? named.last : end);
      if (!bidder || !target) return;
      const trigger = { start, end, confidence: TAKEOVER_BID };
      found.push(...constructionLink(sentence, trigger, 'acquisition', bidder, target));
    });
    return found;
  },
};
