/**
 * Demonyms and nationality adjectives -> country, in every gender, number and case that
 * news text uses: "Moroccan(s)", "marocain/marocaine/marocains/marocaines",
 * "marokkanisch/-e/-en/-er/-es/-em" and "Marokkaner(in)", "marroquí/marroquíes".
 *
 * Base forms come from the libraries where they have them:
 * - world-countries `demonyms.eng` and `demonyms.fra` (masculine and feminine);
 * - i18n-nationality, every language of LANGUAGES it has a locale for (masculine singular);
 * - data/demonyms.csv for a language it has none for (Portuguese).
 * Every language inflects them by its suffix rules in data/demonym-inflections.csv
 * ("brasileiro" -> brasileira, brasileiros, brasileiras). Forms are stored as normKey
 * (no case, no accents, hyphen = space), so matching ignores case and accents.
 *
 * A form claimed by several countries goes to the independent one ("French" is France's,
 * not a territory's), then to the one whose name it resembles most (see `pick`); if that
 * is still a tie ("Congolese", "Korean") it is dropped as ambiguous.
 */
import { join } from 'node:path';
import type { PlaceRef } from '../types.js';
import { readCsv } from '../knowledge/csv.js';
import { normKey } from './normalize.js';
import { ISO639_3, LANGUAGES, type Language, nationalities, worldCountries } from './sources.js';

/** One row of data/demonym-inflections.csv (its header says what the columns mean). */
export interface Inflection {
  /** Folded (normKey) unless `accented`, then lower case as written. */
  ending: string;
  accented: boolean;
  /** Replacements for the ending, as normKey: the base's own gender first. */
  forms: string[];
  /** How many of `forms` keep the base's gender (all when the row has no ';'). */
  ownGender: number;
}

/** A forms cell of "-": bases with this ending make no demonym (German nouns, names). */
const NO_FORMS = '-';

const ACCENTED = /[^\p{ASCII}]/u;

/** The rows of one language, longest ending first (an accented one before a plain one). */
export function parseInflections(rows: readonly Record<string, string>[]): Inflection[] {
  const rules = rows.map((row): Inflection => {
    const ending = (row.ending ?? '').toLowerCase();
    const cell = row.forms ?? '';
    const groups = cell === NO_FORMS ? [] : cell.split(';');
    const forms = groups.map((group) => group.split('|').map((form) => normKey(form)));
    const accented = ACCENTED.test(ending);
    return {
      ending: accented ? ending : normKey(ending),
      accented,
      forms: forms.flat(),
      ownGender: forms[0]?.length ?? 0,
    };
  });
  const length = (rule: Inflection) => normKey(rule.ending).length;
  return rules.sort((a, b) => length(b) - length(a) || Number(b.accented) - Number(a.accented));
}

/** language -> its rules. */
function readInflections(file: string): Map<string, Inflection[]> {
  const byLanguage = new Map<string, Record<string, string>[]>();
  for (const row of readCsv(file)) {
    const language = row.language ?? '';
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), row]);
  }
  return new Map([...byLanguage].map(([language, rows]) => [language, parseInflections(rows)]));
}

/**
 * The forms of a base by the language's rule for its ending (the base alone when no rule
 * matches). `ownGenderOnly`: the source gives the other gender itself (world-countries).
 */
export function inflect(
  base: string,
  rules: readonly Inflection[],
  ownGenderOnly = false,
): string[] {
  const folded = normKey(base); // accents only matter for the written form, not for matching
  const lower = base.toLowerCase();
  const rule = rules.find((r) => (r.accented ? lower : folded).endsWith(r.ending));
  if (!rule) return [folded];
  const stem = folded.slice(0, folded.length - normKey(rule.ending).length);
  const forms = ownGenderOnly ? rule.forms.slice(0, rule.ownGender) : rule.forms;
  return forms.map((f) => stem + f);
}

/**
 * The country a form belongs to when several claim it: the only claimant, else the only
 * independent one, else the independent one whose name shares the longest start with the
 * form ("nigerianisch": Nigeria over Niger). Undefined when that is still a tie.
 */
function pick(
  form: string,
  ccs: string[],
  independent: ReadonlySet<string>,
  name: (cc: string) => string,
) {
  if (ccs.length === 1) return ccs[0];
  const indep = ccs.filter((cc) => independent.has(cc));
  if (indep.length === 1) return indep[0];
  const scored = indep
    .map((cc) => ({ cc, n: commonPrefix(form, name(cc)) }))
    .sort((a, b) => b.n - a.n);
  const [a, b] = scored;
  return a && b && a.n > b.n ? a.cc : undefined;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** What the libraries say about each country, to choose between claimants. */
interface CountryFacts {
  independent: Set<string>;
  /** Country names in every language, to drop "nationalities" that are just the territory's name ("Cayman Islands"). */
  names: Set<string>;
  /** ISO2 -> its name per language, to break ties between claimants. */
  nameIn: Map<string, Map<Language, string>>;
}

/** A base form (masculine singular, or a feminine the source gives) of one country's demonym. */
interface Base {
  language: Language;
  cc: string;
  base: string;
  /** The source gives the other gender as a base of its own. */
  ownGenderOnly?: boolean;
}

function countryFacts(): CountryFacts {
  const facts: CountryFacts = { independent: new Set(), names: new Set(), nameIn: new Map() };
  for (const country of worldCountries()) {
    if (country.independent) facts.independent.add(country.cca2);
    const own = new Map<Language, string>([['en', normKey(country.name.common)]]);
    for (const lang of LANGUAGES) {
      const translation = country.translations[ISO639_3[lang]];
      if (translation && lang !== 'en') own.set(lang, normKey(translation.common));
    }
    facts.nameIn.set(country.cca2, own);
    for (const n of [
      country.name.common,
      country.name.official,
      ...Object.values(country.translations).map((translation) => translation.common),
    ])
      facts.names.add(normKey(n));
  }
  return facts;
}

/** world-countries' English and French demonyms, masculine and feminine as given. */
function worldCountryBases(): Base[] {
  const out: Base[] = [];
  for (const country of worldCountries()) {
    const eng = country.demonyms?.eng;
    if (eng)
      for (const base of new Set([eng.m, eng.f]))
        out.push({ language: 'en', cc: country.cca2, base });
    const fra = country.demonyms?.fra;
    if (fra) {
      out.push({
        language: 'fr',
        cc: country.cca2,
        base: fra.m.toLowerCase(),
        ownGenderOnly: true,
      });
      out.push({ language: 'fr', cc: country.cca2, base: fra.f.toLowerCase() });
    }
  }
  return out;
}

/**
 * i18n-nationality's adjectives, and data/demonyms.csv's for what it lacks. A cell may
 * name several ("Congolese (Republic of the Congo)", "Trinidadian or Tobagonian",
 * "Bosnian - Herzegovinian"); a cell that is the territory's name is no demonym.
 */
function nationalityBases(dataDir: string, countryNames: ReadonlySet<string>): Base[] {
  const fromData = readCsv(join(dataDir, 'demonyms.csv'));
  const out: Base[] = [];
  for (const language of LANGUAGES) {
    const adjectives = [
      ...Object.entries(nationalities(language)),
      ...fromData
        .filter((row) => row.language === language && row.country && row.demonym)
        .map((row) => [row.country ?? '', row.demonym ?? ''] as const),
    ];
    for (const [cc, value] of adjectives)
      for (const base of value.replace(/\s*\(.*$/, '').split(/ or | ou | o | oder | - /)) {
        const trimmed = base.trim();
        if (trimmed.length > 0 && !countryNames.has(normKey(trimmed)))
          out.push({ language, cc, base: trimmed });
      }
  }
  return out;
}

/** language -> form -> the countries that claim it. */
class Claims {
  private readonly byLanguage = new Map<Language, Map<string, Set<string>>>();

  add(language: Language, form: string, cc: string): void {
    const key = normKey(form);
    if (key.length < 3) return;
    let byForm = this.byLanguage.get(language);
    if (!byForm) this.byLanguage.set(language, (byForm = new Map()));
    let set = byForm.get(key);
    if (!set) byForm.set(key, (set = new Set()));
    set.add(cc);
  }

  /** language -> form -> the one country it goes to (see `pick`). */
  resolve(facts: CountryFacts): Map<Language, Map<string, string>> {
    const out = new Map<Language, Map<string, string>>();
    for (const [language, byForm] of this.byLanguage) {
      const forms = new Map<string, string>();
      const nameOf = (cc: string) => facts.nameIn.get(cc)?.get(language) ?? '';
      for (const [form, ccs] of byForm) {
        const cc = pick(form, [...ccs], facts.independent, nameOf);
        if (cc) forms.set(form, cc);
      }
      out.set(language, forms);
    }
    return out;
  }
}

export class Demonyms {
  /** language -> normalised form -> ISO2. */
  private readonly forms: Map<string, Map<string, string>>;
  private readonly longest = new Map<string, number>();

  constructor(dataDir: string) {
    const inflections = readInflections(join(dataDir, 'demonym-inflections.csv'));
    const facts = countryFacts();
    const claims = new Claims();
    for (const { language, cc, base, ownGenderOnly } of [
      ...worldCountryBases(),
      ...nationalityBases(dataDir, facts.names),
    ])
      for (const form of inflect(base, inflections.get(language) ?? [], ownGenderOnly))
        claims.add(language, form, cc);
    this.forms = claims.resolve(facts);
    for (const [lang, out] of this.forms)
      this.longest.set(lang, Math.max(...[...out.keys()].map((k) => k.split(' ').length)));
  }

  /**
   * ISO2 of the country a demonym names, or undefined. `word` may be several words
   * ("New Zealander", "néo-zélandaises"). Case and accents are ignored, except that an
   * English demonym must be capitalised, as English writes them ("Polish", not "polish").
   * Languages other than those of LANGUAGES are looked up in all of them.
   */
  country(word: string, language: string): string | undefined {
    const key = normKey(word);
    for (const lang of this.languagesFor(language)) {
      if (lang === 'en' && !/^\p{Lu}/u.test(word.trim())) continue;
      const cc = this.forms.get(lang)?.get(key);
      if (cc) return cc;
    }
    return undefined;
  }

  /** Longest demonym, in words, for this language (bounds the scan window). */
  maxWords(language: string): number {
    return Math.max(1, ...this.languagesFor(language).map((l) => this.longest.get(l) ?? 1));
  }

  private languagesFor(language: string): string[] {
    return (LANGUAGES as readonly string[]).includes(language) ? [language] : [...LANGUAGES];
  }
}

export interface DemonymHit {
  start: number;
  end: number;
  text: string;
  place: PlaceRef;
}

/**
 * Every demonym in `text` as whole words, the longest match (up to `maxWords` words)
 * first; `find` resolves a span of text to its country.
 */
export function scanDemonyms(
  text: string,
  maxWords: number,
  find: (span: string) => PlaceRef | null,
): DemonymHit[] {
  const words = [...text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const hits: DemonymHit[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(maxWords, words.length - i); n >= 1 && matched === 0; n--) {
      const from = words[i];
      const to = words[i + n - 1];
      if (!from || !to) continue;
      const span = text.slice(from.start, to.end);
      // Only single spaces between the words of a multi-word demonym.
      if (n > 1 && !/^[^\s]+(?: [^\s]+)*$/.test(span)) continue;
      const place = find(span);
      if (place) {
        hits.push({ start: from.start, end: to.end, text: span, place });
        matched = n;
      }
    }
    const word = words[i];
    if (matched === 0 && word) {
      const hit = demonymBeforeHyphen(text, word, find);
      if (hit) hits.push(hit);
    }
    i += Math.max(matched, 1);
  }
  return hits;
}

/** "Moroccan-led", "Chinese-made": the demonym before a hyphen. */
function demonymBeforeHyphen(
  text: string,
  word: { start: number; end: number },
  find: (span: string) => PlaceRef | null,
): DemonymHit | null {
  const head = /^\p{L}+(?=[-‐])/u.exec(text.slice(word.start, word.end))?.[0];
  const place = head ? find(head) : null;
  return head && place
    ? { start: word.start, end: word.start + head.length, text: head, place }
    : null;
}
