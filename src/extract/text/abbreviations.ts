/**
 * The abbreviations of data/abbreviations.csv as sets per language: words whose dot does
 * not end a sentence ("Mr.", "z.B."), legal forms that end one only before a sentence
 * starter ("Ltd."), and month names ("12. Mai" is a date).
 */

export interface AbbreviationSet {
  /** Never end a sentence. Exact entries are matched as written, lower ones in any case. */
  prefixExact: ReadonlySet<string>;
  prefixLower: ReadonlySet<string>;
  /** End a sentence only before a starter word. */
  suffixExact: ReadonlySet<string>;
  suffixLower: ReadonlySet<string>;
  /** Lower-cased words that typically begin a sentence. */
  starters: ReadonlySet<string>;
  /** Lower-cased month names ("12. Mai" is a date, not a sentence end). */
  months: ReadonlySet<string>;
}

export interface AbbreviationTable {
  /** Rows per language code, "*" for all languages. */
  byLanguage: ReadonlyMap<string, AbbreviationSet>;
  /** Every row of every language. */
  all: AbbreviationSet;
}

interface MutableSet {
  prefixExact: Set<string>;
  prefixLower: Set<string>;
  suffixExact: Set<string>;
  suffixLower: Set<string>;
  starters: Set<string>;
  months: Set<string>;
}

const emptySet = (): MutableSet => ({
  prefixExact: new Set(),
  prefixLower: new Set(),
  suffixExact: new Set(),
  suffixLower: new Set(),
  starters: new Set(),
  months: new Set(),
});

function addTo(set: MutableSet, abbreviation: string, kind: string): void {
  const lower = abbreviation.toLowerCase();
  const exact = lower !== abbreviation;
  if (kind === 'prefix')
    (exact ? set.prefixExact : set.prefixLower).add(exact ? abbreviation : lower);
  else if (kind === 'suffix')
    (exact ? set.suffixExact : set.suffixLower).add(exact ? abbreviation : lower);
  else if (kind === 'month') set.months.add(lower);
  else set.starters.add(lower);
}

function mergeSets(sets: readonly AbbreviationSet[]): AbbreviationSet {
  const merged = emptySet();
  for (const set of sets) {
    for (const key of Object.keys(merged) as (keyof MutableSet)[])
      for (const value of set[key]) merged[key].add(value);
  }
  return merged;
}

/** Builds the table from abbreviations.csv rows (language, abbreviation, kind). */
export function parseAbbreviations(
  rows: readonly Record<string, string | undefined>[],
  file = 'abbreviations.csv',
): AbbreviationTable {
  const byLanguage = new Map<string, MutableSet>();
  rows.forEach((row, i) => {
    const language = row.language?.trim();
    const abbreviation = row.abbreviation?.trim().replace(/\.$/, '');
    const kind = row.kind?.trim();
    if (!language || !abbreviation)
      throw new Error(`${file}: data row ${i + 1}: language and abbreviation are required`);
    if (kind !== 'prefix' && kind !== 'suffix' && kind !== 'starter' && kind !== 'month')
      throw new Error(
        `${file}: data row ${i + 1}: kind must be prefix, suffix, starter or month (got "${kind ?? ''}")`,
      );
    let set = byLanguage.get(language);
    if (!set) byLanguage.set(language, (set = emptySet()));
    addTo(set, abbreviation, kind);
  });
  return { byLanguage, all: mergeSets([...byLanguage.values()]) };
}

const languageCache = new WeakMap<AbbreviationTable, Map<string, AbbreviationSet>>();

/** The abbreviations that apply to a language: its own, "*" and English; all for "und". */
export function abbreviationsFor(table: AbbreviationTable, language: string): AbbreviationSet {
  if (
    !table.byLanguage.has(language) &&
    (language === 'und' || language === '*' || language === '')
  )
    return table.all;
  let cache = languageCache.get(table);
  if (!cache) languageCache.set(table, (cache = new Map()));
  let set = cache.get(language);
  if (!set) {
    const parts = [language, '*', 'en']
      .filter((code, i, codes) => codes.indexOf(code) === i)
      .map((code) => table.byLanguage.get(code))
      .filter((part): part is AbbreviationSet => part !== undefined);
    set = mergeSets(parts);
    cache.set(language, set);
  }
  return set;
}
