/**
 * A company's group named in parentheses after it: "Beta (Gruppo Acme)", "Beta (groupe
 * Acme)", "Beta (Acme-Gruppe)", "Beta (Acme group)". The parentheses hold the group noun (data/lexicon.csv
 * `group_noun`) and one name, and nothing else: "Beta (Acme)" may be a short form, a
 * ticker or a country, so it links nothing.
 */
import type { RelationCandidate } from '../types.js';
import { UNIT_LIST } from './confidence.js';
import { constructionLink } from './constructions.js';
import type { SentencePattern } from './pattern.js';
import type { ParsedSentence, Party } from './syntax.js';

/** Is the text between tokens `from` and `to` only `pattern` and white space? */
function textBetweenIs(sentence: ParsedSentence, from: number, to: number, pattern: RegExp) {
  const left = sentence.tokens[from];
  const right = sentence.tokens[to];
  return !!left && !!right && pattern.test(sentence.document.text.slice(left.end, right.start));
}

/** Does the token stand for a group: "Group", "gruppo", or a compound "Acme-Gruppe"? */
function isGroupWord(sentence: ParsedSentence, index: number): boolean {
  const lower = sentence.tokens[index]?.lower ?? '';
  const groups = sentence.words.groupNouns;
  return groups.has(lower) || groups.has(lower.slice(lower.lastIndexOf('-') + 1));
}

/** The group in the parentheses right after `unit`, if they hold a group noun and one name. */
function groupInParentheses(sentence: ParsedSentence, unit: Party): Party | undefined {
  const group = sentence.orgs.find((o) => o.first > unit.last && o.first - unit.last <= 2);
  if (!group || group.key === unit.key || group.possessive) return undefined;
  const nounBefore = group.first - unit.last === 2;
  if (nounBefore && !isGroupWord(sentence, unit.last + 1)) return undefined;
  const opening = nounBefore ? unit.last + 1 : group.first;
  if (!textBetweenIs(sentence, unit.last, opening, /^\s*\(\s*$/u)) return undefined;
  const nounAfter = !nounBefore && isGroupWord(sentence, group.last + 1);
  const closing = nounAfter ? group.last + 1 : group.last;
  // Not "Beta Holdings (Acme Group)", which may define a short form: only a group noun
  // outside the name or leading it ("Gruppo Acme"), as no short form is written.
  const named = nounBefore || nounAfter || isGroupWord(sentence, group.first);
  const closed = /^\s*\)/u.test(sentence.document.text.slice(sentence.tokens[closing]?.end ?? 0));
  return named && closed ? group : undefined;
}

/** "Beta (Gruppo Acme)": Beta -> Acme, a subsidiary. */
export const parenthesisedGroup: SentencePattern = {
  name: 'parenthesisedGroup',
  reads: 'sentence',
  match(sentence) {
    const found: RelationCandidate[] = [];
    for (const unit of sentence.orgs) {
      if (unit.possessive) continue;
      const group = groupInParentheses(sentence, unit);
      if (!group) continue;
      const trigger = { start: unit.last + 1, end: group.first, confidence: UNIT_LIST };
      found.push(...constructionLink(sentence, trigger, 'subsidiary', unit, group));
    }
    return found;
  },
};
