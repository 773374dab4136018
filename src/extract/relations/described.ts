/**
 * "Acme signed an agreement with French utility giant Beta", "avec le géant américain Beta",
 * "mit der Energiefirma Beta", "Acme will supply hydrogen to German steelmaker Beta": a name
 * after "with" or after a directed cue's preposition may carry a description of its own
 * (nationality, trade, size) longer than an article. The words between must all describe:
 * lower-case words that are no cue, nouns for an organisation (data/lexicon.csv
 * `org_reference`) and nationality words; a comma, a verb-like cue or another name ends the
 * search. After "with" and no article, the words must end in such a noun or nationality.
 */
import {
  isMutualCue,
  link,
  namesCounterpartAfter,
  type CuePattern,
  type CueSite,
} from './pattern.js';
import { COORDINATED_SUBJECTS, DESCRIBED_PARTNER, WITH_SUBJECT } from './confidence.js';
import { subjectBefore } from './constructions.js';
import { describedPartner } from './described-partners.js';
import { WITH_REACH } from './mutual.js';
import {
  COORDINATED_WINDOW,
  cueAt,
  governedByWith,
  hasComma,
  type ParsedSentence,
  type Party,
} from './syntax.js';

/** How many describing words may stand between "with" and the name. */
export const DESCRIPTION_REACH = 5;

const LOWER_START = /^\p{Ll}/u;

/**
 * Is token `index` a describing word: lower-case and no cue, or a nationality? A function
 * word may only open the description ("with the"): one further in starts a phrase of its
 * own ("mit der mehrheitlich zur Gamma gehörenden Beta").
 */
function describes(sentence: ParsedSentence, index: number, opening: boolean): boolean {
  const { tokens, words, places } = sentence;
  const token = tokens[index];
  if (!token || cueAt(words.cues, tokens, index)) return false;
  if (words.and.has(token.lower) || words.with.has(token.lower)) return false;
  if (words.articles.has(token.lower) || words.prepositions.has(token.lower)) return opening;
  // German writes its nouns with a capital: "mit dem französischen Konzern Beta".
  if (LOWER_START.test(token.text) || words.reference.nouns.has(token.lower)) return true;
  // "French", "Singapore-based": where the organisation comes from.
  return places.some((p) => (p.demonym || p.basedIn) && p.first <= index && index <= p.last);
}

/** The name after token `index` behind describing words only, if any. */
export function describedOrgAfter(sentence: ParsedSentence, index: number): Party | undefined {
  const next = sentence.orgs.find((o) => o.first > index);
  if (!next || next.first - index - 1 > DESCRIPTION_REACH) return undefined;
  if (hasComma(sentence.document, sentence.tokens, index, next.first)) return undefined;
  for (let at = index + 1; at < next.first; at++)
    if (!describes(sentence, at, at === index + 1)) return undefined;
  return next;
}

/**
 * Is the word before the name one that says what the partner is: a noun for an
 * organisation ("utility", "giant", "carrier") or a nationality ("French")? Without an
 * article in front, only such a description makes the words one noun phrase with the name:
 * "with great interest Beta" names no partner.
 */
function endsInClass(sentence: ParsedSentence, partner: Party): boolean {
  const { tokens, words, places } = sentence;
  const last = partner.first - 1;
  if (words.orgNouns.has(tokens[last]?.lower ?? '')) return true;
  return places.some((p) => (p.demonym || p.basedIn) && p.first <= last && last <= p.last);
}

/** The "with" of a mutual cue, within reach either side of it ("together with B, A signed"). */
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

/**
 * "A signed an agreement with the energy firm B" (an article and a few words, or a German
 * participle phrase: described-partners.ts), "A signed a deal with French giant B" (no
 * article: describing words that end in a class noun or a nationality): A - B. A bare
 * "with B" or "with the B" is mutualWith's.
 */
export const mutualWithDescribed: CuePattern = {
  name: 'mutualWithDescribed',
  reads: 'cue',
  accepts: isMutualCue,
  match(site) {
    const { sentence, cue, start } = site;
    const withAt = withOf(site);
    if (withAt < 0) return null;
    const withArticle = describedPartner(sentence, withAt);
    const bare = withArticle ? undefined : describedOrgAfter(sentence, withAt);
    const partner = withArticle ?? (bare && endsInClass(sentence, bare) ? bare : undefined);
    if (!partner) return null;
    const subject = subjectBefore(sentence, Math.min(start, withAt), [partner]);
    if (!subject) return withArticle ? [] : null;
    const factor = withArticle ? WITH_SUBJECT : DESCRIBED_PARTNER;
    return link(site, cue.type, subject, partner, factor);
  },
};

/**
 * "Acme and Singapore-based Beta set up a joint venture": a coordinated subject whose
 * second member carries a description. No comma between the members or before the cue.
 */
export const mutualCoordinatedDescribed: CuePattern = {
  name: 'mutualCoordinatedDescribed',
  reads: 'cue',
  accepts: isMutualCue,
  match(site) {
    const { sentence, cue, start } = site;
    const { tokens, words, orgs, document } = sentence;
    if (namesCounterpartAfter(site)) return null;
    const second = [...orgs]
      .reverse()
      .find((o) => o.last < start && start - o.last <= COORDINATED_WINDOW);
    if (!second || hasComma(document, tokens, second.last, start)) return null;
    const first = [...orgs].reverse().find((o) => o.last < second.first);
    const and = first ? first.last + 1 : -1;
    if (!first || !words.and.has(tokens[and]?.lower ?? '') || governedByWith(sentence, first))
      return null;
    if (describedOrgAfter(sentence, and) !== second) return null;
    return link(site, cue.type, first, second, COORDINATED_SUBJECTS);
  },
};
