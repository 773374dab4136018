/**
 * Whether the words in parentheses after a name define a short name for it. "Acme Holding
 * Group (AHG)", "Acme Holding Group (Acme Holding)" do; "Thursday (April 8)", "Lakeview
 * (Ontario)", "Jane Roe (Newsly)" do not: there the parentheses give a date, a region or
 * a source.
 */

/** First letters without accents, lower-cased: "Énergie" and "energy" start alike. */
const initial = (word: string) =>
  word.normalize('NFKD').replace(/\p{M}/gu, '').charAt(0).toLowerCase();

/** Two or more capitals and nothing in lower case: "AHG", "J&J", "S.A.C.C.". */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}&.-]+$/u;

const wordsOf = (text: string) => text.split(/[\s-]+/u).filter((word) => /\p{L}/u.test(word));

/**
 * An acronym in capitals ("OHG", "OHG Holding") fits when it starts as one of the name's
 * words does ("BFK" for "Banco Fakar SA" too), or
 * its letters and the initials of the name's capitalised words match in order, one within
 * the other ("SGMB" for "Société le Grand Moulin de Borealis" written from "Grand" on).
 * Other words fit when they share a word with the name ("Acme Holding"), or are one word
 * that starts as one of the name's words does ("Nbc" for "Nordic Battery Cells").
 */
export function definesShortName(shortName: string, name: string): boolean {
  const nameWords = wordsOf(name);
  const shortWords = wordsOf(shortName);
  const head = shortWords[0];
  if (head === undefined) return false;
  if (ACRONYM.test(head)) return acronymFits(head, nameWords);
  const known = new Set(nameWords.map((word) => word.toLowerCase()));
  if (shortWords.some((word) => known.has(word.toLowerCase()))) return true;
  return shortWords.length === 1 && nameWords.some((word) => initial(word) === initial(head));
}

function acronymFits(acronym: string, nameWords: readonly string[]): boolean {
  const letters = [...acronym.replace(/[^\p{L}]/gu, '')].map(initial).join('');
  const initials = nameWords
    .filter((word) => /^\p{Lu}/u.test(word))
    .map(initial)
    .join('');
  if (nameWords.some((word) => initial(word) === letters.charAt(0))) return true;
  return (
    isSubsequence(letters, initials) || (initials.length >= 2 && isSubsequence(initials, letters))
  );
}

/** Are the characters of `part` found in `whole` in the same order? */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const char of whole) if (char === part[at]) at++;
  return part.length > 0 && at === part.length;
}
