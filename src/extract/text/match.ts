/**
 * Matching multi-word phrases from the data files against token streams.
 */
import type { Token } from './tokens.js';

/** Does `pattern` (a lower-cased word, maybe ending in "*") match `token`? */
export function wordMatches(pattern: string, token: Token): boolean {
  const lower =
    token.lower.endsWith('.') && !pattern.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
  if (pattern.endsWith('*')) return lower.startsWith(pattern.slice(0, -1));
  if (lower === pattern) return true;
  // Speed: this runs for every token against every candidate phrase, so the apostrophe
  // replacements below are skipped when there is no ’ to replace.
  if (!lower.includes('’') && !pattern.includes('’')) return false;
  return lower.replace(/’/g, "'") === pattern.replace(/’/g, "'");
}

/** Does the phrase (lower-cased words) match the tokens starting at index i? */
export function phraseAt(words: readonly string[], tokens: readonly Token[], i: number): boolean {
  if (i + words.length > tokens.length) return false;
  for (let j = 0; j < words.length; j++) {
    const token = tokens[i + j];
    const word = words[j];
    if (!token || word === undefined || !wordMatches(word, token)) return false;
  }
  return true;
}

/** Splits phrase strings into word lists once, longest first. */
export function toPhrases(terms: Iterable<string>): string[][] {
  return [...terms]
    .map((term) => term.split(/\s+/u).flatMap(splitElision))
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
  // Speed: through the first-word index instead of trying every phrase at every token.
  const index = indexOf(phrases, (phrase) => phrase);
  for (let i = 0; i < tokens.length; i++) if (index.at(tokens, i)) return true;
  return false;
}

/** "l'accord" -> "l'", "accord": phrases from the data files split as the tokenizer does. */
export function splitElision(word: string): string[] {
  const elided = /^([ldjmnstc]|qu)(['’])(.+)$/u.exec(word);
  const [, article, apostrophe, rest] = elided ?? [];
  return article && apostrophe && rest ? [article + apostrophe, rest] : [word];
}

/** The longest phrase matching at index i, or null. */
export function longestPhraseAt(
  phrases: readonly (readonly string[])[],
  tokens: readonly Token[],
  i: number,
): readonly string[] | null {
  for (const phrase of phrases) if (phraseAt(phrase, tokens, i)) return phrase;
  return null;
}

/** Does a phrase from the list end exactly at token index `end` (inclusive)? */
export function phraseEndingAt(
  phrases: readonly (readonly string[])[],
  tokens: readonly Token[],
  end: number,
): readonly string[] | null {
  for (const phrase of phrases) {
    const start = end - phrase.length + 1;
    if (start >= 0 && phraseAt(phrase, tokens, start)) return phrase;
  }
  return null;
}

const apostrophes = (word: string) => (word.includes('’') ? word.replace(/’/g, "'") : word);

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
    const token = tokens[i];
    if (!token) return null;
    // Speed: runs for every token of every sentence (cue positions, cues, titles), so it
    // builds no arrays and skips the second lookup when the key is the same.
    const lower = apostrophes(token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower);
    const full = apostrophes(token.lower);
    let best: Entry<T> | null = null;
    best = this.bestOf(this.byFirst.get(lower), tokens, i, best);
    if (full !== lower) best = this.bestOf(this.byFirst.get(full), tokens, i, best);
    for (const entry of this.wildcard)
      if (
        (!best || entry.order < best.order) &&
        lower.startsWith(entry.wildPrefix) &&
        phraseAt(entry.words, tokens, i)
      )
        best = entry;
    return best ? best.item : null;
  }

  private bestOf(
    list: readonly Entry<T>[] | undefined,
    tokens: readonly Token[],
    i: number,
    best: Entry<T> | null,
  ): Entry<T> | null {
    if (!list) return best;
    for (const entry of list)
      if ((!best || entry.order < best.order) && phraseAt(entry.words, tokens, i)) best = entry;
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
