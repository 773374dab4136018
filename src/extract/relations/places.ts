/**
 * Patterns that place an organisation: where it is (located_in) and where it is active
 * (active_in).
 */
import type { RelationCandidate } from '../types.js';
import { ACTIVE_IN, ACTIVE_IN_WEAK_PARTY, BASED_IN, NATIONALITY, round } from './confidence.js';
import { isLocatedInCue, type CuePattern, type SentencePattern } from './pattern.js';
import {
  NOUN_PHRASE_REACH,
  SUBJECT_WINDOW,
  hasVerbBetween,
  type ParsedSentence,
  type Party,
  type PlaceSlot,
} from './syntax.js';

/** "headquartered in Lagos": how far after the cue the place may start, in tokens. */
export const PLACE_AFTER_CUE = 3;
/** "Acme ... in Lagos": how far before the place the organisation may end, in tokens. */
export const LOCATIVE_REACH = 15;

function placeLink(
  sentence: ParsedSentence,
  type: RelationCandidate['type'],
  org: Party,
  place: PlaceSlot,
  cue: string,
  confidence: number,
): RelationCandidate {
  return {
    type,
    source: org.key,
    target: place.key,
    sentence: sentence.index,
    regions: [place.key],
    cue,
    confidence,
  };
}

/** A named organisation, not a definite "the company" nor a tentative acronym. */
const named = (o: Party) => !o.reference && !o.key.startsWith('org?:');

/** "Acme, headquartered in Lagos" / "based in Lagos, Acme". */
export const locatedInCue: CuePattern = {
  name: 'locatedInCue',
  reads: 'cue',
  accepts: isLocatedInCue,
  match({ sentence, cue, start, end }) {
    const { orgs, places } = sentence;
    const place = places.find(
      (p) => p.first > end && p.first - end <= PLACE_AFTER_CUE && !p.demonym,
    );
    const subject =
      [...orgs]
        .reverse()
        .find((o) => !o.reference && o.last < start && start - o.last <= SUBJECT_WINDOW) ??
      orgs.find((o) => !o.reference && o.first > end);
    if (!place || !subject || subject.key.startsWith('person:')) return [];
    return [placeLink(sentence, 'located_in', subject, place, cue.text, round(cue.confidence))];
  },
};

/** "Acme ... in Lagos": an organisation before a place after a locative is active there. */
export const activeIn: SentencePattern = {
  name: 'activeIn',
  reads: 'sentence',
  match(sentence) {
    const { orgs, places, tokens, words } = sentence;
    const found: RelationCandidate[] = [];
    for (const place of places) {
      if (!place.locative || place.demonym) continue;
      for (const org of orgs) {
        // The sentence's first organisation is its likely subject and may sit further away.
        const reach = org === orgs[0] ? 2 * LOCATIVE_REACH : LOCATIVE_REACH;
        if (org.reference || org.last >= place.first || place.first - org.last > reach) continue;
        if (org.key.startsWith('org?:')) continue;
        if (words.between.has(tokens[org.first - 1]?.lower ?? '')) continue;
        const cue = tokens[place.first - 1]?.text ?? '';
        const confidence = org.weak ? ACTIVE_IN_WEAK_PARTY : ACTIVE_IN;
        found.push(placeLink(sentence, 'active_in', org, place, cue, confidence));
      }
    }
    return found;
  },
};

/** "Acme, a Lagos-based lender" / "the Lagos-based lender Acme". */
export const basedIn: SentencePattern = {
  name: 'basedIn',
  reads: 'sentence',
  match(sentence) {
    const { tokens } = sentence;
    const orgs = sentence.orgs.filter(named);
    const found: RelationCandidate[] = [];
    for (const place of sentence.places) {
      if (!place.basedIn) continue;
      const org =
        orgs.find((o) => o.first > place.first && o.first - place.first <= NOUN_PHRASE_REACH) ??
        [...orgs].reverse().find((o) => o.last < place.first);
      const cue = tokens[place.first]?.text ?? '';
      if (org) found.push(placeLink(sentence, 'located_in', org, place, cue, BASED_IN));
    }
    return found;
  },
};

/** "the Kenyan operator Acme", "fournisseur zimbabwéen, Acme": a nationality next to a name. */
export const nationality: SentencePattern = {
  name: 'nationality',
  reads: 'sentence',
  match(sentence) {
    const { document, tokens } = sentence;
    const found: RelationCandidate[] = [];
    for (const place of sentence.places) {
      if (!place.demonym) continue;
      const org = sentence.orgs.find(
        (o) => named(o) && o.first > place.first && o.first - place.first <= NOUN_PHRASE_REACH,
      );
      const cue = tokens[place.first]?.text ?? '';
      if (org && !hasVerbBetween(document, tokens, place.first, org.first))
        found.push(placeLink(sentence, 'located_in', org, place, cue, NATIONALITY));
    }
    return found;
  },
};
