/**
 * A shareholding stated in the passive: "Beta, owned 60% by Acme", "Beta est détenue à 51 %
 * par Acme", "Beta está participada al 100 % por Acme", "detida em 30% pela Acme". Beta's
 * holder is Acme: more than half makes Beta a subsidiary, less an investment.
 */
import type { RelationCandidate } from '../types.js';
import { HELD_SHARE } from './confidence.js';
import { constructionLink, subjectBefore, wordBetween } from './constructions.js';
import { MAJORITY, PERCENT_REACH, percentEnd, shareValue } from './holdings.js';
import type { SentencePattern } from './pattern.js';
import { orgAfter, type ParsedSentence } from './syntax.js';

/** "51 % par", "60% owned by": how far after the share the agent's "by" may stand. */
export const AGENT_REACH = 2;

/** The number and last token of a share within PERCENT_REACH after token `index`. */
function shareAfter(sentence: ParsedSentence, index: number) {
  for (let at = index + 1; at <= index + PERCENT_REACH; at++) {
    const end = percentEnd(sentence, at);
    if (end !== undefined) return { value: shareValue(sentence, at), end };
  }
  return undefined;
}

/** "Beta, détenue à 51 % par Acme": Beta -> Acme (subsidiary), or Acme -> Beta (investment). */
export const heldShare: SentencePattern = {
  name: 'heldShare',
  reads: 'sentence',
  match(sentence) {
    const { tokens, words } = sentence;
    const found: RelationCandidate[] = [];
    tokens.forEach((token, participle) => {
      if (!words.constructions.held.has(token.lower)) return;
      const share = shareAfter(sentence, participle);
      if (!share) return;
      const by = wordBetween(
        sentence,
        words.constructions.agent,
        share.end + 1,
        share.end + AGENT_REACH,
      );
      const holder = by === undefined ? undefined : orgAfter(sentence, by);
      const company = subjectBefore(sentence, participle);
      if (!holder || !company) return;
      const trigger = { start: participle, end: by ?? share.end, confidence: HELD_SHARE };
      found.push(
        ...(share.value > MAJORITY
          ? constructionLink(sentence, trigger, 'subsidiary', company, holder)
          : constructionLink(sentence, trigger, 'investment', holder, company)),
      );
    });
    return found;
  },
};
