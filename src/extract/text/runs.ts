/**
 * Capitalised runs: the raw material of names.
 *
 * A run is a sequence of capitalised tokens separated by single spaces, which may
 * contain lower-case connectors ("Bank of America") and a parenthesised word
 * ("Acme (Europe) Limited"), and end with a legal form written in lower case ("Acme plc").
 * Runs end at punctuation, line breaks and possessives.
 */
import type { Token } from './tokens.js';

export interface Run {
  /** Token indexes, inclusive. */
  first: number;
  last: number;
}

function gap(text: string, base: number, a: Token, b: Token): string {
  return text.slice(a.end - base, b.start - base);
}

/**
 * Finds runs in a sentence's tokens. `text` is the sentence text and `base` its
 * offset in the document (tokens carry document offsets).
 */
export function findRuns(
  tokens: readonly Token[],
  text: string,
  base: number,
  connectors: ReadonlySet<string>,
  /** Lower-case words that end a name ("Acme Solar plc"): legal forms listed so. */
  lowerCaseEnds: ReadonlySet<string> = new Set(),
  /** Does the connector at this token open an owner's phrase, which is no part of the name? */
  opensOwner: (connector: number) => boolean = () => false,
): Run[] {
  const sentence: Sentence = { tokens, text, base, connectors, lowerCaseEnds, opensOwner };
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]?.cap) {
      i++;
      continue;
    }
    let last = i;
    while (!tokens[last]?.possessive) {
      const { take, ends } = step(sentence, last);
      last += take;
      if (take === 0 || ends) break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

interface Sentence {
  tokens: readonly Token[];
  text: string;
  base: number;
  connectors: ReadonlySet<string>;
  lowerCaseEnds: ReadonlySet<string>;
  opensOwner: (connector: number) => boolean;
}

const STOP = { take: 0, ends: true };

/** How many tokens after `last` a run takes next (none: it ends), and whether it ends there. */
function step(sentence: Sentence, last: number): { take: number; ends: boolean } {
  const { tokens, connectors } = sentence;
  const current = tokens[last];
  const next = tokens[last + 1];
  if (!current || !next) return STOP;
  const between = (a: Token, b: Token) => gap(sentence.text, sentence.base, a, b);
  // "Werkstoff- und Maschinenhersteller": the first half of a shared compound names nothing.
  if (suspended(sentence, next)) return STOP;
  const space = between(current, next);
  // "Johnson & Johnson", "AT&T Mobility": an ampersand joins two capitalised words.
  if (next.cap && (space === ' ' || space === ' & ' || space === '&'))
    return { take: 1, ends: false };
  // "Acme Solar plc": a legal form written in lower case ends the name.
  if (!next.cap && space === ' ' && sentence.lowerCaseEnds.has(next.text))
    return { take: 1, ends: true };
  const after = tokens[last + 2];
  // "Acme (Europe) Limited": a capitalised word in parentheses inside a name.
  if (next.cap && space === ' (' && after?.cap && between(next, after) === ') ')
    return { take: 2, ends: false };
  const connector = !next.cap && connectors.has(next.lower) && space === ' ';
  // "Alvik Technik des Maschinenbauers Brandor": the owner's phrase ends the name.
  if (connector && sentence.opensOwner(last + 1)) return STOP;
  // "Bank of America", "Banco do Brasil": a connector between two capitalised words.
  if (connector && after?.cap && between(next, after) === ' ' && !suspended(sentence, after))
    return { take: 2, ends: false };
  // "Afrique de l'Ouest": a connector, then an elided article glued to the next word.
  const third = tokens[last + 3];
  if (
    connector &&
    after &&
    /^\p{Ll}['’]$/u.test(after.text) &&
    between(next, after) === ' ' &&
    third?.cap &&
    between(after, third) === ''
  )
    return { take: 3, ends: false };
  return STOP;
}

/** A word written with a hyphen and a space after it, whose second half comes later. */
function suspended(sentence: Sentence, token: Token): boolean {
  const after = token.end - sentence.base;
  return sentence.text[after] === '-' && /\s/u.test(sentence.text[after + 1] ?? '');
}

/**
 * A title-case line ("Acme And Beta Sign Deal In Lagos") capitalises every word, so
 * capitalisation says nothing there about what is a name.
 */
export function isTitleCase(
  tokens: readonly Token[],
  functionWords: ReadonlySet<string>,
  /** The language capitalises every noun (German): only verbs stay lower case. */
  nounsCapitalised = false,
): boolean {
  let content = 0;
  let lower = 0;
  for (const token of tokens) {
    if (!/^\p{L}/u.test(token.text)) continue;
    if (functionWords.has(token.lower) && !token.cap) continue;
    content++;
    if (!token.cap) lower++;
  }
  // Running text has lower-case verbs and nouns; a headline in title case has almost none.
  // Where nouns are capitalised anyway, a sentence's one lower-case verb is all there is
  // ("Banco Sejiara übernimmt im Jahr 2014 Drulisk SA"), so only a line with none counts.
  return content >= 4 && lower <= (nounsCapitalised ? 0 : Math.floor(content / 8));
}

/** A space after the middle word, or an elided one glued to the next ("Côte d’Ivoire"). */
function joinsNextWord(text: string, base: number, middle: Token, next: Token): boolean {
  const space = gap(text, base, middle, next);
  return space === ' ' || (space === '' && ELIDED.test(middle.text));
}

const ELIDED = /^\p{Ll}+['’]$/u;

/**
 * "Dar es Salaam", "Frankfurt am Main", "Trinidad and Tobago", "Côte d’Ivoire": two short runs with one short
 * lower-case word between them are one name when the whole is a place (`isPlace` asks the
 * gazetteer). Only that case: a lower-case word such as Spanish "es" ("is") joins nothing
 * else. The size limits keep gazetteer lookups to a few per document.
 */
export function joinPlaceRuns(
  runs: Run[],
  tokens: readonly Token[],
  text: string,
  base: number,
  isPlace: (first: number, last: number) => boolean,
): Run[] {
  const joined: Run[] = [];
  for (const run of runs) {
    const previous = joined[joined.length - 1];
    const middle = tokens[run.first - 1];
    const before = previous && tokens[previous.last];
    if (
      previous &&
      before &&
      middle &&
      run.first - previous.last === 2 &&
      middle.text.length <= 4 &&
      run.last - previous.first <= 4 &&
      !before.possessive &&
      gap(text, base, before, middle) === ' ' &&
      joinsNextWord(text, base, middle, tokens[run.first] as Token) &&
      isPlace(previous.first, run.last)
    )
      previous.last = run.last;
    else joined.push({ ...run });
  }
  return joined;
}
