/**
 * Descriptors: words at the front of a capitalised run that describe the name after them
 * and are no part of it. "Lagos-based Acme Holdings" is Acme Holdings based in Lagos; in
 * German, where every noun is capitalised, "Energieversorger Nordwind AG" and "Konkurrent
 * Nordwind" put a common noun before the name. The rest of the run is read again.
 */
import type { Decision } from './decision.js';
import type { EntityRule } from './rule.js';

/** The rest of the run from `first` on, or nothing when the run is the descriptor alone. */
function restAfter(first: number, last: number): Decision {
  return first <= last ? { kind: 'owner', first } : { kind: 'drop' };
}

/** "Lagos-based Acme", "Zurich-headquartered Acme": a based-in compound opens the run. */
export const basedInPrefix: EntityRule = {
  name: 'basedInPrefix',
  decide: (candidate) => {
    const { tokens, first, last } = candidate.span;
    const token = tokens[first];
    if (!token || !candidate.context.words.basedIn.test(token.text)) return undefined;
    return restAfter(first + 1, last);
  },
};

/**
 * "Automobilzulieferer Nordwind AG", "Konkurrent Nordwind": a noun that says what kind of
 * company follows (data/lexicon.csv kind descriptor_noun, alone or as a compound's last part)
 * opens the run. Only languages that capitalise every noun have rows.
 */
export const descriptorNounPrefix: EntityRule = {
  name: 'descriptorNounPrefix',
  decide: (candidate) => {
    const { tokens, first, last } = candidate.span;
    const token = tokens[first];
    const next = tokens[first + 1];
    if (!token || !next?.cap || token.upper || first === last) return undefined;
    const { knowledge, document } = candidate.context;
    const nouns = knowledge.lexicon('descriptor_noun', document.language);
    for (const noun of nouns) if (token.lower.endsWith(noun)) return restAfter(first + 1, last);
    return undefined;
  },
};

export const DESCRIPTOR_RULES: readonly EntityRule[] = [basedInPrefix, descriptorNounPrefix];
