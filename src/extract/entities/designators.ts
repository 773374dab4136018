/**
 * "Grupo Solara", "Groupe Vasseur", "Empresas Tremon": where a language puts a designator in
 * front of a company's name (data/lexicon.csv, kind leading_designator), the designator and
 * a capitalised name after it are an organisation, as a legal form at the end would make one.
 */
import type { Decision } from './decision.js';
import type { EntityRule } from './rule.js';

const ORG: Decision = { kind: 'org' };

/** "Grupo Solara": a leading designator, then at least one capitalised word. */
export const orgByLeadingDesignator: EntityRule = {
  name: 'orgByLeadingDesignator',
  decide(candidate) {
    const { knowledge } = candidate.context;
    const { tokens, first, last } = candidate.span;
    const head = tokens[first];
    const next = tokens[first + 1];
    if (!head?.cap || !next?.cap || last === first) return undefined;
    // Any language's: "Grupo Solara" keeps its designator in an English text.
    const designators = knowledge.lexicon('leading_designator', '*');
    return designators.has(head.lower) ? ORG : undefined;
  },
};
