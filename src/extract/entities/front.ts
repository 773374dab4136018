/**
 * The front of a name candidate: words a capitalised run may start with that are not
 * part of the name. "Pour Jane Roe", "Mr. Roe", "of Acme" after a title, "75 Millionen
 * Euro", and nouns whose "of" complement is the organisation: "Shares of Acme", "Die Aktie
 * von Acme", "eine Tochtergesellschaft von Acme" (a relation cue), where the connector
 * would otherwise join the noun to the name as in "Bank of America".
 */
import type { Knowledge } from '../knowledge/index.js';
import { indexOf } from '../text/match.js';
import type { Token } from '../text/tokens.js';
import { skipAmount } from './amounts.js';
import type { Lexicons } from './lexicons.js';

export interface Front {
  /** The name's first token (> last when nothing is left). */
  first: number;
  /** An honorific stood before the name ("Mr. Roe"). */
  honorific: boolean;
  /** The name follows a connector ("CEO of Acme": the title's organisation). */
  ofTitle: boolean;
}

export function trimFront(
  tokens: readonly Token[],
  from: number,
  last: number,
  words: Lexicons,
  knowledge: Knowledge,
  language: string,
): Front {
  let first = skipAmount(tokens, from, last, words.amounts);
  let honorific = false;
  let ofTitle = false;
  while (first <= last) {
    const token = tokens[first];
    if (!token) break;
    if (words.honorifics.has(token.lower)) {
      honorific = true;
      first++;
    } else if (
      !token.cap &&
      (words.connectors.has(token.lower) || words.ofWords.has(token.lower))
    ) {
      ofTitle = true;
      first++;
    } else if (words.functionWords.has(token.lower) && !(token.upper && token.text.length > 1))
      first++;
    else {
      const afterHead = headEnd(tokens, first, last, words, knowledge, language);
      if (afterHead === first) break;
      first = afterHead;
    }
  }
  if (!honorific && words.honorifics.has(tokens[first - 1]?.lower ?? '')) honorific = true;
  // Once the front is gone, what is left may be an amount alone ("Die Millionen").
  if (first <= last) first = skipAmount(tokens, first, last, words.amounts);
  return { first, honorific, ofTitle };
}

/**
 * "Shares of Acme", "Tochter der Acme": when a head noun (lexicon kind "head_noun") or a
 * relation cue starts at `i` and its "of" follows, the index of the name after it; else i.
 * A head that is itself an organisation keyword ("Alliance of ...") stays: it names.
 */
function headEnd(
  tokens: readonly Token[],
  i: number,
  last: number,
  words: Lexicons,
  knowledge: Knowledge,
  language: string,
): number {
  const token = tokens[i];
  if (!token) return i;
  // Only "of" itself joins a head to the name: "Partnership for Growth" stays a name.
  const isOf = (word: Token | undefined) =>
    word !== undefined && !word.cap && words.ofWords.has(word.lower);
  // Most candidates hold no "of" near their start: skip the cue lookup for them.
  let near = false;
  for (let j = i + 1; j <= Math.min(last - 1, i + 4) && !near; j++) near = isOf(tokens[j]);
  if (!near) return i;
  const cue = indexOf(knowledge.cues(language), (entry) => entry.words).at(tokens, i);
  const length = cue ? cue.words.length : words.headNouns.has(token.lower) ? 1 : 0;
  if (length === 0) return i;
  for (let j = i; j < i + length; j++)
    if (knowledge.orgKeywords.has(tokens[j]?.lower ?? '')) return i;
  // The cue may end with its "of" ("Tochter von") or be followed by it ("subsidiary of").
  const end = isOf(tokens[i + length - 1])
    ? i + length
    : isOf(tokens[i + length])
      ? i + length + 1
      : i;
  return end > i && end <= last ? end : i;
}
