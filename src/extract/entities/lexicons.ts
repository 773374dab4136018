/**
 * Shared pieces of the entity stage: the per-language word lists it uses, and small
 * tests on token runs (legal forms, keywords, titles).
 */
import type { Knowledge, OrgKeywordKind } from '../knowledge/index.js';
import { indexOf, phrasesOf, toPhrases } from '../text/match.js';
import type { Token } from '../text/tokens.js';
import type { SentencedDocument } from '../types.js';

/** A name candidate's tokens in its sentence, as the weak-name step and role linking see it. */
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
  titles: readonly string[][];
  dotted: ReadonlySet<string>;
  /** Magnitude and currency words ("Millionen", "euros"), lower-cased without a full stop. */
  amounts: ReadonlySet<string>;
  /** Nouns heading a phrase about an organisation ("Shares of Acme"), lower-cased. */
  headNouns: ReadonlySet<string>;
  /** A word before a place name -> the article the name starts with ("au" -> "Le": "Le Cap"). */
  placeArticles: ReadonlyMap<string, string>;
  /** One token "Lagos-based": the place, then the word that says a company sits there. */
  basedIn: RegExp;
  /** "(“we”)", "(“noi”)" after a name: the text after it defines who "we" is. */
  firstPersonDefinition: RegExp;
  /** Lower-case particles inside a person's name ("von", "bin", "da"), of any language. */
  nameParticles: ReadonlySet<string>;
  /** "businessman", "homme d'affaires": a person noun before a name, as word lists. */
  personNouns: string[][];
  /** "Ex", "Vize": glued before a title ("Ex-Chef"), they name no organisation. */
  titlePrefixes: ReadonlySet<string>;
}

export const MAX_NAME_TOKENS = 8;
export const ACRONYM = /^[\p{Lu}\p{N}&]{2,7}$/u;

/** foreignConnectors by knowledge and language: the entity context asks for it per document. */
const connectorCache = new WeakMap<Knowledge, Map<string, ReadonlySet<string>>>();

/**
 * Names keep their own language's connectors in any text ("Casa dos Ventos" in English),
 * except a word that is a function word of the text's own language and no connector of it:
 * in German, "das" and "des" are articles ("Acme AG das Werk"), not the Portuguese or
 * French connector.
 */
function foreignConnectors(knowledge: Knowledge, language: string): ReadonlySet<string> {
  let byLanguage = connectorCache.get(knowledge);
  if (!byLanguage) connectorCache.set(knowledge, (byLanguage = new Map()));
  let connectors = byLanguage.get(language);
  if (!connectors) {
    const own = knowledge.lexicon('connector', language);
    const functionWords = knowledge.lexicon('function_word', language);
    const all = knowledge.lexicon('connector', '*');
    connectors = new Set([...all].filter((word) => own.has(word) || !functionWords.has(word)));
    byLanguage.set(language, connectors);
  }
  return connectors;
}

export function lexicons(knowledge: Knowledge, language: string): Lexicons {
  const honorifics = knowledge.lexicon('honorific', language);
  const dotted = new Set<string>();
  for (const honorific of honorifics) if (honorific.endsWith('.')) dotted.add(honorific);
  // Legal forms keep their full stop ("Pte. Ltd."), so the name's run goes on past it.
  for (const suffix of knowledge.legalSuffixes.keys())
    if (suffix.endsWith('.') || suffix.length <= 4)
      dotted.add(suffix.endsWith('.') ? suffix : `${suffix}.`);
  return {
    functionWords: knowledge.lexicon('function_word', language),
    connectors: foreignConnectors(knowledge, language),
    honorifics,
    speechVerbs: toPhrases(knowledge.lexicon('speech_verb', language)),
    andWords: knowledge.lexicon('and', language),
    ofWords: knowledge.lexicon('of', language),
    titles: knowledge.roleTitles(language),
    dotted,
    amounts: knowledge.lexicon('amount', language),
    headNouns: knowledge.lexicon('head_noun', language),
    placeArticles: placeArticles(knowledge.lexicon('place_contraction', language)),
    basedIn: basedIn(knowledge.lexicon('based_suffix', language)),
    // In any language: a quoted pronoun in parentheses right after a name is clear enough.
    firstPersonDefinition: firstPersonDefinition(knowledge.lexicon('first_person', '*')),
    // Names keep their own language's particles in any text ("Anna von Berg" in English).
    nameParticles: knowledge.lexicon('name_particle', '*'),
    personNouns: phrasesOf(knowledge.lexicon('person_noun', language)),
    titlePrefixes: knowledge.lexicon('title_prefix', language),
  };
}

const articleCache = new WeakMap<ReadonlySet<string>, ReadonlyMap<string, string>>();

/** Rows "au le": the word as written before the name, then the article, capitalised here. */
function placeArticles(rows: ReadonlySet<string>): ReadonlyMap<string, string> {
  let articles = articleCache.get(rows);
  if (!articles) {
    const map = new Map<string, string>();
    for (const row of rows) {
      const [word, article] = row.split(/\s+/u);
      if (word && article) map.set(word, article.charAt(0).toUpperCase() + article.slice(1));
    }
    articleCache.set(rows, (articles = map));
  }
  return articles;
}

const basedInCache = new WeakMap<ReadonlySet<string>, RegExp>();

function basedIn(suffixes: ReadonlySet<string>): RegExp {
  let pattern = basedInCache.get(suffixes);
  if (!pattern) {
    const alternatives = [...suffixes].map(escapeRegExp).join('|');
    pattern = new RegExp(`^(\\p{Lu}[\\p{L}.'’-]*?)-(?:${alternatives})$`, 'u');
    basedInCache.set(suffixes, pattern);
  }
  return pattern;
}

const definitionCache = new WeakMap<ReadonlySet<string>, RegExp>();

/** "(“we”)", "(“Acme”, “we” or “our”)": a first-person word quoted in the parentheses. */
function firstPersonDefinition(pronouns: ReadonlySet<string>): RegExp {
  let pattern = definitionCache.get(pronouns);
  if (!pattern) {
    const alternatives = [...pronouns].map(escapeRegExp).join('|');
    pattern = new RegExp(`^\\s*\\([^()]{0,40}?[“"«]\\s*(?:${alternatives})\\s*[”"»]`, 'iu');
    definitionCache.set(pronouns, pattern);
  }
  return pattern;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export function textOf(
  document: SentencedDocument,
  tokens: readonly Token[],
  first: number,
  last: number,
): string {
  const firstToken = tokens[first];
  const lastToken = tokens[last];
  return firstToken && lastToken ? document.text.slice(firstToken.start, lastToken.end) : '';
}

export interface KeywordHit {
  kind: OrgKeywordKind;
  /** The keyword's last token. */
  at: number;
}

/** Organisation keyword kinds present in the part (single words and phrases). */
export function keywordKinds(
  knowledge: Knowledge,
  tokens: readonly Token[],
  first: number,
  last: number,
): KeywordHit[] {
  const kinds: KeywordHit[] = [];
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    if (!token) continue;
    const kind = knowledge.orgKeywords.get(token.lower);
    if (kind) kinds.push({ kind, at: i });
    for (const phrase of knowledge.orgKeywordPhrases) {
      let matches = i + phrase.words.length - 1 <= last;
      for (let j = 0; matches && j < phrase.words.length; j++)
        matches = tokens[i + j]?.lower === phrase.words[j];
      if (matches) kinds.push({ kind: phrase.kind, at: i + phrase.words.length - 1 });
    }
  }
  return kinds;
}

export function isLegal(knowledge: Knowledge, token: Token | undefined): boolean {
  if (!token) return false;
  if (knowledge.legalSuffixes.has(token.lower)) return true;
  // Scraped pages misspell legal forms ("Corpordation"); accept a near miss of a long one.
  return (
    token.lower.length >= 9 &&
    [...knowledge.legalSuffixes.keys()].some(
      (suffix) => suffix.length >= 9 && nearMiss(suffix, token.lower),
    )
  );
}

/** One letter dropped, added or changed. */
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
export function titleAt(words: Lexicons, tokens: readonly Token[], i: number): number {
  const phrase = indexOf(words.titles, (title) => title).at(tokens, i);
  return phrase ? i + phrase.length : -1;
}

/**
 * Tokens keep the full stop of a short legal form ("Pte. Ltd.", "Co. KG") so a name runs on
 * past it; at the end of a sentence the stop is the sentence's: "... von Acme AG." names
 * "Acme AG". A form listed with its stop ("Inc.", "S.A.") keeps it.
 */
export function dropFinalStop(tokens: Token[], knowledge: Knowledge): Token[] {
  const token = tokens[tokens.length - 1];
  if (!token?.lower.endsWith('.') || knowledge.legalSuffixes.has(token.lower)) return tokens;
  const bare = token.lower.slice(0, -1);
  if (bare.includes('.') || !knowledge.legalSuffixes.has(bare)) return tokens;
  tokens[tokens.length - 1] = {
    ...token,
    text: token.text.slice(0, -1),
    lower: bare,
    end: token.end - 1,
  };
  return tokens;
}
