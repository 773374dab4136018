/**
 * Lists of a company's customers or suppliers: "Acme counts customers such as Beta, Gamma
 * and Delta", "Acme's customers include Beta", "Acme beliefert Kunden wie Beta und Gamma",
 * "suppliers such as Beta": supply from each supplier to each customer.
 */
import type { RelationCandidate } from '../types.js';
import { COUNTERPART_LIST } from './confidence.js';
import { constructionLink, listAfter, phraseEnd, subjectBefore } from './constructions.js';
import type { SentencePattern } from './pattern.js';
import { POSSESSOR_REACH, type ParsedSentence, type Party } from './syntax.js';

/** "customers such as the Kenyan lender Beta": how far after "such as" the first name may start. */
export const EXAMPLE_REACH = 2;

/** The company whose customers or suppliers the noun at `noun` are. */
function companyOf(
  sentence: ParsedSentence,
  noun: number,
  listed: readonly Party[],
): Party | undefined {
  const possessor = [...sentence.orgs]
    .reverse()
    .find((o) => o.possessive && o.last < noun && noun - o.last <= POSSESSOR_REACH);
  return possessor ?? subjectBefore(sentence, noun, listed);
}

/** The names the noun at `noun` lists: after "such as", or a list of two or more right after it. */
function listedAfter(sentence: ParsedSentence, noun: number): Party[] {
  const intro = phraseEnd(sentence, sentence.words.constructions.examples, noun + 1);
  if (intro !== undefined) return listAfter(sentence, intro, EXAMPLE_REACH);
  const listed = listAfter(sentence, noun, 1);
  return listed.length > 1 ? listed : [];
}

/** "Acme supplies customers such as Beta and Gamma": Acme -> Beta, Acme -> Gamma (supply). */
export const counterpartList: SentencePattern = {
  name: 'counterpartList',
  reads: 'sentence',
  match(sentence) {
    const { customers, suppliers } = sentence.words.constructions;
    const found: RelationCandidate[] = [];
    sentence.tokens.forEach((token, noun) => {
      const customer = customers.has(token.lower);
      if (!customer && !suppliers.has(token.lower)) return;
      const listed = listedAfter(sentence, noun);
      const company = listed.length > 0 ? companyOf(sentence, noun, listed) : undefined;
      if (!company) return;
      const trigger = { start: noun, end: noun, confidence: COUNTERPART_LIST };
      for (const other of listed)
        found.push(
          ...(customer
            ? constructionLink(sentence, trigger, 'supply', company, other)
            : constructionLink(sentence, trigger, 'supply', other, company)),
        );
    });
    return found;
  },
};
