/**
 * A shareholding stated as a share of the company: "Acme holds 40% of Beta", "Acme détient
 * 40 % de Beta", "Acme hält 40 Prozent an Beta". ("a 40% stake in Beta" is the cue
 * "stake in", read by the cue patterns.)
 */
import type { RelationCandidate } from '../types.js';
import { PERCENT_HOLDING } from './confidence.js';
import { constructionLink, phraseEnd, subjectBefore, wordBetween } from './constructions.js';
import type { SentencePattern } from './pattern.js';
import { orgAfter, type ParsedSentence, type Party } from './syntax.js';

/** "holds (about) 40% of": how far after the verb the number may stand. */
export const PERCENT_REACH = 3;
/** "40% of", "40 % du capital de": how far after the share its preposition may stand. */
export const PREPOSITION_REACH = 3;

const NUMBER = /^\d+(?:[.,]\d+)?$/u;

/** A holder of more than this share, in per cent, controls the company. */
export const MAJORITY = 50;

/** The share at the number token `at`, in per cent: "51", "59,4". */
export function shareValue(sentence: ParsedSentence, at: number): number {
  return Number((sentence.tokens[at]?.text ?? '').replace(',', '.'));
}

/** The last token of "40%", "40 per cent", "40 Prozent" starting at `index`, if it is one. */
export function percentEnd(sentence: ParsedSentence, index: number): number | undefined {
  const { tokens, document } = sentence;
  const token = tokens[index];
  if (!token || !NUMBER.test(token.text)) return undefined;
  if (/^\s?%/u.test(document.text.slice(token.end))) return index;
  return phraseEnd(sentence, sentence.words.constructions.percent, index + 1);
}

/**
 * The company after the "of" at `of`: "40% of Beta", or "40 % du capital de Beta", "el 59 %
 * de las acciones de Beta", where the share is of the company's capital or shares.
 */
function companyAfter(sentence: ParsedSentence, of: number): Party | undefined {
  const direct = orgAfter(sentence, of);
  if (direct) return direct;
  const { tokens, words } = sentence;
  const article = words.articles.has(tokens[of + 1]?.lower ?? '') ? 1 : 0;
  const capital = phraseEnd(sentence, words.constructions.capital, of + 1 + article);
  if (capital === undefined || !words.of.has(tokens[capital + 1]?.lower ?? '')) return undefined;
  return orgAfter(sentence, capital + 1);
}

/** "Acme holds 40% of Beta": Acme -> Beta, an investment. */
export const percentHolding: SentencePattern = {
  name: 'percentHolding',
  reads: 'sentence',
  match(sentence) {
    const { tokens, words } = sentence;
    const found: RelationCandidate[] = [];
    tokens.forEach((token, verb) => {
      if (!words.constructions.hold.has(token.lower)) return;
      let share: number | undefined;
      for (let at = verb + 1; at <= verb + PERCENT_REACH && share === undefined; at++)
        share = percentEnd(sentence, at);
      if (share === undefined) return;
      const prepositions = new Set([...words.of, ...words.prepositions]);
      const of = wordBetween(sentence, prepositions, share + 1, share + PREPOSITION_REACH);
      const holder = subjectBefore(sentence, verb);
      const company = of === undefined ? undefined : companyAfter(sentence, of);
      if (!holder || !company) return;
      const trigger = { start: verb, end: share, confidence: PERCENT_HOLDING };
      found.push(...constructionLink(sentence, trigger, 'investment', holder, company));
    });
    return found;
  },
};
