/**
 * A parent and the units it names: "Acme's subsidiaries Beta and Gamma", "Acme sold its
 * units Beta, Gamma and Delta", "les filiales d'Acme"... and "Beta, another Acme subsidiary".
 * The unit nouns are data/lexicon.csv `unit_noun` (singular and plural).
 */
import type { RelationCandidate } from '../types.js';
import { UNIT_LIST } from './confidence.js';
import { constructionLink, listAfter, subjectBefore } from './constructions.js';
import type { SentencePattern } from './pattern.js';
import { UNIT_MODIFIERS, UNIT_NAME_WINDOW } from './ownership.js';
import { POSSESSOR_REACH, hasComma, type ParsedSentence, type Party } from './syntax.js';

/** The parent of the unit noun at `noun`: "Acme's units", "Acme ... its units", "the Acme units". */
function parentOf(
  sentence: ParsedSentence,
  noun: number,
  units: readonly Party[],
): Party | undefined {
  const { orgs, tokens, words } = sentence;
  const before = [...orgs].reverse().filter((o) => o.last < noun);
  const possessor = before.find((o) => o.possessive && noun - o.last <= POSSESSOR_REACH);
  if (possessor) return possessor;
  const modifier = before.find((o) => o.last === noun - 1);
  if (modifier) return modifier;
  for (let at = noun - 1; at >= noun - 1 - UNIT_MODIFIERS && at >= 0; at--) {
    if (words.possessives.has(tokens[at]?.lower ?? '')) return subjectBefore(sentence, at, units);
  }
  return undefined;
}

/** "Acme's subsidiaries Beta and Gamma": each unit of the list -> Acme. */
export const unitList: SentencePattern = {
  name: 'unitList',
  reads: 'sentence',
  match(sentence) {
    const { tokens, words } = sentence;
    const found: RelationCandidate[] = [];
    tokens.forEach((token, noun) => {
      if (!words.unitNouns.has(token.lower)) return;
      const units = listAfter(sentence, noun, UNIT_NAME_WINDOW);
      // A single unit is read by the cue patterns and possessiveDeterminerUnit.
      if (units.length < 2) return;
      const parent = parentOf(sentence, noun, units);
      if (!parent) return;
      const trigger = { start: noun, end: noun, confidence: UNIT_LIST };
      for (const unit of units)
        found.push(...constructionLink(sentence, trigger, 'subsidiary', unit, parent));
    });
    return found;
  },
};

/** "Beta, another Acme subsidiary": at most this many words between the comma and the parent. */
export const APPOSITION_DETERMINERS = 1;

/** "Beta, another Acme subsidiary, ...", "Beta, an Acme unit": Beta -> Acme. */
export const appositiveUnit: SentencePattern = {
  name: 'appositiveUnit',
  reads: 'sentence',
  match(sentence) {
    const { tokens, words, orgs, document } = sentence;
    const found: RelationCandidate[] = [];
    tokens.forEach((token, noun) => {
      if (!words.unitNouns.has(token.lower)) return;
      const parent = orgs.find((o) => o.last === noun - 1 && !o.possessive);
      if (!parent) return;
      const unit = [...orgs].reverse().find((o) => o.last < parent.first);
      const between = unit ? parent.first - unit.last - 1 : Infinity;
      if (!unit || between < 1 || between > APPOSITION_DETERMINERS) return;
      if (!hasComma(document, tokens, unit.last, unit.last + 1)) return;
      if (tokens.slice(unit.last + 1, parent.first).some((word) => word.cap)) return;
      const trigger = { start: noun, end: noun, confidence: UNIT_LIST };
      found.push(...constructionLink(sentence, trigger, 'subsidiary', unit, parent));
    });
    return found;
  },
};
