/**
 * Belonging stated owner first, with the verb before its subjects: "Zu Acme gehören die
 * Gesellschaften Beta und Gamma", "Ad Acme fanno capo Beta e Gamma". The owner follows
 * the preposition at the clause's start (data/lexicon.csv `belong_preposition`), the verb
 * (`belong_verb`) follows the owner, and the units are listed right after the verb.
 */
import type { RelationCandidate } from '../types.js';
import { UNIT_LIST } from './confidence.js';
import { constructionLink, listAfter, phraseEnd } from './constructions.js';
import type { SentencePattern } from './pattern.js';
import { hasComma, orgAfter, type ParsedSentence } from './syntax.js';

/** "gehören die Gesellschaften Beta": how far after the verb the first unit may start. */
export const UNITS_AFTER_VERB = 3;

/** Does token `index` start a clause: the sentence's start or after a comma? */
function startsClause(sentence: ParsedSentence, index: number): boolean {
  return index === 0 || hasComma(sentence.document, sentence.tokens, index - 1, index);
}

/** "Zu Acme gehören Beta und Gamma": Beta -> Acme, Gamma -> Acme. */
export const invertedBelonging: SentencePattern = {
  name: 'invertedBelonging',
  reads: 'sentence',
  match(sentence) {
    const { tokens, words } = sentence;
    const { belongPrepositions, belongVerbs } = words.constructions;
    const found: RelationCandidate[] = [];
    tokens.forEach((token, at) => {
      if (!belongPrepositions.has(token.lower) || !startsClause(sentence, at)) return;
      const owner = orgAfter(sentence, at);
      if (!owner || owner.possessive) return;
      // "Zu der Acme", not "Zu den Kunden der Acme": at most a definite article between.
      const between = tokens.slice(at + 1, owner.first);
      if (between.some((word) => !words.reference.articles.has(word.lower))) return;
      const verbEnd = phraseEnd(sentence, belongVerbs, owner.last + 1);
      if (verbEnd === undefined) return;
      const trigger = { start: at, end: verbEnd, confidence: UNIT_LIST };
      for (const unit of listAfter(sentence, verbEnd, UNITS_AFTER_VERB))
        if (unit.key !== owner.key)
          found.push(...constructionLink(sentence, trigger, 'subsidiary', unit, owner));
    });
    return found;
  },
};
