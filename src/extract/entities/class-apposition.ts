/**
 * "ACME, a Chilean miner,", "la ACME, la compagnie électrique nationale": a name followed by
 * a comma, an article and a noun for a kind of organisation (data/lexicon.csv, kinds
 * org_reference and org_class) within a few words is that kind of organisation. Only for an
 * all-capitals short form or a name of two words or more that does not look like a person's:
 * "On Monday, the company said" has a comma and a class noun too.
 */
import type { Token } from '../text/tokens.js';
import type { Candidate } from './candidate.js';
import type { Decision } from './decision.js';
import type { EntityRule } from './rule.js';

const ORG: Decision = { kind: 'org' };
/** Words between the article and the class noun: "a large state-owned Chilean miner". */
const APPOSITION_REACH = 4;

export const orgBeforeClassApposition: EntityRule = {
  name: 'orgBeforeClassApposition',
  decide(candidate) {
    const { span } = candidate;
    if (span.first === 0 || candidate.personShaped) return undefined;
    if (!candidate.acronymLike && candidate.single) return undefined;
    const last = candidate.nameLast;
    const article = span.tokens[last + 1];
    if (!article || gapBefore(candidate, last + 1) !== ', ') return undefined;
    if (!articles(candidate).has(article.lower)) return undefined;
    const classes = classNouns(candidate);
    for (let i = last + 2; i <= last + 1 + APPOSITION_REACH; i++) {
      const token = span.tokens[i];
      if (!token || !/^\s+$/u.test(gapBefore(candidate, i)) || isName(candidate, token)) break;
      if (classes.has(token.lower)) return ORG;
    }
    return undefined;
  },
};

function gapBefore(candidate: Candidate, index: number): string {
  const { tokens } = candidate.span;
  return candidate.document.text.slice(tokens[index - 1]?.end ?? 0, tokens[index]?.start ?? 0);
}

/** A capitalised word where nouns are not all capitalised: another name, not a class noun. */
function isName(candidate: Candidate, token: Token): boolean {
  return token.cap && !candidate.context.nounsCapitalised;
}

function articles(candidate: Candidate): Set<string> {
  const { knowledge, document } = candidate.context;
  return new Set([
    ...knowledge.lexicon('definite_article', document.language),
    ...knowledge.lexicon('indefinite_article', document.language),
  ]);
}

/** Single-word class nouns of the language, lower-cased. */
function classNouns(candidate: Candidate): Set<string> {
  const { knowledge, document } = candidate.context;
  const terms = [
    ...knowledge.lexicon('org_reference', document.language),
    ...knowledge.lexicon('org_class', document.language),
  ];
  return new Set(terms.filter((term) => !term.includes(' ')).map((term) => term.toLowerCase()));
}
