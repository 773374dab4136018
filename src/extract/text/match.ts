/**
 * Matching multi-word phrases from the data files against token streams.
 */
import type { Token } from './tokens.js';

/** Does `word` (a lower-cased pattern word, maybe ending in "*") match `token`? */
export function wordMatches(pattern: string, token: Token): boolean {
  const lower =
    token.lower.endsWith('.') && !pattern.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
  if (pattern.endsWith('*')) return lower.startsWith(pattern.slice(0, -1));
  if (lower === pattern) return true;
  // Speed: called for every token against every candidate phrase; the two replace() calls
  // allocated on each miss (5% of build CPU at 1,000 documents). Without a ’ they change nothing.
  if (!lower.includes('’') && !pattern.includes('’')) return false;
  return lower.replace(/’/g, "'") === pattern.replace(/’/g, "'");
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

const phraseCache = new WeakMap<ReadonlySet<string>, string[][]>();

/**
 * toPhrases for a word list from the knowledge (which hands out the same Set each time),
 * computed once: the same array each call, so indexOf() can cache its index for it.
 */
export function phrasesOf(terms: ReadonlySet<string>): string[][] {
  let phrases = phraseCache.get(terms);
  if (!phrases) phraseCache.set(terms, (phrases = toPhrases(terms)));
  return phrases;
}

/** Does any phrase of the list (e.g. from phrasesOf) start at some token? */
export function containsPhrase(
  phrases: readonly (readonly string[])[],
  tokens: readonly Token[],
): boolean {
  // Speed: through the first-word index instead of trying every phrase at every token
  // (longestPhraseAt): the relation stage's quote and follow-up checks went from ~1 s to
  // a few ms per 1,000 documents.
  const index = indexOf(phrases, (p) => p);
  for (let i = 0; i < tokens.length; i++) if (index.at(tokens, i)) return true;
  return false;
}

/** "l'accord" is tokenised as "l'" + "accord"; phrases from the data files must be too. */
/** "d'intesa" -> "d'", "intesa": as the tokenizer splits an elided article. */
export function splitElision(word: string): string[] {
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

const apostrophes = (w: string) => (w.includes('’') ? w.replace(/’/g, "'") : w);

interface Entry<T> {
  item: T;
  words: readonly string[];
  order: number;
  /** For a first word ending in "*": what a token must start with (’ as '). */
  wildPrefix: string;
}

/**
 * Phrases indexed by their first word, so matching at a token looks at a handful of
 * candidates instead of every phrase (cue and title lists have hundreds of rows).
 * Candidates keep the list's order, so a longest-first list still wins longest-first.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly wildcard: Entry<T>[] = [];

  constructor(items: readonly T[], wordsOf: (item: T) => readonly string[]) {
    items.forEach((item, order) => {
      const words = wordsOf(item);
      const first = apostrophes(words[0] ?? '');
      const entry = { item, words, order, wildPrefix: first.slice(0, -1) };
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
    // Speed: runs for every token of every sentence (cue positions, cues, titles); it no
    // longer builds candidate arrays per call, and skips the second lookup when it is
    // the same key.
    const lower = apostrophes(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
    const full = apostrophes(t.lower);
    let best: Entry<T> | null = null;
    best = this.bestOf(this.byFirst.get(lower), tokens, i, best);
    if (full !== lower) best = this.bestOf(this.byFirst.get(full), tokens, i, best);
    for (const e of this.wildcard)
      if (
        (!best || e.order < best.order) &&
        lower.startsWith(e.wildPrefix) &&
        phraseAt(e.words, tokens, i)
      )
        best = e;
    return best ? best.item : null;
  }

  private bestOf(
    list: readonly Entry<T>[] | undefined,
    tokens: readonly Token[],
    i: number,
    best: Entry<T> | null,
  ): Entry<T> | null {
    if (!list) return best;
    for (const e of list)
      if ((!best || e.order < best.order) && phraseAt(e.words, tokens, i)) best = e;
    return best;
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
