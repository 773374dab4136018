/**
 * A partner after "with" described before its name: "mit der Energiefirma Beta", "con la
 * francese Beta", "with the French group Beta". The description is an article and up to
 * three more words, none of them a preposition, a conjunction or a second article, so
 * "with the help of Beta" and "mit der Übernahme der Beta" name no partner.
 */
import { WITH_SUBJECT } from './confidence.js';
import { subjectBefore } from './constructions.js';
import { WITH_REACH } from './mutual.js';
import { isMutualCue, link, type CuePattern, type CueSite } from './pattern.js';
import { hasComma, type ParsedSentence, type Party } from './syntax.js';

/** How many words may describe the partner, its article included. */
export const DESCRIPTION_WORDS = 4;

/** Is the word one that ends a description: a preposition, "and", "with", an article? */
function endsDescription(sentence: ParsedSentence, word: string): boolean {
  const { words } = sentence;
  return (
    words.prepositions.has(word) ||
    words.with.has(word) ||
    words.and.has(word) ||
    words.between.has(word) ||
    words.articles.has(word)
  );
}

/** The party described after the "with" at token `withAt`, if the words between describe it. */
export function describedPartner(sentence: ParsedSentence, withAt: number): Party | undefined {
  const { tokens, words, document } = sentence;
  const partner = sentence.orgs.find((o) => o.first > withAt);
  if (!partner || partner.first - withAt - 1 > DESCRIPTION_WORDS) return undefined;
  const description = tokens.slice(withAt + 1, partner.first);
  const [article, ...rest] = description;
  if (!article || rest.length === 0 || !words.articles.has(article.lower)) return undefined;
  if (rest.some((token) => endsDescription(sentence, token.lower) || /\d/u.test(token.lower)))
    return undefined;
  return hasComma(document, tokens, withAt, partner.first) ? undefined : partner;
}

/** The "with" of a mutual cue, within reach either side of it. */
function withOf(site: CueSite): number {
  const { sentence, start, end } = site;
  return sentence.tokens.findIndex(
    (token, index) =>
      sentence.words.with.has(token.lower) &&
      index > start - WITH_REACH &&
      index <= end + WITH_REACH &&
      index !== start,
  );
}

/** "A signed an agreement with the energy firm B": A - B. */
export const mutualWithDescribed: CuePattern = {
  name: 'mutualWithDescribed',
  reads: 'cue',
  accepts: isMutualCue,
  match(site) {
    const withAt = withOf(site);
    const partner = withAt >= 0 ? describedPartner(site.sentence, withAt) : undefined;
    if (!partner) return null;
    const subject = subjectBefore(site.sentence, Math.min(site.start, withAt), [partner]);
    return subject ? link(site, site.cue.type, subject, partner, WITH_SUBJECT) : [];
  },
};
