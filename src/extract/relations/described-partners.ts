/**
 * A partner after "with" described before its name: "mit der Energiefirma Beta", "con la
 * francese Beta", "with the French group Beta". The description is an article and up to
 * three more words, none of them a preposition, a conjunction or a second article, so
 * "with the help of Beta" and "mit der Übernahme der Beta" name no partner. Read by
 * mutualWithDescribed (described.ts).
 */
import { DESCRIPTION_WORDS, describedAfter } from './described-after.js';
import { cueAt, hasComma, orgAfter, type ParsedSentence, type Party } from './syntax.js';

export { DESCRIPTION_WORDS, describedAfter };

/**
 * German puts a participle's phrase between the article and its noun: "mit der mehrheitlich
 * zur Acme gehörenden Beta". The partner is the name after the participle (a one-word cue
 * right after the inner name), not the inner name.
 */
function afterParticiple(sentence: ParsedSentence, withAt: number): Party | undefined {
  const { tokens, words, document } = sentence;
  if (!words.articles.has(tokens[withAt + 1]?.lower ?? '')) return undefined;
  const inner = sentence.orgs.find((o) => o.first > withAt + 1);
  if (!inner || inner.first - withAt - 1 > DESCRIPTION_WORDS) return undefined;
  const participle = cueAt(words.cues, tokens, inner.last + 1);
  if (participle?.words.length !== 1) return undefined;
  const partner = orgAfter(sentence, inner.last + 1, 2);
  if (!partner || hasComma(document, tokens, withAt, partner.first)) return undefined;
  return partner;
}

/** The party described after the "with" at token `withAt`: "with the mining group Beta". */
export function describedPartner(sentence: ParsedSentence, withAt: number): Party | undefined {
  const partner = describedAfter(sentence, withAt, true);
  // A bare "with Beta" or "with the Beta" is read by mutualWith.
  if (partner && partner.first - withAt > 2) return partner;
  return afterParticiple(sentence, withAt);
}
