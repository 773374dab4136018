/**
 * A joint venture with a name of its own, and its members: "Tremon, a joint venture
 * between Acme and Beta", "the joint venture, called Tremon, ...", "Tremon, la coentreprise
 * créée par Acme et Beta". Every member is linked to the venture, and the members to each
 * other (the cue patterns link the members too when they read the cue alone).
 */
import type { RelationCandidate } from '../types.js';
import { NAMED_VENTURE } from './confidence.js';
import {
  constructionLink,
  distinct,
  everyPairOf,
  listAfter,
  subjectBefore,
  wordBetween,
} from './constructions.js';
import { partyList } from './lists.js';
import { cueSites, type CueSite, type SentencePattern } from './pattern.js';
import { hasComma, orgAfter, type ParsedSentence, type Party } from './syntax.js';

/** "Tremon, the new joint venture": how many words may stand between the comma and the cue. */
export const APPOSITION_WORDS = 3;
/** "the joint venture, to be called Tremon": how far after the cue the naming word may stand. */
export const NAMING_REACH = 3;
/** "between", "created by" or "with": how far after the cue or the venture's name they may stand. */
export const MEMBERS_REACH = 3;

interface Venture {
  name: Party;
  /** The name stands after the cue ("the joint venture, called Tremon"). */
  after: boolean;
}

/** "Tremon, a joint venture ...": the name, a comma, and a few lower-case words. */
function nameBefore(site: CueSite): Party | undefined {
  const { sentence, start } = site;
  const { tokens, document } = sentence;
  const name = [...sentence.orgs].reverse().find((o) => o.last < start);
  if (!name || name.possessive || start - name.last - 1 > APPOSITION_WORDS) return undefined;
  const words = tokens.slice(name.last + 1, start);
  if (words.some((token) => token.cap)) return undefined;
  if (!hasComma(document, tokens, name.last, name.last + 1)) return undefined;
  // "Acme, Beta and Gamma, a joint venture": the list is the members, not a name.
  return partyList(sentence, name).length > 1 ? undefined : name;
}

/** "the joint venture, (to be) called Tremon". */
function nameAfter(site: CueSite): Party | undefined {
  const { sentence, end } = site;
  const { naming } = sentence.words.constructions;
  const at = wordBetween(sentence, naming, end + 1, end + NAMING_REACH);
  if (at === undefined) return appositiveName(site);
  if (sentence.tokens.slice(end + 1, at).some((token) => token.cap)) return undefined;
  return orgAfter(sentence, at);
}

/**
 * "hold 50% of the joint venture, Tremon." : a name right after the cue and its comma, that
 * ends the clause (a comma, a full stop or the sentence's end follows), names the venture.
 * "formed a joint venture, Tremon said" is a speaker, with a verb after.
 */
function appositiveName(site: CueSite): Party | undefined {
  const { sentence, end } = site;
  const { tokens, document } = sentence;
  const name = sentence.orgs.find((o) => o.first === end + 1);
  if (!name || name.possessive || !hasComma(document, tokens, end, end + 1)) return undefined;
  const next = tokens[name.last + 1];
  const closes = !next || /^\s*[,.;]/u.test(document.text.slice(tokens[name.last]?.end ?? 0));
  return closes ? name : undefined;
}

function ventureAt(site: CueSite): Venture | undefined {
  const after = nameAfter(site);
  if (after) return { name: after, after: true };
  const before = nameBefore(site);
  return before ? { name: before, after: false } : undefined;
}

/** Members listed after `from`: "between A and B", "of A and B", "with A", "created by A and B". */
function listedMembers(sentence: ParsedSentence, from: number): Party[] {
  const words = sentence.words;
  const lead = new Set([...words.between, ...words.of, ...words.with]);
  const at = wordBetween(sentence, lead, from + 1, from + MEMBERS_REACH);
  if (at !== undefined) return listAfter(sentence, at, 2);
  const { created, agent } = words.constructions;
  const verb = wordBetween(sentence, created, from + 1, from + MEMBERS_REACH);
  if (verb === undefined || !agent.has(sentence.tokens[verb + 1]?.lower ?? '')) return [];
  return listAfter(sentence, verb + 1, 2);
}

/** "Acme and Beta formed Tremon, a joint venture": the founders before the venture's name. */
function founders(sentence: ParsedSentence, venture: Venture): Party[] {
  const { tokens, words } = sentence;
  // "gründeten die Tremon GmbH": an article may stand between the verb and the name.
  const article = words.reference.articles.has(tokens[venture.name.first - 1]?.lower ?? '');
  const verb = venture.name.first - (article ? 2 : 1);
  if (
    venture.after ||
    !sentence.words.constructions.founding.has(sentence.tokens[verb]?.lower ?? '')
  )
    return [];
  const subject = subjectBefore(sentence, verb, [venture.name]);
  return subject ? partyList(sentence, subject) : [];
}

function members(site: CueSite, venture: Venture): Party[] {
  const { sentence } = site;
  const found = [
    ...listedMembers(sentence, site.end),
    ...(venture.after ? listedMembers(sentence, venture.name.last) : []),
    ...founders(sentence, venture),
  ];
  // "Acme will hold 70% of the joint venture, called Tremon": the subject is a member.
  if (venture.after) {
    const subject = subjectBefore(sentence, site.start, [venture.name]);
    if (subject) found.unshift(...partyList(sentence, subject));
  }
  return distinct(found).filter((member) => member.key !== venture.name.key);
}

/** "Tremon, a joint venture between Acme and Beta": Acme - Tremon, Beta - Tremon, Acme - Beta. */
export const namedVenture: SentencePattern = {
  name: 'namedVenture',
  reads: 'sentence',
  match(sentence) {
    const found: RelationCandidate[] = [];
    for (const site of cueSites(sentence)) {
      if (site.cue.type !== 'joint_venture') continue;
      const venture = ventureAt(site);
      if (!venture) continue;
      const listed = members(site, venture);
      const confidence = site.cue.confidence * NAMED_VENTURE;
      const trigger = { start: site.start, end: site.end, confidence };
      for (const member of listed)
        found.push(...constructionLink(sentence, trigger, 'joint_venture', member, venture.name));
      found.push(...everyPairOf(sentence, trigger, 'joint_venture', listed));
    }
    return found;
  },
};
