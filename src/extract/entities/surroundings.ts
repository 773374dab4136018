/**
 * What the words around a name say about it: a title in apposition ("Jane Roe, CEO of"), a
 * speech verb before it ("said Jane Roe"), or a role title whose organisation it is ("CEO of
 * Acme"). Descriptors ("the company Acme") are read in entities/descriptors.ts.
 */
import { phraseEndingAt } from '../text/match.js';
import type { Token } from '../text/tokens.js';
import type { SentencedDocument } from '../types.js';
import { MAX_NAME_TOKENS, textOf, titleAt, type Lexicons } from './lexicons.js';

/** How many words before a name its title's "of" may stand: "CEO of the Acme". */
const TITLE_REACH = 3;
/** Function words between the comma and a title after a name: "Jane Roe, the CEO". */
const WORDS_BEFORE_TITLE = 2;

/** "Jane Roe, the CEO of ...", "Jane Roe, directeur général de ...": the title, and the token after it. */
export function titleAfterApposition(
  document: SentencedDocument,
  words: Lexicons,
  tokens: readonly Token[],
  last: number,
): { title: string; next: number } | null {
  const comma = document.text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0).trim();
  if (comma !== ',') return null;
  let i = last + 1;
  const limit = last + 1 + WORDS_BEFORE_TITLE;
  // "Jane Roe, and the CEO of Beta, John Doe": after "and" the title is the next person's.
  const skippable = (token: Token | undefined) =>
    words.functionWords.has(token?.lower ?? '') && !words.andWords.has(token?.lower ?? '');
  while (i < tokens.length && skippable(tokens[i]) && i < limit) i++;
  const end = titleAt(words, tokens, i);
  if (end < 0) return null;
  return { title: textOf(document, tokens, i, end - 1), next: end };
}

/**
 * "The CEO of Acme, Jane Roe, said", "il presidente di Acme, Mario Rossi,": the name stands
 * between commas right after an organisation that a role title governs. Returns the title
 * and the organisation's first token.
 */
export function appositionToTitledOrg(
  document: SentencedDocument,
  words: Lexicons,
  tokens: readonly Token[],
  first: number,
  last: number,
): { title: string; org: number } | null {
  const gapBefore = document.text.slice(tokens[first - 1]?.end ?? 0, tokens[first]?.start ?? 0);
  const gapAfter = document.text.slice(tokens[last]?.end ?? 0, (tokens[last]?.end ?? 0) + 2);
  if (gapBefore !== ', ' || !/^\s*,/u.test(gapAfter)) return null;
  let org = first - 1;
  while (org > 0 && tokens[org - 1]?.cap && first - org < MAX_NAME_TOKENS) org--;
  if (!tokens[org]?.cap) return null;
  for (let j = org - 1; j >= Math.max(1, org - TITLE_REACH); j--) {
    const token = tokens[j];
    if (!token) break;
    if (words.ofWords.has(token.lower)) {
      const title = phraseEndingAt(words.titles, tokens, j - 1);
      if (title) return { title: textOf(document, tokens, j - title.length, j - 1), org };
    }
    if (!words.functionWords.has(token.lower) && !words.ofWords.has(token.lower)) break;
  }
  return null;
}

/** "said Jane Roe", "a déclaré Claire Vasseur". */
export function afterSpeechVerb(words: Lexicons, tokens: readonly Token[], first: number): boolean {
  for (const verb of words.speechVerbs) {
    const start = first - verb.length;
    if (start >= 0 && verb.every((word, j) => tokens[start + j]?.lower === word)) return true;
  }
  return false;
}

/** "CEO of Acme", "directrice générale de Acme": the name a role title belongs to. */
export function afterRoleTitle(words: Lexicons, tokens: readonly Token[], first: number): boolean {
  for (let j = first - 1; j >= Math.max(1, first - TITLE_REACH); j--) {
    const token = tokens[j];
    if (!token) break;
    if (words.ofWords.has(token.lower) && phraseEndingAt(words.titles, tokens, j - 1)) return true;
    if (!words.functionWords.has(token.lower) && !words.ofWords.has(token.lower)) break;
  }
  return false;
}
