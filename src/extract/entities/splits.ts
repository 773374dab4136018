/**
 * Splits: one capitalised run that holds two names. "Acme Pharma of Borealis Holdings" is a
 * subsidiary "of" its parent, and a title-case headline runs a sentence together ("Acme
 * Acquires Solar Developer"). Each part is then read again on its own; a title-case part
 * made of common words and keywords only ("Renewable Energy") is a description, no name.
 */
import { isNonNounWord } from '../text/common-words.js';
import type { Token } from '../text/tokens.js';
import type { Candidate } from './candidate.js';
import { ACRONYM, isLegal } from './lexicons.js';
import { lookupPlace } from './places.js';
import type { EntityRule } from './rule.js';

/** A token of the candidate that is a legal form or a company or organisation keyword. */
function namesOrganisation(candidate: Candidate, token: Token | undefined): boolean {
  if (!token) return false;
  const { knowledge } = candidate.context;
  const kind = knowledge.orgKeywords.get(token.lower);
  return isLegal(knowledge, token) || kind === 'company' || kind === 'organization';
}

/** A word of a name's own, not a keyword, legal form or common word: "Acme", not "Bank". */
function distinctive(candidate: Candidate, token: Token | undefined): boolean {
  if (!token?.cap) return false;
  const { knowledge, words } = candidate.context;
  return (
    !namesOrganisation(candidate, token) &&
    !knowledge.orgKeywords.has(token.lower) &&
    !words.functionWords.has(token.lower) &&
    !isNonNounWord(token.lower)
  );
}

/** "Acme Pharma" before the "of": a name of its own that says it is an organisation. */
function ownerOfParent(candidate: Candidate, first: number, last: number): boolean {
  const { tokens } = candidate.span;
  if (last <= first || !distinctive(candidate, tokens[first])) return false;
  if (namesOrganisation(candidate, tokens[last])) return true;
  for (let i = first + 1; i <= last; i++)
    if (isLegal(candidate.context.knowledge, tokens[i])) return true;
  return false;
}

/** "Borealis Holdings", "B&H", "Acme Group" after Acme's subsidiary: a parent, not a place. */
function parentAfterOf(candidate: Candidate, first: number, last: number, head: Token): boolean {
  const { tokens } = candidate.span;
  const start = tokens[first];
  if (!start?.cap || lookupPlace(candidate.context, tokens, first, last)) return false;
  if (lookupPlace(candidate.context, tokens, first, first)) return false;
  if (start.lower === head.lower || (first === last && ACRONYM.test(start.text))) return true;
  for (let i = first; i <= last; i++) if (namesOrganisation(candidate, tokens[i])) return true;
  return false;
}

/**
 * "Acme Pharma of Borealis Holdings", "Acme SA Operations of Acme Group", "Acme Pharma of
 * B&H": a subsidiary and its parent. "Bank of Lagos", "Industrial Bank of Borealia" and
 * "University of Acme" stay whole: their front is a keyword or common word, or their end a place.
 */
export const subsidiaryOfParent: EntityRule = {
  name: 'subsidiaryOfParent',
  decide: (candidate) => {
    const { tokens, first, last } = candidate.span;
    const { connectors, ofWords } = candidate.context.words;
    for (let at = first + 1; at < last; at++) {
      const token = tokens[at];
      if (!token || token.cap || !connectors.has(token.lower) || !ofWords.has(token.lower))
        continue;
      const head = tokens[first];
      if (
        head &&
        ownerOfParent(candidate, first, at - 1) &&
        parentAfterOf(candidate, at + 1, last, head)
      )
        return { kind: 'split', at, skip: 1 };
    }
    return undefined;
  },
};

/**
 * "Acme Acquires Solar Energy Developer": in a title-case line a relation verb ends a name
 * that would otherwise run on to the last keyword.
 */
export const headlineVerb: EntityRule = {
  name: 'headlineVerb',
  decide: (candidate) => {
    const { titleCase, cues, first } = candidate.span;
    if (!titleCase) return undefined;
    const at = cues.find((cue) => cue > first && cue <= candidate.nameLast);
    return at === undefined ? undefined : { kind: 'split', at, skip: 1 };
  },
};

/**
 * "Acme Acquires Renewable Energy Developer": after a relation verb in a title-case line,
 * common words and keywords describe the other party, they do not name it.
 */
export const headlineDescription: EntityRule = {
  name: 'headlineDescription',
  decide: (candidate) => {
    const { titleCase, tokens, first, cues } = candidate.span;
    if (!titleCase || !cues.includes(first - 1)) return undefined;
    const { knowledge } = candidate.context;
    for (let i = first; i <= candidate.nameLast; i++) {
      const token = tokens[i];
      if (!token) return undefined;
      const described =
        isNonNounWord(token.lower) ||
        knowledge.orgKeywords.has(token.lower) ||
        isLegal(knowledge, token);
      if (!described) return undefined;
    }
    return { kind: 'drop' };
  },
};

/** The split rules, in the order ENTITY_RULES tries them (before the organisation rules). */
export const SPLIT_RULES: readonly EntityRule[] = [
  headlineVerb,
  headlineDescription,
  subsidiaryOfParent,
];
