/**
 * A unit noun in apposition to the unit's name, its owner named around it:
 *   - after "of": "die Tochter Beta der Acme", "la controllata Beta di Acme", "die Division
 *     Beta des Maschinenherstellers Acme" (a few describing words may stand before the owner);
 *   - before "and" and an article: "Acme e la controllata Beta", "Acme und die Tochter Beta",
 *     "Acme y la filial Beta" (the article where English would say "its").
 */
import type { RelationCandidate } from '../types.js';
import { OBJECT_AS_SOURCE, UNIT_LIST } from './confidence.js';
import { constructionLink } from './constructions.js';
import { describedAfter } from './described-partners.js';
import { UNIT_MODIFIERS } from './ownership.js';
import { link, type CuePattern, type SentencePattern } from './pattern.js';
import type { ParsedSentence, Party } from './syntax.js';

/** The unit named right after a unit noun at token `noun`. */
function unitAfterNoun(sentence: ParsedSentence, noun: number): Party | undefined {
  const unit = sentence.orgs.find((o) => o.first === noun + 1);
  return unit && !unit.possessive ? unit : undefined;
}

/** "die Tochter Beta der Acme": Beta -> Acme. */
export const unitNamedWithOwner: SentencePattern = {
  name: 'unitNamedWithOwner',
  reads: 'sentence',
  match(sentence) {
    const { tokens, words } = sentence;
    const found: RelationCandidate[] = [];
    tokens.forEach((token, noun) => {
      if (!words.unitNouns.has(token.lower)) return;
      const unit = unitAfterNoun(sentence, noun);
      const of = unit ? unit.last + 1 : -1;
      if (!unit || !words.of.has(tokens[of]?.lower ?? '')) return;
      const owner = describedAfter(sentence, of, false);
      if (!owner || owner.key === unit.key) return;
      const trigger = { start: noun, end: noun, confidence: UNIT_LIST };
      found.push(...constructionLink(sentence, trigger, 'subsidiary', unit, owner));
    });
    return found;
  },
};

/**
 * The owner before the unit noun at `noun` when "and", an article and at most a few
 * lower-case words stand between: "Acme e la controllata", "Acme y la nueva filial".
 */
function ownerBeforeArticle(sentence: ParsedSentence, noun: number): Party | undefined {
  const { tokens, words } = sentence;
  for (let article = noun - 1; article >= Math.max(1, noun - 1 - UNIT_MODIFIERS); article--) {
    const token = tokens[article];
    if (!token) return undefined;
    if (words.reference.articles.has(token.lower)) {
      if (!words.and.has(tokens[article - 1]?.lower ?? '')) return undefined;
      const owner = sentence.orgs.find((o) => o.last === article - 2);
      return owner && !owner.possessive ? owner : undefined;
    }
    if (token.cap || words.articles.has(token.lower)) return undefined;
  }
  return undefined;
}

/** The unit and its owner around the unit noun at `noun`, read as "Acme e la controllata Beta". */
function unitBesideOwner(sentence: ParsedSentence, noun: number) {
  const unit = unitAfterNoun(sentence, noun);
  const owner = unit && ownerBeforeArticle(sentence, noun);
  if (!unit || !owner || unit.key === owner.key) return undefined;
  // "Acme und die Tochter Beta der Nordwind": the owner is named after the unit.
  if (sentence.words.of.has(sentence.tokens[unit.last + 1]?.lower ?? '')) return undefined;
  return { unit, owner };
}

/** "Acme e la controllata Beta": Beta -> Acme. */
export const articleUnitBeside: SentencePattern = {
  name: 'articleUnitBeside',
  reads: 'sentence',
  match(sentence) {
    const found: RelationCandidate[] = [];
    sentence.tokens.forEach((token, noun) => {
      if (!sentence.words.unitNouns.has(token.lower)) return;
      const beside = unitBesideOwner(sentence, noun);
      if (!beside) return;
      const trigger = { start: noun, end: noun, confidence: UNIT_LIST };
      found.push(...constructionLink(sentence, trigger, 'subsidiary', beside.unit, beside.owner));
    });
    return found;
  },
};

/**
 * "Acme y la filial Beta" where the unit noun is a cue: read as the unit of the name
 * before "and", not as "Acme is a subsidiary of Beta".
 */
export const articleUnitCue: CuePattern = {
  name: 'articleUnitCue',
  reads: 'cue',
  accepts: (cue) =>
    cue.type === 'subsidiary' && cue.pattern === 'forward' && cue.words.length === 1,
  match(site) {
    const beside = unitBesideOwner(site.sentence, site.start);
    return beside ? link(site, 'subsidiary', beside.unit, beside.owner, OBJECT_AS_SOURCE) : null;
  },
};
