/**
 * A sale with its three parties: "Acme sold Beta to Gamma", "Acme agreed to sell its stake
 * in Beta to Gamma", "Beta est vendue par Acme à Gamma", "Acme verkauft Beta an Gamma".
 * Beta was Acme's (a subsidiary, or an investment for a stake), Gamma acquires it, and
 * Gamma and Acme are counterparts of one deal. A sold stake is Gamma's investment (its
 * acquisition when the stake gives control: "its majority stake", "its 60% stake"), and
 * Gamma and Acme are then no counterparts: Gamma bought a share of Beta, not of Acme.
 * Without a named buyer nothing is read: "Acme sold Beta" alone does not say what Beta is
 * now; "Beta was sold to Gamma" says Gamma acquired it, and so does "the sale of Beta to
 * Gamma" (data/lexicon.csv `sale_noun`).
 */
import type { RelationCandidate } from '../types.js';
import { SALE, SALE_COUNTERPARTS } from './confidence.js';
import { constructionLink, listAfter, subjectBefore, wordBetween } from './constructions.js';
import { MAJORITY, percentEnd, shareValue } from './holdings.js';
import { partyList } from './lists.js';
import type { SentencePattern } from './pattern.js';
import { OBJECT_WINDOW, hasComma, orgAfter, type ParsedSentence, type Party } from './syntax.js';

/** "by the French group Acme": how many words may stand between "by" and the seller. */
export const AGENT_REACH = 4;
/** "Acme (Delta) to the Australian grocer Gamma": how far "to" and the buyer may stand. */
export const RECIPIENT_REACH = 4;

interface Sale {
  /** Unnamed when the seller is no name the extractor found ("the retailer would sell"). */
  seller: Party | undefined;
  sold: Party[];
  buyer: Party;
  /** "its stake in Beta": the seller held a share, not the whole. */
  stake: boolean;
  /** "its majority stake", "its 60% stake": the share sold gives control. */
  control: boolean;
}

/** "the sale of the Beta unit": how far after the noun's "of" the sold company may start. */
export const NOMINAL_SOLD_REACH = 3;

/** "its majority stake", "its 60% stake in": the words before the sold company say control. */
function isControlling(sentence: ParsedSentence, from: number, to: number): boolean {
  const { tokens, words } = sentence;
  return tokens.slice(from, to).some((token, offset) => {
    if (words.constructions.majority.has(token.lower)) return true;
    const at = from + offset;
    return percentEnd(sentence, at) !== undefined && shareValue(sentence, at) > MAJORITY;
  });
}

/** The buyer after token `after`: "to", then a name within RECIPIENT_REACH words. */
function buyerAfter(
  sentence: ParsedSentence,
  after: number,
  excluded: string[],
): Party | undefined {
  const { recipient } = sentence.words.constructions;
  const to = wordBetween(sentence, recipient, after + 1, after + RECIPIENT_REACH);
  const buyer = to === undefined ? undefined : orgAfter(sentence, to, RECIPIENT_REACH);
  return buyer && !excluded.includes(buyer.key) ? buyer : undefined;
}

/** "Beta is sold by Acme to Gamma". */
function passiveSale(sentence: ParsedSentence, verb: number): Sale | undefined {
  const last = subjectBefore(sentence, verb);
  const seller = orgAfter(sentence, verb + 1, AGENT_REACH);
  if (!last || !seller) return undefined;
  const sold = partyList(sentence, last);
  const buyer = buyerAfter(sentence, seller.last, [seller.key, ...sold.map((o) => o.key)]);
  return buyer && { seller, sold, buyer, stake: false, control: false };
}

/**
 * "sells Beta turbines to Gamma": a lower-case word after the name that is no preposition
 * or article makes the name a modifier of what is sold.
 */
function isModifier(sentence: ParsedSentence, party: Party): boolean {
  const next = sentence.tokens[party.last + 1];
  const { words } = sentence;
  if (!next || next.cap || hasComma(sentence.document, sentence.tokens, party.last, party.last + 1))
    return false;
  const joins = [words.constructions.recipient, words.prepositions, words.articles, words.and];
  return !joins.some((set) => set.has(next.lower));
}

/** "Acme sold (its stake in) Beta to Gamma". */
function activeSale(sentence: ParsedSentence, verb: number): Sale | undefined {
  const seller = subjectBefore(sentence, verb);
  const sold = listAfter(sentence, verb, OBJECT_WINDOW);
  const first = sold[0];
  const last = sold.at(-1);
  if (!first || !last || first.possessive || isModifier(sentence, last)) return undefined;
  // "to sell its unit, preferring Beta to Gamma": past a comma the clause has moved on.
  if (hasComma(sentence.document, sentence.tokens, verb, first.first)) return undefined;
  const { stakeWords } = sentence.words;
  const control = isControlling(sentence, verb + 1, first.first);
  const before = sentence.tokens.slice(verb + 1, first.first);
  const stake = control || before.some((token) => stakeWords.has(token.lower));
  const excluded = [...(seller ? [seller.key] : []), ...sold.map((o) => o.key)];
  const buyer = buyerAfter(sentence, last.last, excluded);
  return buyer && { seller, sold, buyer, stake, control };
}

/** "Beta was sold (in 2004) to Gamma", "Beta se vendió al fondo Gamma": no seller named. */
function passiveToBuyer(sentence: ParsedSentence, verb: number): Sale | undefined {
  const { tokens, words } = sentence;
  const auxiliary = [verb - 1, verb - 2].some((at) =>
    words.constructions.passive.has(tokens[at]?.lower ?? ''),
  );
  const sold = auxiliary ? subjectBefore(sentence, verb) : undefined;
  if (!sold || orgAfter(sentence, verb, 1)) return undefined;
  const buyer = buyerAfter(sentence, verb, [sold.key]);
  const soldList = partyList(sentence, sold);
  return buyer && { seller: undefined, sold: soldList, buyer, stake: false, control: false };
}

/** "the sale of Beta to Gamma", "la cession de Beta à Gamma": no seller named. */
function nominalSale(sentence: ParsedSentence, noun: number): Sale | undefined {
  const { tokens, words } = sentence;
  if (!words.of.has(tokens[noun + 1]?.lower ?? '')) return undefined;
  const sold = listAfter(sentence, noun + 1, NOMINAL_SOLD_REACH);
  const last = sold.at(-1);
  if (!last || sold.some((party) => party.possessive)) return undefined;
  const buyer = buyerAfter(
    sentence,
    last.last,
    sold.map((party) => party.key),
  );
  return buyer && { seller: undefined, sold, buyer, stake: false, control: false };
}

function saleLinks(sentence: ParsedSentence, verb: number, sale: Sale): RelationCandidate[] {
  const trigger = { start: verb, end: verb, confidence: SALE };
  const { seller, buyer, stake } = sale;
  const bought = stake && !sale.control ? 'investment' : 'acquisition';
  const found = sale.sold.flatMap((sold) => [
    ...constructionLink(sentence, trigger, bought, buyer, sold),
    ...(!seller
      ? []
      : stake
        ? constructionLink(sentence, trigger, 'investment', seller, sold)
        : constructionLink(sentence, trigger, 'subsidiary', sold, seller)),
  ]);
  if (!seller || stake) return found;
  const counterparts = { ...trigger, confidence: SALE_COUNTERPARTS };
  return [...found, ...constructionLink(sentence, counterparts, 'acquisition', buyer, seller)];
}

/** "Acme sold Beta to Gamma": Beta -> Acme (subsidiary), Gamma -> Beta and Gamma -> Acme (acquisition). */
export const saleToBuyer: SentencePattern = {
  name: 'saleToBuyer',
  reads: 'sentence',
  match(sentence) {
    const { sell, saleNouns } = sentence.words.constructions;
    const found: RelationCandidate[] = [];
    sentence.tokens.forEach((token, verb) => {
      if (saleNouns.has(token.lower)) {
        const sale = nominalSale(sentence, verb);
        if (sale) found.push(...saleLinks(sentence, verb, sale));
        return;
      }
      if (!sell.has(token.lower)) return;
      const passive = sentence.words.constructions.agent.has(
        sentence.tokens[verb + 1]?.lower ?? '',
      );
      const sale = passive
        ? passiveSale(sentence, verb)
        : (activeSale(sentence, verb) ?? passiveToBuyer(sentence, verb));
      if (sale) found.push(...saleLinks(sentence, verb, sale));
    });
    return found;
  },
};
