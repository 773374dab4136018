/**
 * The shape of a person's name: capitalised words with particles inside ("Anna von Berg")
 * and initials in front ("C.C. Roe").
 */
import type { Token } from '../text/tokens.js';
import type { EntityContext } from './context.js';
import type { Lexicons } from './lexicons.js';

/** A person's name has at most this many words, particles aside: "José Luis Rodríguez Zapatero". */
export const MAX_PERSON_WORDS = 4;
/** A title-case line runs words together: there a name is judged on at most this many tokens. */
const MAX_TITLE_CASE_PERSON_TOKENS = 3;
/** "C.C.", "J.", "J.R.R.": initials stand for given names. */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** "al-Jaber", "bin-Zayed": a particle glued by a hyphen to a capitalised name. */
const HYPHENATED_PARTICLE = /^(\p{Ll}+)-\p{Lu}/u;

/**
 * Marks "al-Jaber" of "Sultan al-Jaber" as capitalised, so the name's run and shape take it
 * in; the particle must be a name particle of data/lexicon.csv.
 */
export function capitaliseNameParticles(tokens: Token[], words: Lexicons): Token[] {
  tokens.forEach((token, i) => {
    if (token.cap) return;
    const particle = HYPHENATED_PARTICLE.exec(token.text)?.[1];
    if (particle && words.nameParticles.has(particle)) tokens[i] = { ...token, cap: true };
  });
  return tokens;
}

/** Where a name stands: its tokens in the sentence, and the words of its context. */
interface NameTokens {
  context: EntityContext;
  tokens: readonly Token[];
  first: number;
  last: number;
}

/** "von" of "Anna von Berg": a particle inside a name, never its first or last word. */
function isParticle(name: NameTokens, i: number): boolean {
  const token = name.tokens[i];
  return (
    token !== undefined &&
    !token.cap &&
    i > name.first &&
    i < name.last &&
    name.context.words.nameParticles.has(token.lower)
  );
}

/** "C.C." of "C.C. Roe", but not "U.S.": a place's abbreviation is no given name. */
function isInitials(name: NameTokens, i: number): boolean {
  const token = name.tokens[i];
  if (!token || i >= name.last || !INITIALS.test(token.text)) return false;
  const { places, document, countries } = name.context;
  return places.lookup(token.text, { language: document.language, countries }) === null;
}

/** The words of a name that are not particles. */
export function nameWords(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
  last: number,
): number {
  const name = { context, tokens, first, last };
  let words = 0;
  for (let i = first; i <= last; i++) if (!isParticle(name, i)) words++;
  return words;
}

/**
 * Could tokens first..last be a person's name? Capitalised words, not all capitals, with
 * particles inside ("Anna von Berg") and initials in front ("C.C. Roe"). `judged` is the
 * last token whose shape counts (a title-case line glues the next words on); in such a
 * line a common word ("Delivers") is no name either.
 */
export function personNameShape(
  context: EntityContext,
  tokens: readonly Token[],
  span: { first: number; last: number; judged: number; titleCase: boolean },
  isCommonWord: (lower: string) => boolean,
): boolean {
  const { first, last, judged, titleCase } = span;
  if (titleCase && last - first >= MAX_TITLE_CASE_PERSON_TOKENS) return false;
  if (nameWords(context, tokens, first, last) > MAX_PERSON_WORDS) return false;
  const name = { context, tokens, first, last: judged };
  for (let i = first; i <= judged; i++) {
    const token = tokens[i];
    if (!token) return false;
    if (isParticle(name, i) || (token.upper && isInitials(name, i))) continue;
    if (!token.cap || token.upper || (titleCase && isCommonWord(token.lower))) return false;
  }
  return true;
}
