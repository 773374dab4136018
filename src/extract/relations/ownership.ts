/**
 * Ownership patterns: a parent named as the possessor of a unit noun, with the unit's
 * name right after it ("Acme's Indian subsidiary, Beta").
 */
import { POSSESSOR_OBJECT } from './confidence.js';
import { isDirectedCue, link, type CuePattern } from './pattern.js';
import { POSSESSOR_REACH } from './syntax.js';

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
