/**
 * Organisation names reduced to what identifies them: core words for keys, initials
 * for acronyms, and the form shown to people.
 */
import type { Knowledge } from '../knowledge/index.js';
import { fold, tokenize } from '../text/tokens.js';

/** Legal forms this long or longer are recognised with one letter wrong ("Corpordation"). */
export const NEAR_LEGAL_MIN_LENGTH = 9;

/** Name words, without legal forms and designators (at the end, or in front where a language puts them), long variants shortened. */
export function coreWords(name: string, knowledge: Knowledge): string[] {
  const aliased = knowledge.aliases.get(name.toLowerCase()) ?? name;
  const words = tokenize(aliased.replace(/[()]/g, ' ')).map((t) => t.text);
  while (words.length > 1) {
    const lastWord = words[words.length - 1]?.toLowerCase() ?? '';
    if (knowledge.legalSuffixes.has(lastWord) || isNearLegal(lastWord, knowledge)) words.pop();
    else break;
  }
  // "Grupo Solara" is "Solara": a designator some languages write in front.
  const leading = knowledge.lexicon('leading_designator', '*');
  if (words.length > 1 && leading.has(words[0]?.toLowerCase() ?? '')) words.shift();
  return words.map((w) => fold(knowledge.nameVariants.get(w.toLowerCase()) ?? w));
}

/** One insertion, deletion or substitution away from a long legal form. */
function isNearLegal(word: string, knowledge: Knowledge): boolean {
  if (word.length < NEAR_LEGAL_MIN_LENGTH) return false;
  for (const suffix of knowledge.legalSuffixes.keys()) {
    if (suffix.length < NEAR_LEGAL_MIN_LENGTH || Math.abs(suffix.length - word.length) > 1)
      continue;
    if (oneEditApart(suffix, word)) return true;
  }
  return false;
}

/** At most one edit between two words whose lengths differ by at most one. */
function oneEditApart(a: string, b: string): boolean {
  let edits = 0;
  for (let i = 0, j = 0; i < a.length || j < b.length;) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else {
      edits++;
      if (a.length > b.length) i++;
      else if (b.length > a.length) j++;
      else {
        i++;
        j++;
      }
    }
    if (edits > 1) break;
  }
  return edits <= 1;
}

/**
 * Initials of a name's core words: "Beta Systems Europe" -> "BSE". `skipped` holds the
 * small words left out ("of", "do"), folded (data/lexicon.csv, kind initials_skip).
 */
export function initials(words: readonly string[], skipped: ReadonlySet<string>): string {
  return words
    .filter((w) => w.length > 0 && !skipped.has(w))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

/**
 * A name as shown to people: legal forms and parentheses dropped ("Acme (Europe)
 * Limited" -> "Acme Europe"), designators such as "Group" kept, spacing tidy.
 */
export function displayName(text: string, knowledge: Knowledge): string {
  const words = text.replace(/[()]/g, ' ').trim().split(/\s+/u);
  // "Pte." and "Pte" alike.
  const legal = (w: string | undefined) =>
    knowledge.legalSuffixes.get(w?.toLowerCase() ?? '') === 'legal' ||
    knowledge.legalSuffixes.get(w?.toLowerCase().replace(/\.$/, '') ?? '') === 'legal';
  while (words.length > 1 && legal(words[words.length - 1])) words.pop();
  while (words.length > 1 && isNearLegal(words[words.length - 1]?.toLowerCase() ?? '', knowledge))
    words.pop();
  return words.join(' ').replace(/[,;:]+$/u, '');
}
