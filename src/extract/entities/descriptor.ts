/**
 * A noun that describes the name after it. German capitalises every noun, so in "mit der
 * Energiefirma Acme" or "das Stromunternehmen Nordwind AG" the noun joins the name's
 * capitalised run. A first word that is, or ends in, a noun for an organisation (data/lexicon.csv
 * kind org_reference: Firma, Unternehmen, Konzern, Hersteller, ...) says what the name is and
 * is no part of it; the name is read again without it.
 */
import type { Candidate } from './candidate.js';
import type { Decision } from './decision.js';

/** An entity rule (rules.ts declares the same shape; declared here too to avoid a cycle). */
interface EntityRule {
  readonly name: string;
  decide(candidate: Candidate): Decision | undefined;
}

/**
 * Does `word` (lower case) end in a noun for an organisation? A noun that is itself an
 * organisation keyword ("Bank", "Gruppe") is left out: "Bank Austria", "Commerzbank" name.
 */
function endsInOrganisationNoun(candidate: Candidate, word: string): boolean {
  const { knowledge } = candidate.context;
  if (knowledge.orgKeywords.has(word)) return false;
  for (const noun of knowledge.lexicon('org_reference', candidate.document.language))
    if (word.endsWith(noun) && !knowledge.orgKeywords.has(noun)) return true;
  return false;
}

/**
 * "der Energiefirma Acme", "das Stromunternehmen Nordwind AG": the name starts after the
 * noun. Only where every noun is capitalised; a hyphen glues a name to the noun
 * ("Nordwind-Konzern"), and a title-case line capitalises every word, so both stay whole.
 */
export const nameAfterDescriptorNoun: EntityRule = {
  name: 'nameAfterDescriptorNoun',
  decide(candidate) {
    const { span, context } = candidate;
    if (!context.nounsCapitalised || span.first === span.last || span.titleCase) return undefined;
    const token = span.tokens[span.first];
    if (!token || token.upper || token.text.includes('-')) return undefined;
    return endsInOrganisationNoun(candidate, token.lower)
      ? { kind: 'owner', first: span.first + 1 }
      : undefined;
  },
};
