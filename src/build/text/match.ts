/**
 * Matching multi-word phrases from the data files against token streams.
 */
import type { Token } from './tokens.js';

/** Does `word` (a lower-cased pattern word, maybe ending in "*") match `token`? */
export function wordMatches(pattern: string, token: Token): boolean {
  const lower =
    token.lower.endsWith('.') && !pattern.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
  if (pattern.endsWith('*')) return lower.startsWith(pattern.slice(0, -1));
  return lower === pattern || lower.replace(/’/g, "'") === pattern.replace(/’/g, "'");
}

/** Does the phrase (lower-cased words) match the tokens starting at index i? */
export function phraseAt(words: readonly string[], tokens: readonly Token[], i: number): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    const w = words[k];
    if (!t || w === undefined || !wordMatches(w, t)) return false;
  }
  return true;
}

/** Splits phrase strings into word lists once, longest first. */
export function toPhrases(terms: Iterable<string>): string[][] {
  return [...terms]
    .map((t) => t.split(/\s+/u).flatMap(splitElision))
    .sort((a, b) => b.length - a.length);
}

/** "l'accord" is tokenised as "l'" + "accord"; phrases from the data files must be too. */
function splitElision(word: string): string[] {
  const m = /^([ldjmnstc]|qu)(['’])(.+)$/u.exec(word);
  return m && m[1] && m[2] && m[3] ? [m[1] + m[2], m[3]] : [word];
}

/** The longest phrase matching at index i, or null. */
export function longestPhraseAt(
  phrases: readonly (readonly string[])[],
  tokens: readonly Token[],
  i: number,
): readonly string[] | null {
  for (const p of phrases) if (phraseAt(p, tokens, i)) return p;
  return null;
}

/** Does a phrase from the list end exactly at token index `end` (inclusive)? */
export function phraseEndingAt(
  phrases: readonly (readonly string[])[],
  tokens: readonly Token[],
  end: number,
): readonly string[] | null {
  for (const p of phrases) {
    const start = end - p.length + 1;
    if (start >= 0 && phraseAt(p, tokens, start)) return p;
  }
  return null;
}
