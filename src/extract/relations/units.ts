/**
 * A parent and the units it names: "Acme's subsidiaries Beta and Gamma", "Acme sold its
 * units Beta, Gamma and Delta", "Beta, another Acme subsidiary"; and the other way round,
 * "Beta's parent Acme". The nouns are data/lexicon.csv `unit_noun` and `unit_noun_plural`,
 * and `parent_noun`.
 */
import type { RelationCandidate } from '../types.js';
import { UNIT_LIST } from './confidence.js';
import { constructionLink, listAfter, phraseEnd, subjectBefore } from './constructions.js';
import type { SentencePattern } from './pattern.js';
import { UNIT_MODIFIERS, UNIT_NAME_WINDOW } from './ownership.js';
import { POSSESSOR_REACH, hasComma, orgAfter, type ParsedSentence, type Party } from './syntax.js';

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
  // "the Acme units"; not "Beta, subsidiary of ...", where a comma sets the noun apart.
  const modifier = before.find(
    (o) => o.last === noun - 1 && !hasComma(sentence.document, tokens, o.last, noun),
  );
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
      // "its subsidiary Beta and Gamma": after a singular, Gamma is another party.
      if (!words.unitPlurals.has(token.lower)) return;
      // "subsidiaries of Acme", "filiales de Acme": what follows is the parent, not a unit.
      if (words.of.has(tokens[noun + 1]?.lower ?? '')) return;
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

/** The child named before a parent noun starting at `noun`: "Beta's parent", "Beta parent", "Beta and its parent". */
function childBefore(sentence: ParsedSentence, noun: number): Party | undefined {
  const { orgs, tokens, words } = sentence;
  const before = [...orgs].reverse().filter((o) => o.last < noun);
  const adjacent = (o: Party) =>
    o.last === noun - 1 && !hasComma(sentence.document, tokens, o.last, noun);
  const named = before.find(
    (o) => (o.possessive && noun - o.last <= POSSESSOR_REACH) || adjacent(o),
  );
  if (named) return named;
  for (let at = noun - 1; at >= noun - 1 - UNIT_MODIFIERS && at >= 0; at--) {
    if (words.possessives.has(tokens[at]?.lower ?? '')) return subjectBefore(sentence, at);
  }
  return undefined;
}

/** "Beta's parent Acme", "Beta parent Acme", "Beta et sa maison mère Acme": Beta -> Acme. */
export const parentNoun: SentencePattern = {
  name: 'parentNoun',
  reads: 'sentence',
  match(sentence) {
    const { parents } = sentence.words.constructions;
    const found: RelationCandidate[] = [];
    sentence.tokens.forEach((_token, noun) => {
      const end = phraseEnd(sentence, parents, noun);
      // "the parent of Beta" is the cue "parent of", read by the cue patterns.
      if (end === undefined || sentence.words.of.has(sentence.tokens[end + 1]?.lower ?? '')) return;
      const parent = orgAfter(sentence, end, UNIT_NAME_WINDOW);
      const child = parent && childBefore(sentence, noun);
      if (!parent || !child) return;
      const trigger = { start: noun, end, confidence: UNIT_LIST };
      found.push(...constructionLink(sentence, trigger, 'subsidiary', child, parent));
    });
    return found;
  },
};
