/**
 * Shared pieces of the entity stage: the per-language word lists it uses, and small
 * tests on token runs (legal forms, keywords, titles).
 */
import type { Knowledge } from '../knowledge/index.js';
import { indexOf, toPhrases } from '../text/match.js';
import type { Token } from '../text/tokens.js';
import type { SentencedDocument } from '../types.js';

export interface Part {
  sentence: number;
  /** Token indexes in this sentence where a relation cue starts. */
  cues: number[];
  tokens: Token[];
  first: number;
  last: number;
  titleCase: boolean;
  sentenceInitial: boolean;
  /** One word that English also uses as a common word ("Independent", or a guess such as
   *  "Febebial" for an adjective): a name only where the document names it otherwise. */
  commonWord?: boolean;
}

export interface Lexicons {
  functionWords: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  speechVerbs: string[][];
  andWords: ReadonlySet<string>;
  ofWords: ReadonlySet<string>;
  orgPrefixes: string[][];
  titles: readonly string[][];
  dotted: ReadonlySet<string>;
  /** Magnitude and currency words ("Millionen", "euros"), lower-cased without a full stop. */
  amounts: ReadonlySet<string>;
  /** Nouns heading a phrase about an organisation ("Shares of Acme"), lower-cased. */
  headNouns: ReadonlySet<string>;
}

export const MAX_NAME_TOKENS = 8;
export const ACRONYM = /^[\p{Lu}\p{N}&]{2,7}$/u;

export function lexicons(k: Knowledge, language: string): Lexicons {
  const honorifics = k.lexicon('honorific', language);
  const dotted = new Set<string>();
  for (const h of honorifics) if (h.endsWith('.')) dotted.add(h);
  // Legal forms keep their full stop ("Pte. Ltd."), so the name's run goes on past it.
  for (const s of k.legalSuffixes.keys())
    if (s.endsWith('.') || s.length <= 4) dotted.add(s.endsWith('.') ? s : `${s}.`);
  return {
    functionWords: k.lexicon('function_word', language),
    // Names keep their own language's connectors in any text ("Casa dos Ventos" in English).
    connectors: k.lexicon('connector', '*'),
    honorifics,
    speechVerbs: toPhrases(k.lexicon('speech_verb', language)),
    andWords: k.lexicon('and', language),
    ofWords: k.lexicon('of', language),
    orgPrefixes: toPhrases(k.lexicon('org_prefix', language)),
    titles: k.roleTitles(language),
    dotted,
    amounts: k.lexicon('amount', language),
    headNouns: k.lexicon('head_noun', language),
  };
}

export function textOf(
  doc: SentencedDocument,
  tokens: readonly Token[],
  first: number,
  last: number,
): string {
  const a = tokens[first];
  const b = tokens[last];
  return a && b ? doc.text.slice(a.start, b.end) : '';
}

/** Organisation keyword kinds present in the part (single words and phrases). */
export function keywordKinds(k: Knowledge, tokens: readonly Token[], first: number, last: number) {
  const kinds: { kind: string; at: number }[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (!t) continue;
    const kind = k.orgKeywords.get(t.lower);
    if (kind) kinds.push({ kind, at: i });
    for (const p of k.orgKeywordPhrases) {
      let ok = i + p.words.length - 1 <= last;
      for (let j = 0; ok && j < p.words.length; j++) ok = tokens[i + j]?.lower === p.words[j];
      if (ok) kinds.push({ kind: p.kind, at: i + p.words.length - 1 });
    }
  }
  return kinds;
}

export function isLegal(k: Knowledge, t: Token | undefined): boolean {
  if (!t) return false;
  if (k.legalSuffixes.has(t.lower)) return true;
  // Scraped pages misspell legal forms ("Corpordation"); accept a near miss of a long one.
  return (
    t.lower.length >= 9 &&
    [...k.legalSuffixes.keys()].some((s) => s.length >= 9 && nearMiss(s, t.lower))
  );
}

function nearMiss(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return (
    a.slice(i + 1) === b.slice(i + 1) ||
    a.slice(i) === b.slice(i + 1) ||
    a.slice(i + 1) === b.slice(i)
  );
}

/** The index after a role title starting at i, or -1. Titles must be written capitalised or as in the list. */
export function titleAt(lx: Lexicons, tokens: readonly Token[], i: number): number {
  const p = indexOf(lx.titles, (t) => t).at(tokens, i);
  return p ? i + p.length : -1;
}

/**
 * Tokens keep the full stop of a short legal form ("Pte. Ltd.", "Co. KG") so a name runs on
 * past it; at the end of a sentence the stop is the sentence's: "... von Acme AG." names
 * "Acme AG". A form listed with its stop ("Inc.", "S.A.") keeps it.
 */
export function dropFinalStop(tokens: Token[], k: Knowledge): Token[] {
  const t = tokens[tokens.length - 1];
  if (!t?.lower.endsWith('.') || k.legalSuffixes.has(t.lower)) return tokens;
  const bare = t.lower.slice(0, -1);
  if (bare.includes('.') || !k.legalSuffixes.has(bare)) return tokens;
  tokens[tokens.length - 1] = { ...t, text: t.text.slice(0, -1), lower: bare, end: t.end - 1 };
  return tokens;
}
