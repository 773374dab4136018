/**
 * "Acme and Beta's Indian subsidiary, Gamma, set up a joint venture", "Acme et la filiale
 * indienne de Beta, Gamma, ont créé une coentreprise": the second member of a coordinated
 * subject is a unit named after its description, so the peer of Acme is Gamma. (That
 * Gamma belongs to Beta is read by the unit patterns.)
 */
import { COORDINATED_SUBJECTS, POSSESSOR_OBJECT } from './confidence.js';
import { UNIT_MODIFIERS } from './ownership.js';
import { isDirectedCue, isMutualCue, link, type CuePattern } from './pattern.js';
import { COORDINATED_WINDOW, hasComma, type ParsedSentence, type Party } from './syntax.js';

/** "and Beta's Indian subsidiary,": the most words the unit's description may take. */
export const UNIT_DESCRIPTION_WORDS = UNIT_MODIFIERS + 8;

/** The member coordinated before the description that ends right before `unit`, if any. */
function memberBeforeDescription(sentence: ParsedSentence, unit: Party): Party | undefined {
  const { tokens, words, orgs, document } = sentence;
  if (!hasComma(document, tokens, unit.first - 1, unit.first)) return undefined;
  for (
    let and = unit.first - 2;
    and >= 0 && unit.first - and <= UNIT_DESCRIPTION_WORDS + 1;
    and--
  ) {
    if (!words.and.has(tokens[and]?.lower ?? '')) continue;
    const description = tokens.slice(and + 1, unit.first).map((token) => token.lower);
    const owner = orgs.find((o) => o.first > and && o.last < unit.first);
    const ownerMarked =
      owner !== undefined &&
      (owner.possessive || words.of.has(tokens[owner.first - 1]?.lower ?? ''));
    if (!ownerMarked || !description.some((word) => words.unitNouns.has(word))) return undefined;
    return orgs.find((o) => o.last === and - 1 && !o.possessive);
  }
  return undefined;
}

export const coordinatedUnitName: CuePattern = {
  name: 'coordinatedUnitName',
  reads: 'cue',
  accepts: isMutualCue,
  match(site) {
    const { sentence, cue, start } = site;
    const unit = [...sentence.orgs]
      .reverse()
      .find((o) => o.last < start && start - o.last <= COORDINATED_WINDOW && !o.possessive);
    const member = unit && memberBeforeDescription(sentence, unit);
    if (!unit || !member) return null;
    return link(site, cue.type, member, unit, COORDINATED_SUBJECTS);
  },
};

/** "and the Indian unit of Beta, Gamma,": how far before the unit noun the "and" may stand. */
export const CONJUNCT_REACH = 3;
/** "subsidiary of Beta", "filiale indienne de la Beta": how far after the noun the owner starts. */
export const OWNER_AFTER_UNIT_NOUN = 4;

/**
 * "Acme and the Indian subsidiary of Beta, Gamma, ...": the unit noun heads a member of a
 * coordination, not a predicate of Acme; the unit is the name after the comma. Read so,
 * or not at all: Acme is no unit of Beta.
 */
export const coordinatedUnitOf: CuePattern = {
  name: 'coordinatedUnitOf',
  reads: 'cue',
  accepts: (cue) => isDirectedCue(cue) && cue.type === 'subsidiary' && cue.pattern === 'forward',
  match(site) {
    const { sentence, start, end } = site;
    const { tokens, words, orgs, document } = sentence;
    let and = -1;
    for (let at = start - 1; at >= 0 && start - at <= CONJUNCT_REACH; at--)
      if (words.and.has(tokens[at]?.lower ?? '')) and = at;
    if (and < 0 || orgs.some((o) => o.first > and && o.last < start)) return null;
    // "filiale indienne de Beta": an adjective and "of" may stand before the owner.
    const owner = orgs.find((o) => o.first > end && o.first - end <= OWNER_AFTER_UNIT_NOUN);
    // "et sa filiale Beta" names the unit itself: the owner is the one after "of".
    const ofBefore = (o: Party) =>
      words.of.has(tokens[o.first - 1]?.lower ?? '') ||
      words.prepositions.has(site.cue.words.at(-1) ?? '');
    if (!owner || !ofBefore(owner)) return null;
    const unit = orgs.find((o) => o.first === owner.last + 1);
    if (!unit || !hasComma(document, tokens, owner.last, unit.first)) return [];
    return link(site, 'subsidiary', unit, owner, POSSESSOR_OBJECT);
  },
};
