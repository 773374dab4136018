/**
 * Patterns for mutual cues ("partnership", "joint venture"): the two parties are peers,
 * so the relation is the same read either way.
 */
import {
  BETWEEN_PARTIES,
  COORDINATED_SUBJECTS,
  POSSESSOR_PARTNER,
  WITH_COORDINATED_SUBJECT,
  WITH_SUBJECT,
} from './confidence.js';
import { isMutualCue, link, namesCounterpartAfter, type CuePattern } from './pattern.js';
import {
  COORDINATED_WINDOW,
  POSSESSOR_REACH,
  SUBJECT_WINDOW,
  coordinated,
  governedByWith,
  hasComma,
  orgAfter,
} from './syntax.js';

/** How far from the cue its "with" may stand, in tokens, either side. */
export const WITH_REACH = 6;

/** "cooperation between A and B". A cue followed by "between" is read only so. */
export const mutualBetween: CuePattern = {
  name: 'mutualBetween',
  reads: 'cue',
  accepts: isMutualCue,
  match(site) {
    const { sentence, cue, end } = site;
    if (!sentence.words.between.has(sentence.tokens[end + 1]?.lower ?? '')) return null;
    const first = orgAfter(sentence, end + 1);
    const second = first && coordinated(sentence, first);
    return first && second ? link(site, cue.type, first, second, BETWEEN_PARTIES) : [];
  },
};

/** "A signed an agreement with B", "A, with B, signed ...": the subject and the object of "with". */
export const mutualWith: CuePattern = {
  name: 'mutualWith',
  reads: 'cue',
  accepts: isMutualCue,
  match(site) {
    const { sentence, cue, start, end } = site;
    const withAt = sentence.tokens.findIndex(
      (t, j) =>
        sentence.words.with.has(t.lower) &&
        j > start - WITH_REACH &&
        j <= end + WITH_REACH &&
        j !== start,
    );
    const partner = withAt >= 0 ? orgAfter(sentence, withAt) : undefined;
    if (!partner) return null;
    const before = Math.min(start, withAt);
    const subject = [...sentence.orgs]
      .reverse()
      .find(
        (o) => o.last < before && before - o.last <= SUBJECT_WINDOW && !governedByWith(sentence, o),
      );
    if (!subject) return [];
    const found = link(site, cue.type, subject, partner, WITH_SUBJECT);
    // "A and C signed an agreement with B": C is a partner of B too.
    const also = coordinated(sentence, subject);
    if (also && also.key !== partner.key)
      found.push(...link(site, cue.type, also, partner, WITH_COORDINATED_SUBJECT));
    return found;
  },
};

/** "A became one of B's partners". */
export const mutualPossessor: CuePattern = {
  name: 'mutualPossessor',
  reads: 'cue',
  accepts: isMutualCue,
  match(site) {
    const { sentence, cue, start } = site;
    const orgs = [...sentence.orgs].reverse();
    const possessor = orgs.find(
      (o) => o.possessive && o.last < start && start - o.last <= POSSESSOR_REACH,
    );
    if (!possessor) return null;
    const subject = orgs.find(
      (o) => o.last < possessor.first && possessor.first - o.last <= SUBJECT_WINDOW,
    );
    return subject ? link(site, cue.type, subject, possessor, POSSESSOR_PARTNER) : [];
  },
};

/** "A and B signed an agreement": a coordinated subject right before the cue, no comma between. */
export const mutualCoordinated: CuePattern = {
  name: 'mutualCoordinated',
  reads: 'cue',
  accepts: isMutualCue,
  match(site) {
    const { sentence, cue, start } = site;
    // "A and B won a contract with the city": a cue that names its counterpart after "with"
    // links the subjects to it, not to each other.
    if (namesCounterpartAfter(site)) return null;
    const second = [...sentence.orgs]
      .reverse()
      .find((o) => o.last < start && start - o.last <= COORDINATED_WINDOW);
    const first = second && coordinated(sentence, second);
    if (
      !second ||
      !first ||
      first.first >= second.first ||
      hasComma(sentence.document, sentence.tokens, second.last, start) ||
      governedByWith(sentence, first)
    )
      return null;
    return link(site, cue.type, first, second, COORDINATED_SUBJECTS);
  },
};
