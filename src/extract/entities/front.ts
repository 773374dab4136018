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
  lx: Lexicons,
  k: Knowledge,
  language: string,
): Front {
  let first = skipAmount(tokens, from, last, lx.amounts);
  let honorific = false;
  let ofTitle = false;
  while (first <= last) {
    const t = tokens[first];
    if (!t) break;
    if (lx.honorifics.has(t.lower)) {
      honorific = true;
      first++;
    } else if (!t.cap && (lx.connectors.has(t.lower) || lx.ofWords.has(t.lower))) {
      ofTitle = true;
      first++;
    } else if (lx.functionWords.has(t.lower) && !(t.upper && t.text.length > 1)) first++;
    else {
      const afterHead = headEnd(tokens, first, last, lx, k, language);
      if (afterHead === first) break;
      first = afterHead;
    }
  }
  if (!honorific && lx.honorifics.has(tokens[first - 1]?.lower ?? '')) honorific = true;
  // Once the front is gone, what is left may be an amount alone ("Die Millionen").
  if (first <= last) first = skipAmount(tokens, first, last, lx.amounts);
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
  lx: Lexicons,
  k: Knowledge,
  language: string,
): number {
  const t = tokens[i];
  if (!t) return i;
  // Only "of" itself joins a head to the name: "Partnership for Growth" stays a name.
  const isOf = (x: Token | undefined) => x !== undefined && !x.cap && lx.ofWords.has(x.lower);
  // Most candidates hold no "of" near their start: skip the cue lookup for them.
  let near = false;
  for (let j = i + 1; j <= Math.min(last - 1, i + 4) && !near; j++) near = isOf(tokens[j]);
  if (!near) return i;
  const cue = indexOf(k.cues(language), (c) => c.words).at(tokens, i);
  const length = cue ? cue.words.length : lx.headNouns.has(t.lower) ? 1 : 0;
  if (length === 0) return i;
  for (let j = i; j < i + length; j++) if (k.orgKeywords.has(tokens[j]?.lower ?? '')) return i;
  // The cue may end with its "of" ("Tochter von") or be followed by it ("subsidiary of").
  const end = isOf(tokens[i + length - 1])
    ? i + length
    : isOf(tokens[i + length])
      ? i + length + 1
      : i;
  return end > i && end <= last ? end : i;
}
