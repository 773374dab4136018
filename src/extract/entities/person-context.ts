/**
 * What the words in and around a name say about a person: the shape of a person's name
 * (particles, initials), and the titles that stand before it outside its capitalised run.
 *
 *   "Acme chief executive Jane Roe"            a title before the name, Acme before the title
 *   "le président camerounais Paul Biya"       a title, then a nationality adjective
 *   "El ministro de Hacienda, Juan Pérez,"     the name in apposition to a title
 *   "Acme-Chef Max Muster"                     an organisation glued to a title (German)
 *   "il presidente della Regione Alfa Mario Rossi"  an organisation, then the name, in one run
 */
import { nlp } from '../vendor.js';
import { phraseEndingAt } from '../text/match.js';
import type { Token } from '../text/tokens.js';
import type { Candidate } from './candidate.js';
import type { EntityContext } from './context.js';
import { isLegal, MAX_NAME_TOKENS, titleAt, type Lexicons } from './lexicons.js';
import { lookupPlace } from './places.js';
import { MAX_PERSON_WORDS, personNameShape } from './person-name.js';

/** How many words an "of" may stand before the title's organisation: "CEO of the Acme". */
const TITLE_REACH = 3;
/** Lower-case words a title's complement may have: "head of investor relations". */
const MAX_LOWER_COMPLEMENT = 3;

/** A title found before a name, outside the name's run. */
export interface TitleBefore {
  title: string;
  /** The title's first token. */
  start: number;
  /** A role at an organisation ("chief executive"), not a person noun ("businessman"). */
  role: boolean;
}

const lastWordsCache = new WeakMap<readonly (readonly string[])[], ReadonlySet<string>>();

/** The last words of a phrase list: most tokens end none, and are passed over at once. */
function lastWords(phrases: readonly (readonly string[])[]): ReadonlySet<string> {
  let words = lastWordsCache.get(phrases);
  if (!words) {
    words = new Set(phrases.map((phrase) => phrase[phrase.length - 1] ?? ''));
    lastWordsCache.set(phrases, words);
  }
  return words;
}

/** The title or person noun ending at token `end`, if any. */
function titleEndingAt(
  words: Lexicons,
  tokens: readonly Token[],
  end: number,
): { length: number; role: boolean } | null {
  const lower = tokens[end]?.lower.replace(/\.$/u, '') ?? '';
  for (const [list, role] of [
    [words.titles, true],
    [words.personNouns, false],
  ] as const) {
    if (!lastWords(list).has(lower)) continue;
    const phrase = phraseEndingAt(list, tokens, end);
    if (phrase) return { length: phrase.length, role };
  }
  return null;
}

/** The text between two tokens. */
function gap(candidate: Candidate, a: Token | undefined, b: Token | undefined): string {
  return a && b ? candidate.document.text.slice(a.end, b.start) : '';
}

/**
 * "chief executive officer Jane Roe", "le président camerounais Paul Biya", "l'homme
 * d'affaires Jean Roe": a title or person noun right before the name, outside its run, with
 * at most a nationality adjective between. English titles that are also verbs ("to head
 * Acme Mining") do not count where the sentence uses them as verbs.
 */
export function titleBeforeName(candidate: Candidate): TitleBefore | null {
  const { tokens, first } = candidate.span;
  const { context } = candidate;
  let end = first - 1;
  const before = tokens[end];
  if (!before || gap(candidate, before, tokens[first]) !== ' ') return null;
  if (!before.cap && context.places.demonym(before.text, candidate.document.language)) end--;
  const found = titleEndingAt(context.words, tokens, end);
  if (!found) return null;
  const start = end - found.length + 1;
  if (found.length === 1 && usedAsVerb(candidate, start)) return null;
  return { title: candidate.textOf(start, end), start, role: found.role };
}

/** Is the one-word title at `at` a verb here ("will head")? Asked of English only. */
function usedAsVerb(candidate: Candidate, at: number): boolean {
  if (candidate.document.language !== 'en') return false;
  const token = candidate.span.tokens[at];
  const sentence = candidate.document.sentences[candidate.span.sentence];
  if (!token || !sentence) return false;
  const upToTitle = candidate.document.text.slice(sentence.start, token.end);
  return nlp(upToTitle).match(token.text).last().has('#Verb');
}

/** A title the name stands in apposition to, and the title's organisation if it names one. */
export interface AppositionTitle {
  title: string;
  start: number;
  /** The first token of the organisation or unit after the title's "of", if any. */
  org: number | null;
}

/**
 * "El ministro mexicano de Hacienda, Juan Pérez,", "the chairman, Jane Roe,", "o diretor
 * dos Recursos e Energia, João Roe.", "the minister of energy, Jane Roe,": a comma before
 * the name, a comma or the sentence's end after it, and before the comma a title, maybe
 * with one adjective and an "of" phrase.
 */
export function titleInApposition(candidate: Candidate): AppositionTitle | null {
  const { tokens, first } = candidate.span;
  const last = candidate.nameLast;
  if (gap(candidate, tokens[first - 1], tokens[first]) !== ', ') return null;
  const next = tokens[last + 1];
  if (next && !/^\s*[,;:]/u.test(gap(candidate, tokens[last], next))) return null;
  const { words } = candidate.context;
  const direct = titleEndingAt(words, tokens, first - 1);
  if (direct?.role) return apposition(candidate, first - 1, direct.length, null);
  // Back over the title's complement ("Recursos Minerais e Energia", "the Acme", "of
  // energy") to its "of". Only a capitalised complement names an organisation.
  let org: number | null = null;
  let lowerWords = 0;
  for (let i = first - 1; i > 0 && first - i <= MAX_NAME_TOKENS + TITLE_REACH; i--) {
    const token = tokens[i];
    if (!token) break;
    if (token.cap) org = i;
    else if (isOf(words, token) && (org !== null || lowerWords > 0)) {
      const found = titleBeforeOf(words, tokens, i - 1);
      if (found) return apposition(candidate, found.end, found.length, org);
    } else if (org === null && isAdjectiveLike(words, token)) {
      if (++lowerWords > MAX_LOWER_COMPLEMENT) break;
    } else if (isFunctionWord(words, token) && (org !== null || lowerWords > 0)) continue;
    else if (
      org === null ||
      (!words.connectors.has(token.lower) && !words.andWords.has(token.lower))
    )
      break;
  }
  return null;
}

function apposition(
  candidate: Candidate,
  end: number,
  length: number,
  org: number | null,
): AppositionTitle {
  const start = end - length + 1;
  return { title: candidate.textOf(start, end), start, org };
}

/** A role title ending at `end`, or one word earlier after an adjective ("director global"). */
function titleBeforeOf(
  words: Lexicons,
  tokens: readonly Token[],
  end: number,
): { end: number; length: number } | null {
  const found = titleEndingAt(words, tokens, end);
  if (found?.role) return { end, length: found.length };
  if (!isAdjectiveLike(words, tokens[end])) return null;
  const earlier = titleEndingAt(words, tokens, end - 1);
  return earlier?.role ? { end: end - 1, length: earlier.length } : null;
}

const isOf = (words: Lexicons, token: Token | undefined) =>
  token !== undefined && !token.cap && words.ofWords.has(token.lower);

const isFunctionWord = (words: Lexicons, token: Token | undefined) =>
  token !== undefined && !token.cap && words.functionWords.has(token.lower);

/** A lower-case word that is neither a function word nor an "of": "global", "energy". */
const isAdjectiveLike = (words: Lexicons, token: Token | undefined) =>
  token !== undefined &&
  !token.cap &&
  /^\p{L}+$/u.test(token.text) &&
  !words.functionWords.has(token.lower) &&
  !words.ofWords.has(token.lower);

const singleWordCache = new WeakMap<readonly (readonly string[])[], ReadonlySet<string>>();

/** Titles of one word ("Chef", "CEO"), which may be glued to an organisation. */
function singleWordTitles(titles: readonly (readonly string[])[]): ReadonlySet<string> {
  let single = singleWordCache.get(titles);
  if (!single) {
    single = new Set(titles.filter((title) => title.length === 1).map((title) => title[0] ?? ''));
    singleWordCache.set(titles, single);
  }
  return single;
}

/** An organisation glued to a title in one token: "Acme-Chef", "Ex-Acme-Chef". */
export interface GluedTitle {
  /** The organisation's name, as written after any "Ex-"; null for "Ex-Chef", "Konzern-Chef". */
  organisation: string | null;
  /** Where the organisation starts in the token. */
  offset: number;
  /** The title, with any "Ex-" before it when no organisation is named ("Ex-Chef"). */
  title: string;
}

/** "Acme-Chef Max Muster": the first token of the candidate is an organisation and a title. */
export function gluedTitle(candidate: Candidate): GluedTitle | null {
  const { tokens, first } = candidate.span;
  const token = tokens[first];
  const hyphen = token?.text.lastIndexOf('-') ?? -1;
  if (!token?.cap || hyphen <= 0) return null;
  const { words } = candidate.context;
  const title = token.text.slice(hyphen + 1);
  if (!singleWordTitles(words.titles).has(title.toLowerCase())) return null;
  let offset = 0;
  let head = token.text.slice(0, hyphen);
  // "Ex-Acme-Chef": the former head of Acme.
  for (let dash = head.indexOf('-'); dash > 0; dash = head.indexOf('-')) {
    if (!words.titlePrefixes.has(head.slice(0, dash).toLowerCase())) break;
    offset += dash + 1;
    head = head.slice(dash + 1);
  }
  const plain = head.toLowerCase();
  // "Ex-Chef", "Konzern-Chef": a former head, the head of "the group": no organisation named.
  const generic = candidate.context.knowledge.lexicon('org_reference', candidate.document.language);
  if (words.titlePrefixes.has(plain) || generic.has(plain))
    return { organisation: null, offset, title: token.text };
  if (!/^\p{Lu}/u.test(head) || words.functionWords.has(plain)) return null;
  return { organisation: head, offset, title };
}

/**
 * "il presidente della Regione Alfa Mario Rossi", "CEO of Acme Ltd Jane Roe", "Mayor of
 * Lagos Jane Roe": after a title and its "of", one run holds the organisation and then a
 * name. The organisation must end with a legal form, a keyword or a place, or the name start
 * with a known given name; the name (two or three words) holds none of these.
 * Returns the name's first token, or null.
 */
export function personInTitledOrganisation(candidate: Candidate): number | null {
  const { context } = candidate;
  const { tokens, first } = candidate.span;
  const last = candidate.nameLast;
  // Speed: most candidates are too short to hold both, and are passed over at once.
  if (last - first < 2 || candidate.span.titleCase || !candidate.afterRoleTitle) return null;
  for (const length of [2, 3]) {
    const personFirst = last - length + 1;
    if (personFirst <= first) continue;
    const name = { first: personFirst, last, judged: last, titleCase: false };
    if (!personNameShape(context, tokens, name, () => false)) continue;
    if (namesOrganisationOrPlace(context, tokens, personFirst, last)) continue;
    const end = personFirst - 1;
    const place = lookupPlace(context, tokens, end, end) !== null;
    const organisationEnds =
      end > first &&
      (isLegal(context.knowledge, tokens[end]) ||
        context.knowledge.orgKeywords.has(tokens[end]?.lower ?? ''));
    if (place || organisationEnds || isGivenName(tokens[personFirst]?.lower ?? ''))
      return personFirst;
  }
  return null;
}

type Lexicon = Readonly<Record<string, string | readonly string[] | undefined>>;
let lexicon: Lexicon | undefined;
const GIVEN_NAME = /^(?:FirstName|MaleName|FemaleName)$/u;

/** compromise's lexicon knows the word as a given name ("francesco", "anna"). */
export function isGivenName(lower: string): boolean {
  lexicon ??=
    (nlp('') as unknown as { world?: { model?: { one?: { lexicon?: Lexicon } } } }).world?.model
      ?.one?.lexicon ?? {};
  const tags = lexicon[lower];
  return tags !== undefined && [tags].flat().some((tag) => GIVEN_NAME.test(tag));
}

/** Does a keyword, legal form or place name stand in tokens first..last? */
function namesOrganisationOrPlace(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    if (isLegal(context.knowledge, token) || context.knowledge.orgKeywords.has(token?.lower ?? ''))
      return true;
  }
  return lookupPlace(context, tokens, first, last) !== null;
}

/** The role title governing the candidate through an "of": "presidente" of "presidente della". */
export function governingTitle(candidate: Candidate): string | null {
  const { tokens, first } = candidate.span;
  const { words } = candidate.context;
  for (let j = first - 1; j >= Math.max(1, first - TITLE_REACH); j--) {
    const token = tokens[j];
    if (!token) break;
    if (isOf(words, token)) {
      const title = phraseEndingAt(words.titles, tokens, j - 1);
      if (title) return candidate.textOf(j - title.length, j - 1);
    }
    if (!isFunctionWord(words, token) && !isOf(words, token)) break;
  }
  return null;
}

/**
 * "Acme chief executive Jane Roe", "Acme CEO Jane Roe": a title right after the name, then a
 * name of two words or more that may be a person's.
 */
export function titleAndPersonAfter(candidate: Candidate): boolean {
  const { tokens, titleAfter } = candidate.span;
  const { context } = candidate;
  const last = candidate.nameLast;
  let personFirst: number;
  if (titleAfter !== undefined) personFirst = titleEnd(candidate, last + 1);
  else {
    const next = tokens[last + 1];
    const joined = gap(candidate, tokens[last], next);
    if (!next || next.cap || (joined !== ' ' && !tokens[last]?.possessive)) return false;
    personFirst = titleAt(context.words, tokens, last + 1);
  }
  if (personFirst < 0 || gap(candidate, tokens[personFirst - 1], tokens[personFirst]) !== ' ')
    return false;
  let personLast = personFirst;
  while (
    personLast - personFirst < MAX_PERSON_WORDS &&
    tokens[personLast + 1]?.cap &&
    gap(candidate, tokens[personLast], tokens[personLast + 1]) === ' '
  )
    personLast++;
  const name = { first: personFirst, last: personLast, judged: personLast, titleCase: false };
  return (
    personLast > personFirst &&
    personNameShape(context, tokens, name, () => false) &&
    !namesOrganisationOrPlace(context, tokens, personFirst, personLast)
  );
}

/** The token after the in-run title that starts at `at`. */
function titleEnd(candidate: Candidate, at: number): number {
  return titleAt(candidate.context.words, candidate.span.tokens, at);
}

/** A title after a name's comma, with the organisation before the title if one is named. */
export interface OrganisationTitle {
  title: string;
  titleStart: number;
  /** The organisation's tokens ("Acme" of "Acme's chief executive"), if capitalised. */
  org: { first: number; last: number } | null;
}

/** How many determiners may open the phrase after the comma: "the company's", "its". */
const DETERMINERS_BEFORE_ORGANISATION = 2;

/**
 * "Jane Roe, Acme's chief executive,", "Jane Roe, Acme chief executive, said", "Jane Roe,
 * its chief executive,", "Jane Roe, the company's chairman,": after the comma that ends the
 * name at `last`, an organisation or a possessive, then a title. ("Jane Roe, the chief
 * executive of Acme" is the title-first apposition of surroundings.ts.)
 */
export function organisationTitleAfter(
  candidate: Candidate,
  last: number,
): OrganisationTitle | null {
  const { tokens } = candidate.span;
  const { words, knowledge } = candidate.context;
  if (gap(candidate, tokens[last], tokens[last + 1]) !== ', ') return null;
  const possessives = knowledge.lexicon('possessive', candidate.document.language);
  let owned = false;
  let i = last + 1;
  for (; i - last <= DETERMINERS_BEFORE_ORGANISATION; i++) {
    const token = tokens[i];
    if (!token || token.cap) break;
    if (possessives.has(token.lower)) owned = true;
    else if (!words.functionWords.has(token.lower)) break;
  }
  const orgFirst = i;
  while (tokens[i]?.cap && titleAt(words, tokens, i) < 0 && i - orgFirst < MAX_NAME_TOKENS) {
    i++;
    if (tokens[i - 1]?.possessive) break;
    if (gap(candidate, tokens[i - 1], tokens[i]) !== ' ') return null;
  }
  const org = i > orgFirst ? { first: orgFirst, last: i - 1 } : null;
  // "the company's chairman": a possessive common noun stands for the organisation.
  if (!org && tokens[i]?.possessive && !tokens[i]?.cap) {
    owned = true;
    i++;
  }
  const end = titleAt(words, tokens, i);
  if (end < 0 || (!org && !owned)) return null;
  return { title: candidate.textOf(i, end - 1), titleStart: i, org };
}

/**
 * "Jane Roe, Acme's chief executive,": for a candidate after a comma, the person-shaped name
 * before the comma, as [first, last], or null.
 */
export function nameBeforeComma(candidate: Candidate): { first: number; last: number } | null {
  const { tokens, first } = candidate.span;
  const last = first - 1;
  if (gap(candidate, tokens[last], tokens[first]) !== ', ') return null;
  let start = last;
  while (start > 0 && first - start < MAX_PERSON_WORDS && tokens[start - 1]?.cap) start--;
  if (start === last) return null;
  const name = { first: start, last, judged: last, titleCase: candidate.span.titleCase };
  return personNameShape(candidate.context, tokens, name, () => false)
    ? { first: start, last }
    : null;
}
