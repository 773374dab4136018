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

const apostrophes = (w: string) => w.replace(/’/g, "'");

/**
 * Phrases indexed by their first word, so matching at a token looks at a handful of
 * candidates instead of every phrase (cue and title lists have hundreds of rows).
 * Candidates keep the list's order, so a longest-first list still wins longest-first.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<
    string,
    { item: T; words: readonly string[]; order: number }[]
  >();
  private readonly wildcard: { item: T; words: readonly string[]; order: number }[] = [];

  constructor(items: readonly T[], wordsOf: (item: T) => readonly string[]) {
    items.forEach((item, order) => {
      const words = wordsOf(item);
      const first = apostrophes(words[0] ?? '');
      const entry = { item, words, order };
      if (first.endsWith('*')) this.wildcard.push(entry);
      else {
        let list = this.byFirst.get(first);
        if (!list) this.byFirst.set(first, (list = []));
        list.push(entry);
      }
    });
  }

  /** The first phrase of the list (in list order) that matches at token i. */
  at(tokens: readonly Token[], i: number): T | null {
    const t = tokens[i];
    if (!t) return null;
    const lower = apostrophes(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
    const exact = [
      ...(this.byFirst.get(lower) ?? []),
      ...(this.byFirst.get(apostrophes(t.lower)) ?? []),
    ];
    const wild = this.wildcard.filter((e) =>
      lower.startsWith(apostrophes(e.words[0] ?? '').slice(0, -1)),
    );
    let best: { item: T; order: number } | null = null;
    for (const e of [...exact, ...wild])
      if ((!best || e.order < best.order) && phraseAt(e.words, tokens, i)) best = e;
    return best ? best.item : null;
  }
}

const indexCache = new WeakMap<object, PhraseIndex<unknown>>();

/** A cached index for a list that does not change (the lists come from data/ once). */
export function indexOf<T>(
  items: readonly T[],
  wordsOf: (item: T) => readonly string[],
): PhraseIndex<T> {
  let index = indexCache.get(items) as PhraseIndex<T> | undefined;
  if (!index) {
    index = new PhraseIndex(items, wordsOf);
    indexCache.set(items, index as PhraseIndex<unknown>);
  }
  return index;
}
