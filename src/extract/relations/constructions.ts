/**
 * What the construction patterns share (ventures, units, sales, holdings, counterparts):
 * each reads a sentence around its own trigger words (data/lexicon.csv) rather than a
 * relation cue, and finds its parties in fixed slots: the subject before the trigger, a
 * list of names after it.
 */
import type { RelationCandidate } from '../types.js';
import { phraseAt } from '../text/match.js';
import { partyList } from './lists.js';
import { link, type CueSite } from './pattern.js';
import {
  SUBJECT_WINDOW,
  governedByWith,
  orgAfter,
  type ParsedSentence,
  type Party,
} from './syntax.js';

/** A relation stated by a construction, with the trigger words as its cue. */
export function constructionLink(
  sentence: ParsedSentence,
  trigger: { start: number; end: number; confidence: number },
  type: RelationCandidate['type'],
  source: Party,
  target: Party,
): RelationCandidate[] {
  const words = sentence.tokens.slice(trigger.start, trigger.end + 1);
  const site: CueSite = {
    sentence,
    cue: {
      language: sentence.document.language,
      words: words.map((token) => token.lower),
      text: words.map((token) => token.text).join(' '),
      type,
      pattern: 'forward',
      confidence: trigger.confidence,
    },
    start: trigger.start,
    end: trigger.end,
  };
  return link(site, type, source, target, 1);
}

/** The subject of a trigger at token `index`: the nearest name before it, not a possessor. */
export function subjectBefore(
  sentence: ParsedSentence,
  index: number,
  excluded: readonly Party[] = [],
): Party | undefined {
  return [...sentence.orgs]
    .reverse()
    .find(
      (o) =>
        o.last < index &&
        index - o.last <= SUBJECT_WINDOW &&
        !o.possessive &&
        !excluded.some((other) => other.key === o.key) &&
        !governedByWith(sentence, o),
    );
}

/** The names listed right after token `index` ("A, B and C"), within `maxGap` tokens. */
export function listAfter(sentence: ParsedSentence, index: number, maxGap: number): Party[] {
  const first = orgAfter(sentence, index, maxGap);
  if (!first) return [];
  const members = partyList(sentence, first);
  return members[0] === first ? members : [first];
}

/** The index of the last word of a phrase of `phrases` starting at `index`, if one does. */
export function phraseEnd(
  sentence: ParsedSentence,
  phrases: readonly (readonly string[])[],
  index: number,
): number | undefined {
  const phrase = phrases.find((words) => phraseAt(words, sentence.tokens, index));
  return phrase ? index + phrase.length - 1 : undefined;
}

/** The first token from `from` to `to` (inclusive) whose word is in `words`. */
export function wordBetween(
  sentence: ParsedSentence,
  words: ReadonlySet<string>,
  from: number,
  to: number,
): number | undefined {
  for (let index = Math.max(from, 0); index <= to && index < sentence.tokens.length; index++)
    if (words.has(sentence.tokens[index]?.lower ?? '')) return index;
  return undefined;
}

/** Every pair of parties, each once, as `type`. */
export function everyPairOf(
  sentence: ParsedSentence,
  trigger: { start: number; end: number; confidence: number },
  type: RelationCandidate['type'],
  parties: readonly Party[],
): RelationCandidate[] {
  return parties.flatMap((one, i) =>
    parties.slice(i + 1).flatMap((other) => constructionLink(sentence, trigger, type, one, other)),
  );
}

/** Parties without repeats of one key, in order. */
export function distinct(parties: readonly Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((party) => !seen.has(party.key) && seen.add(party.key));
}
