/**
 * Patterns for lists of parties at a mutual cue ("joint venture", "partnership"): every
 * member of a coordinated list ("A, B and C") is a peer of the others. A list needs its
 * last join to be "and": commas alone may be appositions ("Acme, Borealis's parent").
 */
import { BETWEEN_PARTIES, COORDINATED_SUBJECTS, WITH_SUBJECT } from './confidence.js';
import type { Token } from '../text/tokens.js';
import { isMutualCue, link, type CuePattern, type CueSite } from './pattern.js';
import { describedAfter } from './described-after.js';
import { WITH_REACH } from './mutual.js';
import {
  COORDINATED_WINDOW,
  SUBJECT_WINDOW,
  describesMember,
  governedByWith,
  hasComma,
  orgAfter,
  type ParsedSentence,
  type Party,
} from './syntax.js';

type Join = 'comma' | 'and' | null;

/** "Acme (Mondragón) and Beta": the tokens from `from` to `to`, less those in parentheses. */
function outsideParentheses(sentence: ParsedSentence, from: number, to: number): Token[] {
  const { tokens, document } = sentence;
  const start = tokens[from - 1]?.end ?? 0;
  const count = (text: string, mark: string) => text.split(mark).length - 1;
  return tokens.slice(from, to).filter((token) => {
    const before = document.text.slice(start, token.start);
    return count(before, '(') <= count(before, ')');
  });
}

/**
 * "Acme (Borealis Group) and Beta": a name alone in parentheses right after another names
 * that one's owner or country; the list runs past it.
 */
function isAside(sentence: ParsedSentence, party: Party): boolean {
  const { tokens, document, orgs } = sentence;
  const previous = orgs[orgs.indexOf(party) - 1];
  const start = tokens[party.first];
  const end = tokens[party.last];
  if (!previous || !start || !end) return false;
  const before = document.text.slice(tokens[previous.last]?.end ?? 0, start.start);
  return /^\s*\($/u.test(before) && /^\s*\)/u.test(document.text.slice(end.end));
}

/** "A in Cameroon and B in Congo": a member's place, a locative and a place name, leads on. */
function withoutPlace(sentence: ParsedSentence, between: Token[]): Token[] {
  const [locative, ...rest] = between;
  const first = locative ? sentence.tokens.indexOf(locative) : -1;
  if (!locative || !sentence.words.locatives.has(locative.lower)) return between;
  const place = sentence.places.find((slot) => slot.first === first + 1);
  if (!place) return between;
  return rest.filter((token) => {
    const at = sentence.tokens.indexOf(token);
    return at < place.first || at > place.last;
  });
}

/**
 * How `left` and the next party `right` are joined: ", ", "and (the)", ", and (the)", "and
 * the Chinese group"; words in parentheses and a place after `left` do not count.
 */
function joinBetween(sentence: ParsedSentence, left: Party, right: Party): Join {
  const { tokens, words } = sentence;
  const between = withoutPlace(sentence, outsideParentheses(sentence, left.last + 1, right.first));
  const comma = hasComma(sentence.document, tokens, left.last, right.first);
  if (between.length === 0) return comma ? 'comma' : null;
  const [word, article] = between.map((token) => token.lower);
  const isAnd =
    words.and.has(word ?? '') &&
    (between.length === 1 ||
      (between.length === 2 && words.articles.has(article ?? '')) ||
      describesMember(words, between.slice(1)));
  return isAnd ? 'and' : null;
}

/**
 * The list `party` stands in, in text order: "A, B and C" from any member. A party with
 * no "and" in its chain stands alone.
 */
export function partyList(sentence: ParsedSentence, party: Party): Party[] {
  const orgs = sentence.orgs.filter((o) => o === party || !isAside(sentence, o));
  let from = orgs.indexOf(party);
  if (from < 0) return [party];
  let to = from;
  const joins: Join[] = [];
  while (from > 0) {
    const join = joinBetween(sentence, orgs[from - 1] as Party, orgs[from] as Party);
    if (!join) break;
    joins.unshift(join);
    from--;
  }
  while (to < orgs.length - 1) {
    const join = joinBetween(sentence, orgs[to] as Party, orgs[to + 1] as Party);
    if (!join) break;
    joins.push(join);
    to++;
    if (join === 'and') break; // "A, B and C" ends at its "and".
  }
  // Keep the members up to the last "and"; a bare comma chain is not a list.
  const lastAnd = joins.lastIndexOf('and');
  if (lastAnd < 0) return [party];
  const members = orgs.slice(from, from + lastAnd + 2);
  return members.includes(party) ? members : [party];
}

/** Every pair of members, each once. */
function everyPair(site: CueSite, members: readonly Party[], factor: number) {
  return members.flatMap((one, i) =>
    members.slice(i + 1).flatMap((other) => link(site, site.cue.type, one, other, factor)),
  );
}

/** "a joint venture between A, B and C", "a joint venture of A and B": every pair. */
export const listBetween: CuePattern = {
  name: 'listBetween',
  reads: 'cue',
  accepts: isMutualCue,
  match(site) {
    const { sentence, cue, end } = site;
    const next = sentence.tokens[end + 1]?.lower ?? '';
    const between = sentence.words.between.has(next);
    // "of" names members only for a joint venture: "a partnership of ..." is rarer and vaguer.
    const of = cue.type === 'joint_venture' && sentence.words.of.has(next);
    if (!between && !of) return null;
    const first = orgAfter(sentence, end + 1);
    const members = first ? partyList(sentence, first) : [];
    if (members[0] !== first || members.length < (between ? 3 : 2)) return null;
    return everyPair(site, members, BETWEEN_PARTIES);
  },
};

/** "A signed agreements with B and C": the subject with each listed partner. */
export const listWith: CuePattern = {
  name: 'listWith',
  reads: 'cue',
  accepts: isMutualCue,
  match(site) {
    const { sentence, start, end } = site;
    const withAt = sentence.tokens.findIndex(
      (t, j) =>
        sentence.words.with.has(t.lower) &&
        j > start - WITH_REACH &&
        j <= end + WITH_REACH &&
        j !== start,
    );
    // "with B and C", or with the partners described first: "with major carriers B and C",
    // "avec les opérateurs B et C".
    const partner =
      withAt >= 0
        ? (orgAfter(sentence, withAt) ??
          describedAfter(sentence, withAt, false) ??
          describedAfter(sentence, withAt, true))
        : undefined;
    const partners = partner ? partyList(sentence, partner) : [];
    if (partners[0] !== partner || partners.length < 2) return null;
    const before = Math.min(start, withAt);
    const subject = [...sentence.orgs]
      .reverse()
      .find(
        (o) => o.last < before && before - o.last <= SUBJECT_WINDOW && !governedByWith(sentence, o),
      );
    if (!subject) return [];
    return partyList(sentence, subject).flatMap((member) =>
      partners.flatMap((other) => link(site, site.cue.type, member, other, WITH_SUBJECT)),
    );
  },
};

/** "A, B and C set up a joint venture": three or more coordinated subjects, every pair. */
export const listCoordinated: CuePattern = {
  name: 'listCoordinated',
  reads: 'cue',
  accepts: isMutualCue,
  match(site) {
    const { sentence, start } = site;
    const last = [...sentence.orgs]
      .reverse()
      .find((o) => o.last < start && start - o.last <= COORDINATED_WINDOW);
    if (!last || hasComma(sentence.document, sentence.tokens, last.last, start)) return null;
    const members = partyList(sentence, last);
    if (members.at(-1) !== last || members.length < 3) return null;
    if (members.some((member) => governedByWith(sentence, member))) return null;
    return everyPair(site, members, COORDINATED_SUBJECTS);
  },
};
