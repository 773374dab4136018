/**
 * Parentheses after a name that define no short name for it may still say it is an
 * organisation's name: they hold its owner, or an acronym's country.
 */
import type { EntityRule } from './rule.js';

/**
 * "Fagor Mesa (Corporación Solara)", "BNKX (Gabon)": an organisation in parentheses is the
 * name's owner, and a country after an acronym is where that company is; either way the
 * name is an organisation's, though not the short name of the one in parentheses.
 */
export const orgBesideOwnerOrCountry: EntityRule = {
  name: 'orgBesideOwnerOrCountry',
  decide: (candidate) => {
    const inside = candidate.parenthesised;
    if (inside === null) return undefined;
    const { knowledge, places, document } = candidate.context;
    const lastWord = inside.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    const firstWord = inside.split(/\s+/u)[0]?.toLowerCase() ?? '';
    const owner = [firstWord, lastWord].some(
      (word) =>
        knowledge.legalSuffixes.has(word) ||
        ['company', 'organization'].includes(knowledge.orgKeywords.get(word) ?? ''),
    );
    const country =
      candidate.acronymLike &&
      places.lookup(inside, { language: document.language })?.level === 'country';
    return owner || country ? { kind: 'org' } : undefined;
  },
};
