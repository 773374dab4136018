/**
 * Patterns for directed cues. A forward cue points from its subject to its object
 * ("A supplies B": A -> B), a backward cue the other way ("A was acquired by B": B -> A).
 * All of them read the cue's subject and object the same way (readDirected).
 */
import { phraseAt } from '../text/match.js';
import type { RelationCandidate } from '../types.js';
import { OBJECT_AS_SOURCE, POSSESSOR_OBJECT, SUBJECT_AS_SOURCE } from './confidence.js';
import { MAJORITY, percentEnd, shareValue } from './holdings.js';
import { isDirectedCue, link, type CuePattern, type CueSite } from './pattern.js';
import {
  NOUN_PHRASE_REACH,
  OBJECT_WINDOW,
  POSSESSOR_REACH,
  SUBJECT_WINDOW,
  hasComma,
  type Party,
} from './syntax.js';

/** How far after a prepositional cue ("supplier to") its object may start, in tokens. */
export const PREPOSITION_OBJECT_WINDOW = 3;
/** "filiale du groupe minier chinois Acme": how many more words a descriptor may add. */
export const DESCRIPTOR_REACH = 4;
/** "Acme and its subsidiary Beta": how far after the cue the object may start to be turned round. */
export const TURNED_OBJECT_WINDOW = 2;
/** "40%", "30 per cent": how many tokens a share written before a cue may take. */
export const SHARE_WORDS = 3;

/** The subject and object of a directed cue, and how to read them. */
export interface DirectedReading {
  subject: Party;
  object: Party;
  /** The object is a possessor before the cue: "A became one of B's suppliers". */
  possessorObject: boolean;
  type: RelationCandidate['type'];
  /** A possessive determiner before a role noun turns the cue round: "its subsidiary Beta". */
  turned: boolean;
}

function subjectOf(site: CueSite): Party | undefined {
  const { orgs } = site.sentence;
  // The sentence's first organisation is its grammatical subject more often than not, and
  // may stand further back: "Acme (“Acme”, “we”) is a Lagos-based firm and a subsidiary of".
  return [...orgs]
    .reverse()
    .find(
      (o) =>
        o.last < site.start &&
        site.start - o.last <= (o === orgs[0] ? 2 * SUBJECT_WINDOW : SUBJECT_WINDOW) &&
        !o.possessive,
    );
}

/** "A became one of B's suppliers": the possessor between subject and cue. */
function possessorBefore(site: CueSite, subject: Party): Party | undefined {
  return site.sentence.orgs.find(
    (o) =>
      o.possessive &&
      o.key !== subject.key &&
      o.first > subject.last &&
      o.last < site.start &&
      site.start - o.last <= POSSESSOR_REACH,
  );
}

function endsInPreposition(site: CueSite): boolean {
  return site.sentence.words.prepositions.has(site.cue.words[site.cue.words.length - 1] ?? '');
}

/** "acquires a 30% stake in Beta", "acquired 25 percent of Beta" are investments, not acquisitions. */
function typeOf(site: CueSite, object: Party): RelationCandidate['type'] {
  const { tokens, words } = site.sentence;
  if (site.cue.type !== 'acquisition') return site.cue.type;
  const stake = tokens.slice(site.end + 1, object.first).some((t) => words.stakeWords.has(t.lower));
  if (stake) return 'investment';
  // "acquired 25 percent of Beta": a share of half or less is an investment, more is control.
  const share = shareBetween(site, object);
  return share !== undefined && share <= MAJORITY ? 'investment' : 'acquisition';
}

/** The share, in per cent, written between the cue and its object: "acquired 25% of". */
function shareBetween(site: CueSite, object: Party): number | undefined {
  for (let at = site.end + 1; at < object.first; at++)
    if (percentEnd(site.sentence, at) !== undefined) return shareValue(site.sentence, at);
  return undefined;
}

/**
 * "an Acme subsidiary", "Acme unit Beta": a name right before a unit noun, with no comma,
 * says whose unit it is. It is the unit's parent, not the subject of the noun as a cue.
 */
function parentBeforeUnitNoun(site: CueSite, subject: Party): boolean {
  const { tokens, words, document } = site.sentence;
  return (
    site.cue.words.length === 1 &&
    words.unitNouns.has(tokens[site.start]?.lower ?? '') &&
    subject.last === site.start - 1 &&
    !hasComma(document, tokens, subject.last, site.start)
  );
}

/**
 * "agreed to buy nickel from Acme", "comprará níquel a Acme": goods bought from a company
 * make it the buyer's supplier. The goods are lower-case words right after the cue, with no
 * article or possessive, stake, unit or asset noun among them ("bought the plant from Acme",
 * "bought its stake from Acme" buy from a seller), then the seller's preposition.
 */
function boughtFromSupplier(site: CueSite, object: Party): boolean {
  const { tokens, words } = site.sentence;
  if (site.cue.type !== 'acquisition') return false;
  const between = tokens.slice(site.end + 1, object.first);
  const preposition = words.constructions.sellerPrepositions.find(
    (phrase) =>
      phrase.length < between.length && phraseAt(phrase, between, between.length - phrase.length),
  );
  if (!preposition) return false;
  const goods = between.slice(0, between.length - preposition.length);
  const excluded = [
    words.reference.articles,
    words.possessives,
    words.stakeWords,
    words.unitNouns,
    words.orgNouns,
    words.constructions.assetNouns,
  ];
  return goods.every((token) => !token.cap && excluded.every((set) => !set.has(token.lower)));
}

/**
 * "Beta, 40% owned by Acme", "30 per cent owned by": a share of half or less right before a
 * cue of ownership makes the owner an investor, not the parent.
 */
function minorityBefore(site: CueSite): boolean {
  if (site.cue.type !== 'subsidiary') return false;
  for (let at = Math.max(0, site.start - SHARE_WORDS); at < site.start; at++) {
    if (percentEnd(site.sentence, at) !== site.start - 1) continue;
    return shareValue(site.sentence, at) <= MAJORITY;
  }
  return false;
}

/** "Acme and its subsidiary Beta": a possessive determiner before the cue turns it round. */
function turnedRound(site: CueSite, object: Party): boolean {
  const { tokens, orgs, words } = site.sentence;
  // Only role nouns turn round ("its subsidiary Beta"); actions do not ("its acquisition of Beta").
  const roleNoun = !endsInPreposition(site);
  // A word inside a name is no determiner: in "Acme SA rachète Beta" the legal form "SA"
  // is spelt like French "sa" ("its") but ends the subject's name.
  const before = site.start - 1;
  const inName = orgs.some((o) => o.first <= before && before <= o.last);
  return (
    roleNoun &&
    !inName &&
    words.possessives.has(tokens[before]?.lower ?? '') &&
    object.first - site.end <= TURNED_OBJECT_WINDOW
  );
}

/**
 * "Beta, filial de Gamma, y Delta": a comma or an "and" between a prepositional cue and a
 * name ends the cue's phrase, so the name is the next member of a list, not the object.
 */
function beyondPhrase(site: CueSite, object: Party): boolean {
  const { sentence } = site;
  const between = sentence.tokens.slice(site.end + 1, object.first);
  return (
    hasComma(sentence.document, sentence.tokens, site.end, object.first) ||
    between.some((token) => sentence.words.and.has(token.lower))
  );
}

/**
 * "filial de la cadena lituana Acme", "rachetée par le groupe chinois Acme": between a
 * prepositional cue and its object, an article and a noun for a kind of organisation, then
 * lower-case words describing it, name the object.
 */
function describedObject(site: CueSite, object: Party): boolean {
  const { tokens, words, document } = site.sentence;
  const between = tokens.slice(site.end + 1, object.first);
  const noun = between.findIndex((token) => words.orgNouns.has(token.lower));
  return (
    noun >= 0 &&
    noun <= 1 &&
    between.length < PREPOSITION_OBJECT_WINDOW + DESCRIPTOR_REACH &&
    between.every(
      (token) => !token.cap && !words.and.has(token.lower) && !words.relatives.has(token.lower),
    ) &&
    !hasComma(document, tokens, site.end, object.first)
  );
}

/** The object after a cue: a name right after a prepositional cue, or a described one. */
function objectAfter(site: CueSite, prepositional: boolean): Party | undefined {
  const next = site.sentence.orgs.find(
    (o) => o.first > site.end && o.first - site.end <= OBJECT_WINDOW,
  );
  if (!next || !prepositional || next.first - site.end <= PREPOSITION_OBJECT_WINDOW) return next;
  return describedObject(site, next) ? next : undefined;
}

/**
 * "vendue à une société détenue par Acme", "a company owned by Acme": the cue describes the
 * noun right before it, not a name further back, unless that noun is in apposition to the
 * name ("Beta, a company owned by Acme").
 */
function describesNounBefore(site: CueSite, subject: Party): boolean {
  const { tokens, words, document } = site.sentence;
  const noun = tokens[site.start - 1];
  if (!noun || noun.cap || !words.orgNouns.has(noun.lower)) return false;
  const apposition =
    site.start - 1 - subject.last <= NOUN_PHRASE_REACH &&
    hasComma(document, tokens, subject.last, subject.last + 1);
  return !apposition;
}

export function readDirected(site: CueSite): DirectedReading | null {
  const subject = subjectOf(site);
  if (!subject || describesNounBefore(site, subject)) return null;
  const possessor = possessorBefore(site, subject);
  // A cue ending in a preposition ("supplier to", "filiale de") takes the name right after it;
  // "fournisseur de services ... Acme" describes Acme, it does not link to it.
  const prepositional = endsInPreposition(site);
  const object = possessor ?? objectAfter(site, prepositional);
  if (!object) return null;
  if (!possessor && prepositional && beyondPhrase(site, object)) return null;
  // The owner is the object, and invests in the subject.
  if (minorityBefore(site))
    return { subject, object, possessorObject: false, type: 'investment', turned: true };
  // The supplier is the object, and supplies the subject: the cue read the other way round.
  if (boughtFromSupplier(site, object))
    return { subject, object, possessorObject: false, type: 'supply', turned: true };
  if (parentBeforeUnitNoun(site, subject)) {
    // "Acme unit Beta": Beta is the unit; "another Acme subsidiary, … Gamma" links no Gamma.
    if (object.first - site.end > TURNED_OBJECT_WINDOW) return null;
    return { subject, object, possessorObject: false, type: site.cue.type, turned: true };
  }
  return {
    subject,
    object,
    possessorObject: possessor !== undefined,
    type: typeOf(site, object),
    turned: turnedRound(site, object),
  };
}

/** "A became one of B's suppliers": B is the object, the cue's direction decides the rest. */
export const possessorObject: CuePattern = {
  name: 'possessorObject',
  reads: 'cue',
  accepts: isDirectedCue,
  match(site) {
    const reading = readDirected(site);
    if (!reading?.possessorObject) return null;
    const { subject, object, type } = reading;
    const subjectIsSource = (site.cue.pattern === 'forward') !== reading.turned;
    return subjectIsSource
      ? link(site, type, subject, object, POSSESSOR_OBJECT)
      : link(site, type, object, subject, POSSESSOR_OBJECT);
  },
};

/** "Acme and its subsidiary Beta": the cue read the other way round. */
export const turnedCue: CuePattern = {
  name: 'turnedCue',
  reads: 'cue',
  accepts: isDirectedCue,
  match(site) {
    const reading = readDirected(site);
    if (!reading || reading.possessorObject || !reading.turned) return null;
    const { subject, object, type } = reading;
    return site.cue.pattern === 'forward'
      ? link(site, type, object, subject, OBJECT_AS_SOURCE)
      : link(site, type, subject, object, SUBJECT_AS_SOURCE);
  },
};

/** "A supplies B": A -> B. */
export const forwardCue: CuePattern = {
  name: 'forwardCue',
  reads: 'cue',
  accepts: (cue) => isDirectedCue(cue) && cue.pattern === 'forward',
  match(site) {
    const reading = readDirected(site);
    if (!reading || reading.possessorObject || reading.turned) return null;
    return link(site, reading.type, reading.subject, reading.object, SUBJECT_AS_SOURCE);
  },
};

/** "A was acquired by B": B -> A. */
export const backwardCue: CuePattern = {
  name: 'backwardCue',
  reads: 'cue',
  accepts: (cue) => isDirectedCue(cue) && cue.pattern === 'backward',
  match(site) {
    const reading = readDirected(site);
    if (!reading || reading.possessorObject || reading.turned) return null;
    return link(site, reading.type, reading.object, reading.subject, OBJECT_AS_SOURCE);
  },
};
