/**
 * A shareholding told in a relative clause about the company held: "Beta, in which Acme
 * holds a 40% stake, …", "Beta, dont Acme détient 40 %", "Beta, di cui Acme detiene il
 * 40%", "die Beta, an der Acme 40 Prozent hält". The clause opens right after the comma
 * that follows the company (data/lexicon.csv `holding_relative`), the holder comes next,
 * and a share stands near its holding verb (`hold_verb`).
 */
import { phraseAt } from '../text/match.js';
import type { RelationCandidate } from '../types.js';
import { PERCENT_HOLDING } from './confidence.js';
import { constructionLink } from './constructions.js';
import { percentEnd, PERCENT_REACH } from './holdings.js';
import type { SentencePattern } from './pattern.js';
import { hasComma, type ParsedSentence, type Party } from './syntax.js';

/** "an der Acme 40 Prozent hält": how many words may stand between the holder and its verb. */
export const HOLDER_TO_VERB = 4;

/** Does a share ("40%", "40 Prozent") start within `from`..`to`? */
function shareWithin(sentence: ParsedSentence, from: number, to: number): boolean {
  for (let at = Math.max(0, from); at <= to; at++)
    if (percentEnd(sentence, at) !== undefined) return true;
  return false;
}

/** The company before ", in which" / ", dont" that opens right before `holder`, if any. */
function heldBefore(sentence: ParsedSentence, holder: Party): Party | undefined {
  const { tokens, words, orgs, document } = sentence;
  for (const phrase of words.constructions.holdingRelatives) {
    // "da qual a Acme": an article may stand between the clause's opening and the holder.
    for (const article of [0, 1]) {
      const start = holder.first - article - phrase.length;
      if (start < 1) continue;
      if (article && !words.reference.articles.has(tokens[holder.first - 1]?.lower ?? '')) continue;
      if (!phraseAt(phrase, tokens, start)) continue;
      if (!hasComma(document, tokens, start - 1, start)) continue;
      const held = orgs.find((o) => o.last === start - 1 && !o.possessive);
      if (held) return held;
    }
  }
  return undefined;
}

/** "Beta, in which Acme holds a 40% stake": Acme -> Beta, an investment. */
export const relativeHolding: SentencePattern = {
  name: 'relativeHolding',
  reads: 'sentence',
  match(sentence) {
    const { orgs, tokens, words } = sentence;
    const found: RelationCandidate[] = [];
    for (const holder of orgs) {
      const held = heldBefore(sentence, holder);
      if (!held) continue;
      const verb = tokens.findIndex(
        (token, at) =>
          at > holder.last &&
          at - holder.last <= HOLDER_TO_VERB + 1 &&
          words.constructions.hold.has(token.lower),
      );
      if (verb < 0) continue;
      // The share follows the verb ("holds 40%"), or stands before a verb at the clause's end.
      const share =
        shareWithin(sentence, verb + 1, verb + PERCENT_REACH) ||
        shareWithin(sentence, holder.last + 1, verb - 1);
      if (!share) continue;
      const trigger = { start: holder.first - 1, end: verb, confidence: PERCENT_HOLDING };
      found.push(...constructionLink(sentence, trigger, 'investment', holder, held));
    }
    return found;
  },
};
