/**
 * "Beta picked Acme and Gamma to supply 5G equipment", "Beta a choisi Acme pour fournir",
 * "Beta hat Acme ausgewählt, um Turbinen zu liefern", "Beta eligió a Acme para suministrar":
 * a choice verb whose object is followed by a purpose clause of supplying. Each one chosen
 * supplies the one choosing. The purpose clause is what makes the choice a supply: "picked
 * up a stake in Acme" has none, and its object is no name right after the verb.
 */
import type { RelationCandidate } from '../types.js';
import { CHOSEN_SUPPLIER } from './confidence.js';
import { constructionLink, subjectBefore, wordBetween } from './constructions.js';
import { describedOrgAfter } from './described.js';
import { partyList } from './lists.js';
import type { SentencePattern } from './pattern.js';
import { hasComma, type ParsedSentence, type Party } from './syntax.js';

/** "picked Acme and Gamma to": how far after the last one chosen the purpose word may stand. */
export const PURPOSE_REACH = 2;
/** "um Turbinen und Ersatzteile zu liefern": how far after the purpose word its verb may stand. */
export const PURPOSE_VERB_REACH = 6;

/** Those chosen: a list right after the verb, or (verb last) right before it. */
function chosenAt(sentence: ParsedSentence, verb: number): Party[] {
  const { tokens, words } = sentence;
  // "eligió a Acme", "picked the Finnish vendor Acme": a description may stand between.
  const after = describedOrgAfter(sentence, verb);
  if (after && !hasComma(sentence.document, tokens, verb, after.first))
    return partyList(sentence, after);
  // "Beta hat Acme und Gamma ausgewählt, um": a participle that ends its clause, after
  // those chosen.
  const before = sentence.orgs.findLast((o) => o.last === verb - 1);
  const clauseEnd =
    hasComma(sentence.document, tokens, verb, verb + 1) ||
    words.constructions.purpose.has(tokens[verb + 1]?.lower ?? '');
  if (!before || !clauseEnd) return [];
  const first = sentence.orgs.find((o) => partyList(sentence, o).includes(before));
  return first ? partyList(sentence, first) : [];
}

/** Does a purpose clause of supplying open after token `from`? */
function supplyPurposeAfter(sentence: ParsedSentence, from: number): boolean {
  const { purpose, purposeSupply } = sentence.words.constructions;
  const opens = wordBetween(sentence, purpose, from + 1, from + PURPOSE_REACH);
  if (opens === undefined) return false;
  const verb = wordBetween(sentence, purposeSupply, opens + 1, opens + PURPOSE_VERB_REACH);
  if (verb === undefined) return false;
  return !sentence.orgs.some((o) => o.first > opens && o.first < verb);
}

/** "Beta picked Acme to supply turbines": Acme -> Beta, a supply. */
export const chosenSupplier: SentencePattern = {
  name: 'chosenSupplier',
  reads: 'sentence',
  match(sentence) {
    const found: RelationCandidate[] = [];
    sentence.tokens.forEach((token, verb) => {
      if (!sentence.words.constructions.choice.has(token.lower)) return;
      const chosen = chosenAt(sentence, verb);
      const last = chosen.at(-1);
      if (!last || !supplyPurposeAfter(sentence, Math.max(last.last, verb))) return;
      const chooser = subjectBefore(sentence, Math.min(verb, chosen[0]?.first ?? verb), chosen);
      if (!chooser) return;
      const trigger = { start: verb, end: verb, confidence: CHOSEN_SUPPLIER };
      for (const supplier of chosen)
        found.push(...constructionLink(sentence, trigger, 'supply', supplier, chooser));
    });
    return found;
  },
};
