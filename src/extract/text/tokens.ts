/**
 * Word tokens with offsets, shared by the entity and relation stages.
 *
 * Tokens keep their exact offsets in the document text, so every mention and every
 * piece of evidence can be sliced back out of the text it came from.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case ("IBM", "U.S"). */
  upper: boolean;
  /** Followed by 's or ’s, which is not part of the token. */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’.&/][\p{L}\p{N}\p{M}]+)*/gu;
// French and Italian elision: "l'Afrique" is two words, "l'" and "Afrique".
const ELISION = /^([ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;
const POSSESSIVE = /['’]s$/u;

/** Words that keep a following full stop: "Mr.", "Inc.", single initials, "U.S.". */
function keepsDot(word: string, dotted: ReadonlySet<string>): boolean {
  if (/^\p{L}$/u.test(word)) return true;
  if (word.includes('.')) return true;
  return dotted.has(`${word.toLowerCase()}.`);
}

/** At least two letters? Speed: stops at the second letter rather than listing them all. */
function twoLetters(text: string): boolean {
  LETTERS.lastIndex = 0;
  const found = LETTERS.test(text) && LETTERS.test(text);
  LETTERS.lastIndex = 0;
  return found;
}

function makeToken(text: string, start: number, possessive: boolean): Token {
  return {
    text,
    start,
    end: start + text.length,
    lower: text.toLowerCase(),
    cap: UPPER_START.test(text),
    upper: !HAS_LOWER.test(text) && twoLetters(text),
    possessive,
  };
}

/** Could the word hold an apostrophe (elision, possessive)? Speed: most words have none. */
const hasApostrophe = (word: string) => word.includes("'") || word.includes('’');

/**
 * Splits `text` (a sentence) into word tokens. `offset` is added to every position
 * so tokens point into the whole document. `dotted` lists abbreviations that keep
 * their full stop, lower-cased with the dot ("inc.", "mr.").
 */
export function tokenize(
  text: string,
  offset = 0,
  dotted: ReadonlySet<string> = new Set(),
): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    let start = match.index;
    const elision = hasApostrophe(word) ? ELISION.exec(word) : null;
    if (elision) {
      const head = elision[0];
      out.push(makeToken(head, offset + start, false));
      word = word.slice(head.length);
      start += head.length;
    }
    let possessive = false;
    if (hasApostrophe(word) && POSSESSIVE.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (text[start + word.length] === '.' && keepsDot(word, dotted)) {
      word += '.';
    }
    out.push(makeToken(word, offset + start, possessive));
  }
  return out;
}

/** Lower-cases and strips diacritics, for matching names written with or without accents. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Longer slugs are cut and made unique with a hash: see slugify. */
export const MAX_SLUG = 120;

/** FNV-1a, 32 bits, in base 36: a short, stable fingerprint of a string. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * A URL- and id-safe slug: "China Ltd." -> "china-ltd". At most MAX_SLUG characters:
 * ids are bounded (graph.json allows 300, and an edge id holds two node ids), so a name
 * made of a hundred capitalised words is cut, with a fingerprint of the whole slug.
 */
export function slugify(text: string): string {
  const slug = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug || 'x';
  return `${slug.slice(0, MAX_SLUG - 12).replace(/-+$/, '')}-${fingerprint(slug)}`;
}
