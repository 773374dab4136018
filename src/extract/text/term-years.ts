/**
 * Which years of a sentence say when a relation was made. A year that closes or opens
 * the deal's term ("until 2033", "from January 2029", "bis Ende 2013", "entre 2022 et
 * 2025") says how long it runs, not when it was agreed; "last year" names the year
 * before the article's. Words come from data/lexicon.csv (`period_word`, `previous_year`).
 */
import type { Knowledge } from '../knowledge/index.js';
import { containsPhrase, phrasesOf } from './match.js';
import { tokenize } from './tokens.js';

/** "until the end of 2033": how many words may stand between the period word and the year. */
export const PERIOD_REACH = 4;

const YEAR = /^(?:19|20)\d\d$/u;

export interface YearWords {
  /** Words before a year that make it a term's year: "until", "from", "bis", "end". */
  period: ReadonlySet<string>;
  /** Words that may stand between them: articles, prepositions, month names. */
  fillers: ReadonlySet<string>;
  and: ReadonlySet<string>;
  /** "last year", "l'an dernier", as phrases. */
  previousYear: readonly string[][];
}

/** Month names and short forms in a language, lower-case, from the platform's locale data. */
function monthNames(language: string): string[] {
  const names: string[] = [];
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(language, { month, timeZone: 'UTC' });
    for (let index = 0; index < 12; index++)
      names.push(
        format
          .format(new Date(Date.UTC(2000, index, 1)))
          .toLowerCase()
          .replace(/\.$/u, ''),
      );
  }
  return names;
}

/** Made once per knowledge and language: the dates stage asks for every document. */
const wordsByKnowledge = new WeakMap<Knowledge, Map<string, YearWords>>();

export function yearWords(knowledge: Knowledge, language: string): YearWords {
  let wordsByLanguage = wordsByKnowledge.get(knowledge);
  if (!wordsByLanguage) wordsByKnowledge.set(knowledge, (wordsByLanguage = new Map()));
  let words = wordsByLanguage.get(language);
  if (!words) {
    const lexicon = (kind: Parameters<Knowledge['lexicon']>[0]) =>
      knowledge.lexicon(kind, language);
    const period = new Set([...lexicon('period_word')].map((word) => word.toLowerCase()));
    words = {
      period,
      fillers: new Set([
        ...lexicon('function_word'),
        ...lexicon('of'),
        ...lexicon('preposition'),
        // "a partire dal 2029": an article fused with its preposition.
        ...lexicon('name_article'),
        ...monthNames(language),
        ...period,
      ]),
      and: lexicon('and'),
      previousYear: phrasesOf(lexicon('previous_year')),
    };
    wordsByLanguage.set(language, words);
  }
  return words;
}

/** The years of a text that open or close a term: a period word before them, or "and" after one. */
export function termYears(text: string, words: YearWords): Set<number> {
  const tokens = tokenize(text, 0);
  const terms = new Set<number>();
  let previousTerm = -1;
  tokens.forEach((token, index) => {
    if (!YEAR.test(token.text)) return;
    const year = Number(token.text);
    const between = (previousTerm >= 0 ? tokens.slice(previousTerm + 1, index) : []).map(
      (t) => t.lower,
    );
    // "between January 2022 and 2025": the second year closes the same term.
    if (
      between.length > 0 &&
      between.every((word) => words.and.has(word) || words.fillers.has(word)) &&
      between.some((word) => words.and.has(word))
    ) {
      terms.add(year);
      previousTerm = index;
      return;
    }
    for (let at = index - 1; at >= 0 && index - at <= PERIOD_REACH; at--) {
      const word = tokens[at]?.lower ?? '';
      if (words.period.has(word)) {
        terms.add(year);
        previousTerm = index;
        return;
      }
      if (!words.fillers.has(word)) return;
    }
  });
  return terms;
}

/** Does the text say "last year" (in its language)? */
export function saysPreviousYear(text: string, words: YearWords): boolean {
  return containsPhrase(words.previousYear, tokenize(text, 0));
}
