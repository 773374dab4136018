/**
 * "Italy's Acme Rail", "France's Tremon Six": English names a company after the country it
 * belongs to in the genitive. A name right after a country's possessive that does not look
 * like a person's is an organisation ("Italy's Giulia Rossi" is left to the people rules).
 */
import type { Decision } from './decision.js';
import { lookupPlace } from './places.js';
import type { EntityRule } from './rule.js';

const ORG: Decision = { kind: 'org' };
/** The longest country name tried before the possessive. */
const MAX_COUNTRY_TOKENS = 3;

/** "Italy's Acme Rail": a country's possessive, right before the name. */
export const orgAfterCountryPossessive: EntityRule = {
  name: 'orgAfterCountryPossessive',
  decide(candidate) {
    const { context, span } = candidate;
    const { tokens, first } = span;
    const owner = tokens[first - 1];
    if (!owner?.possessive || !owner.cap || candidate.personShaped) return undefined;
    // Only where the genitive comes before the noun it owns, as in English.
    if (!context.knowledge.lexicon('genitive_before', context.document.language).has('yes'))
      return undefined;
    const gap = context.document.text.slice(owner.end, tokens[first]?.start ?? 0);
    // The 's may be part of the token ("France's") or follow it ("France’s").
    if (!/^(['’]s)?\s$/u.test(gap)) return undefined;
    // "Saudi Arabia's", "Italy's": the country may take a few words.
    for (let start = first - 1; start >= Math.max(0, first - MAX_COUNTRY_TOKENS); start--) {
      if (!tokens[start]?.cap || (start < first - 1 && tokens[start]?.possessive)) break;
      if (lookupPlace(context, tokens, start, first - 1)?.level === 'country') return ORG;
    }
    return undefined;
  },
};
