/**
 * Demonyms and nationality adjectives -> country, in every gender, number and case that
 * news text uses: "Moroccan(s)", "marocain/marocaine/marocains/marocaines",
 * "marokkanisch/-e/-en/-er/-es/-em" and "Marokkaner(in)", "marroquí/marroquíes".
 *
 * Base forms come from the libraries where they have them:
 * - world-countries `demonyms.eng` and `demonyms.fra` (masculine and feminine);
 * - i18n-nationality, every language of LANGUAGES it has a locale for (masculine singular);
 * - data/demonyms.csv for a language it has none for (Portuguese).
 * English, French and German inflect by the functions below; every other language by its
 * suffix rules in data/demonym-inflections.csv ("brasileiro" -> brasileira, brasileiros,
 * brasileiras; "francese" -> francesi). Forms are stored as normKey
 * (no case, no accents, hyphen = space), so matching ignores case and accents.
 *
 * A form claimed by several countries goes to the independent one ("French" is France's,
 * not a territory's), then to the one whose name it resembles most (see `pick`); if that
 * is still a tie ("Congolese", "Korean") it is dropped as ambiguous.
 */
import { join } from 'node:path';
import { readCsv } from '../knowledge/csv.js';
import { normKey } from './normalize.js';
import { ISO639_3, LANGUAGES, type Language, nationalities, worldCountries } from './sources.js';

/** English: nouns take -s ("Moroccans", "Iraqis"); -ese/-ish/-ch/-s forms do not. */
function english(base: string): string[] {
  return /(ese|sh|ch|s|x|z)$/.test(base) ? [base] : [base, `${base}s`];
}

/** French feminine from the masculine, for bases that come without one. */
function frenchFeminine(m: string): string {
  if (/e$/.test(m)) return m;
  if (/en$/.test(m)) return `${m}ne`; // canadien -> canadienne
  if (/ec$/.test(m)) return `${m}que`; // grec -> grecque
  return `${m}e`; // marocain(e), sénégalais(e), suédois(e), afghan(e), argentin(e), espagnol(e)
}

function frenchPlural(w: string): string {
  return /[sx]$/.test(w) ? w : `${w}s`;
}

function french(m: string, f?: string): string[] {
  const fem = f ?? frenchFeminine(m);
  return [m, frenchPlural(m), fem, frenchPlural(fem)];
}

/**
 * German: the adjective "marokkanisch" with its strong/weak endings, and the noun for a
 * person where the adjective's ending makes it regular: -anisch/-enisch -> -aner/-ener
 * (Marokkaner, Italiener), -esisch -> -ese (Chinese, Senegalese). Other nouns (Franzose,
 * Brite) are irregular and left out rather than guessed.
 */
function german(adj: string): string[] {
  if (!/sch$/.test(adj)) return [];
  const out = ['', 'e', 'en', 'er', 'es', 'em'].map((e) => adj + e);
  const an = /([ae])nisch$/.exec(adj);
  if (an) {
    const stem = adj.slice(0, -4); // marokkan
    out.push(...['er', 'ers', 'ern', 'erin', 'erinnen'].map((e) => stem + e));
  } else if (/esisch$/.test(adj)) {
    const stem = adj.slice(0, -4); // senegales
    out.push(...['e', 'en', 'in', 'innen'].map((e) => stem + e));
  }
  return out;
}

/** One row of data/demonym-inflections.csv: the base's ending and what replaces it. */
interface Inflection {
  ending: string;
  forms: string[];
}

/** language -> its rules, longest ending first. */
function readInflections(file: string): Map<string, Inflection[]> {
  const out = new Map<string, Inflection[]>();
  for (const row of readCsv(file)) {
    const lang = row.language ?? '';
    const forms = (row.forms ?? '').split('|').map((f) => normKey(f));
    let list = out.get(lang);
    if (!list) out.set(lang, (list = []));
    list.push({ ending: normKey(row.ending ?? ''), forms });
  }
  for (const list of out.values()) list.sort((a, b) => b.ending.length - a.ending.length);
  return out;
}

/** Gender and number from the masculine singular, by the language's longest matching ending. */
export function inflect(base: string, rules: readonly Inflection[]): string[] {
  const w = normKey(base); // accents only matter for the written form, not for matching
  const rule = rules.find((r) => w.endsWith(r.ending));
  if (!rule) return [w];
  const stem = w.slice(0, w.length - rule.ending.length);
  return rule.forms.map((f) => stem + f);
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

export class Demonyms {
  /** language -> normalised form -> ISO2. */
  private readonly forms = new Map<string, Map<string, string>>();
  private readonly longest = new Map<string, number>();

  constructor(dataDir: string) {
    const inflections = readInflections(join(dataDir, 'demonym-inflections.csv'));
    const claims = new Map<string, Map<string, Set<string>>>();
    const claim = (lang: Language, form: string, cc: string) => {
      const key = normKey(form);
      if (key.length < 3) return;
      let byForm = claims.get(lang);
      if (!byForm) claims.set(lang, (byForm = new Map()));
      let set = byForm.get(key);
      if (!set) byForm.set(key, (set = new Set()));
      set.add(cc);
    };
    const independent = new Set<string>();
    /** Country names, to drop "nationalities" that are just the territory's name ("Cayman Islands"). */
    const countryNames = new Set<string>();
    /** ISO2 -> its name per language, to break ties between claimants. */
    const nameIn = new Map<string, Map<Language, string>>();
    for (const c of worldCountries()) {
      if (c.independent) independent.add(c.cca2);
      const own = new Map<Language, string>([['en', normKey(c.name.common)]]);
      for (const lang of LANGUAGES) {
        const t = c.translations[ISO639_3[lang]];
        if (t && lang !== 'en') own.set(lang, normKey(t.common));
      }
      nameIn.set(c.cca2, own);
      for (const n of [
        c.name.common,
        c.name.official,
        ...Object.values(c.translations).map((t) => t.common),
      ])
        countryNames.add(normKey(n));
      const eng = c.demonyms?.eng;
      if (eng)
        for (const base of new Set([eng.m, eng.f]))
          for (const f of english(base)) claim('en', f, c.cca2);
      const fra = c.demonyms?.fra;
      if (fra)
        for (const f of french(fra.m.toLowerCase(), fra.f.toLowerCase())) claim('fr', f, c.cca2);
    }
    const extra = new Map<string, [cc: string, adjective: string][]>();
    for (const row of readCsv(join(dataDir, 'demonyms.csv'))) {
      if (!row.language || !row.country || !row.demonym) continue;
      let list = extra.get(row.language);
      if (!list) extra.set(row.language, (list = []));
      list.push([row.country, row.demonym]);
    }
    for (const lang of LANGUAGES) {
      const rules = inflections.get(lang) ?? [];
      const adjectives = [...Object.entries(nationalities(lang)), ...(extra.get(lang) ?? [])];
      for (const [cc, value] of adjectives) {
        // "Congolese (Republic of the Congo)", "Trinidadian or Tobagonian", "Bosnian - Herzegovinian"
        const bases = value
          .replace(/\s*\(.*$/, '')
          .split(/ or | ou | o | oder | - /)
          .map((b) => b.trim())
          .filter((b) => b.length > 0 && !countryNames.has(normKey(b)));
        for (const adj of bases) {
          const base = adj.toLowerCase();
          const list =
            lang === 'en'
              ? english(adj)
              : lang === 'fr'
                ? french(base)
                : lang === 'de'
                  ? german(base)
                  : inflect(base, rules);
          for (const f of list) claim(lang, f, cc);
        }
      }
    }
    for (const [lang, byForm] of claims) {
      const out = new Map<string, string>();
      for (const [form, ccs] of byForm) {
        const cc = pick(
          form,
          [...ccs],
          independent,
          (c) => nameIn.get(c)?.get(lang as Language) ?? '',
        );
        if (cc) out.set(form, cc);
      }
      this.forms.set(lang, out);
      this.longest.set(lang, Math.max(...[...out.keys()].map((k) => k.split(' ').length)));
    }
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
