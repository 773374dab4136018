/**
 * Ownership patterns: a parent named as the possessor of a unit noun, with the unit's
 * name right after it ("Acme's Indian subsidiary, Beta").
 */
import type { Cue } from '../knowledge/index.js';
import type { RelationCandidate } from '../types.js';
import { POSSESSOR_OBJECT } from './confidence.js';
import { isDirectedCue, link, type CuePattern, type SentencePattern } from './pattern.js';
import { POSSESSOR_REACH, type ParsedSentence } from './syntax.js';

/** "Acme's subsidiary, Beta": how far after the unit noun its name may start, in tokens. */
export const UNIT_NAME_WINDOW = 2;

/** "Acme's Indian subsidiary, Beta": Beta -> Acme, whatever stands before the possessor. */
export const possessiveUnit: CuePattern = {
  name: 'possessiveUnit',
  reads: 'cue',
  // A role noun only: "Acme's acquisition of Beta" is an action, read by other patterns.
  accepts: (cue) => isDirectedCue(cue) && cue.type === 'subsidiary' && cue.pattern === 'forward',
  match(site) {
    const { orgs, words } = site.sentence;
    const lastWord = site.cue.words[site.cue.words.length - 1] ?? '';
    if (words.prepositions.has(lastWord)) return null;
    const parent = [...orgs]
      .reverse()
      .find((o) => o.possessive && o.last < site.start && site.start - o.last <= POSSESSOR_REACH);
    const unit = orgs.find((o) => o.first > site.end && o.first - site.end <= UNIT_NAME_WINDOW);
    if (!parent || !unit) return null;
    return link(site, 'subsidiary', unit, parent, POSSESSOR_OBJECT);
  },
};

/** "its ports arm Beta": how many describing words may stand between "its" and the unit noun. */
export const UNIT_MODIFIERS = 2;
/** "Acme, through its arm Beta": how far before "its" the owner may end, in tokens. */
export const OWNER_REACH = 3;

/** The unit noun after the possessive determiner at `at`, within UNIT_MODIFIERS words. */
function unitNounAfter(sentence: ParsedSentence, at: number): number | undefined {
  const { tokens, words } = sentence;
  for (let index = at + 1; index <= at + 1 + UNIT_MODIFIERS && index < tokens.length; index++) {
    if (words.unitNouns.has(tokens[index]?.lower ?? '')) return index;
  }
  return undefined;
}

/** How sure a unit noun alone makes a subsidiary, as a cue row would say it. */
export const UNIT_NOUN_CONFIDENCE = 0.85;

/** A unit noun read as the cue of the relation it states. */
function unitCue(sentence: ParsedSentence, noun: string): Cue {
  const language = sentence.document.language;
  const words = [noun.toLowerCase()];
  return {
    language,
    words,
    text: noun,
    type: 'subsidiary',
    pattern: 'forward',
    confidence: UNIT_NOUN_CONFIDENCE,
  };
}

/** "Acme through its ports arm Beta": Beta -> Acme, the owner right before "its". */
export const possessiveDeterminerUnit: SentencePattern = {
  name: 'possessiveDeterminerUnit',
  reads: 'sentence',
  match(sentence) {
    const { tokens, orgs, words } = sentence;
    const found: RelationCandidate[] = [];
    for (let at = 0; at < tokens.length; at++) {
      if (!words.possessives.has(tokens[at]?.lower ?? '')) continue;
      const noun = unitNounAfter(sentence, at);
      if (noun === undefined) continue;
      const owner = [...orgs]
        .reverse()
        .find((o) => !o.possessive && o.last < at && at - o.last <= OWNER_REACH);
      const unit = orgs.find((o) => o.first > noun && o.first - noun <= UNIT_NAME_WINDOW);
      if (!owner || !unit) continue;
      const site = {
        sentence,
        cue: unitCue(sentence, tokens[noun]?.text ?? ''),
        start: at,
        end: noun,
      };
      found.push(...link(site, 'subsidiary', unit, owner, POSSESSOR_OBJECT));
    }
    return found;
  },
};
