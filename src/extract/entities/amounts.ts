/**
 * Amounts: "75 Millionen Euro", "480 millones de dólares", "EUR 2 Mrd.". German
 * capitalises "Millionen" and "Euro", and an English headline capitalises "Million", so
 * their words look like a name; the magnitude and currency words (lexicon.csv, kind
 * "amount") say they are not.
 */
import type { Token } from '../text/tokens.js';

const NUMBER = /^\p{N}/u;

const isAmountWord = (amounts: ReadonlySet<string>, token: Token | undefined): boolean =>
  token !== undefined && amounts.has(token.lower.replace(/\.$/u, ''));

/**
 * Where a name candidate starts once an amount is taken off its front: after a number
 * ("75 Millionen Euro in Acme") the magnitude and currency words go; a candidate made of
 * such words alone ("Millionen Dollar", "EUR") is no name at all (returns `last + 1`).
 */
export function skipAmount(
  tokens: readonly Token[],
  first: number,
  last: number,
  amounts: ReadonlySet<string>,
): number {
  let i = first;
  while (i <= last && isAmountWord(amounts, tokens[i])) i++;
  if (i > last) return i;
  return NUMBER.test(tokens[first - 1]?.text ?? '') ? i : first;
}
