/**
 * "Beta picked Acme and Gamma to supply 5G equipment", "Beta a choisi Acme pour fournir",
 * "Beta hat Acme ausgewählt, um Turbinen zu liefern", "Beta eligió a Acme para suministrar":
 * a choice verb whose object is followed by a purpose clause of supplying. Each one chosen
 * supplies the one choosing ("Acme was picked by Beta to supply": the passive too). The purpose clause is what makes the choice a supply: "picked
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

/** A choice: those chosen, who chose them, and the last token of the phrase. */
interface Choice {
  chosen: Party[];
  chooser: Party;
  end: number;
}

/** The whole coordinated list that `member` stands in ("Acme and Gamma"). */
function listOf(sentence: ParsedSentence, member: Party): Party[] {
  const first = sentence.orgs.find((o) => partyList(sentence, o).includes(member));
  return first ? partyList(sentence, first) : [member];
}

/** "Beta picked Acme and Gamma", "eligió a Acme": a description may stand between. */
function activeChoice(sentence: ParsedSentence, verb: number): Choice | undefined {
  const after = describedOrgAfter(sentence, verb);
  if (!after || hasComma(sentence.document, sentence.tokens, verb, after.first)) return undefined;
  const chosen = partyList(sentence, after);
  const chooser = subjectBefore(sentence, verb, chosen);
  return chooser && { chosen, chooser, end: chosen.at(-1)?.last ?? verb };
}

/** "Acme was picked by Beta": the one chosen is the subject, the chooser follows "by". */
function passiveChoice(sentence: ParsedSentence, verb: number): Choice | undefined {
  const by = sentence.tokens[verb + 1];
  if (!by || !sentence.words.constructions.agent.has(by.lower)) return undefined;
  const chooser = describedOrgAfter(sentence, verb + 1);
  const subject = subjectBefore(sentence, verb);
  if (!chooser || !subject) return undefined;
  return { chosen: listOf(sentence, subject), chooser, end: chooser.last };
}

/** "Beta hat Acme und Gamma ausgewählt, um": a participle that ends its clause. */
function clauseFinalChoice(sentence: ParsedSentence, verb: number): Choice | undefined {
  const { tokens, words, document } = sentence;
  const before = sentence.orgs.findLast((o) => o.last === verb - 1);
  const clauseEnd =
    hasComma(document, tokens, verb, verb + 1) ||
    words.constructions.purpose.has(tokens[verb + 1]?.lower ?? '');
  if (!before || !clauseEnd) return undefined;
  const chosen = listOf(sentence, before);
  const chooser = subjectBefore(sentence, chosen[0]?.first ?? verb, chosen);
  return chooser && { chosen, chooser, end: verb };
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
      const choice =
        passiveChoice(sentence, verb) ??
        activeChoice(sentence, verb) ??
        clauseFinalChoice(sentence, verb);
      if (!choice || !supplyPurposeAfter(sentence, choice.end)) return;
      const trigger = { start: verb, end: verb, confidence: CHOSEN_SUPPLIER };
      for (const supplier of choice.chosen)
        found.push(...constructionLink(sentence, trigger, 'supply', supplier, choice.chooser));
    });
    return found;
  },
};
