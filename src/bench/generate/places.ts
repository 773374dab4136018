/**
 * Places: real countries and cities of a million people or more, each kept only when the
 * build's own gazetteer reads it back as the same place in the language it is written in,
 * so that the ground truth's places are ones the build can find.
 */
import type { Gazetteer } from '../../extract/geo/index.js';
import { allCities, worldCountries } from '../../extract/geo/sources.js';
import type { Lang, TruthPlace } from './types.js';

export interface PlaceName {
  /** As written in the text. */
  text: string;
  place: TruthPlace;
  country: string;
}

export interface PlacePool {
  /** Places usable after "in" / "en" (en, es); French and German use cities only. */
  byLang: Record<Lang, PlaceName[]>;
  /** English-valid cities by country, for datelines and head offices. */
  citiesByCountry: Map<string, PlaceName[]>;
  /** Lower-cased names of every GeoNames place, so company stems are never places. */
  placeWords: Set<string>;
}

const COUNTRIES = [
  'NO', 'SE', 'FI', 'DK', 'DE', 'AT', 'CH', 'FR', 'BE', 'ES', 'PT', 'IT', 'NL', 'GB', 'IE',
  'PL', 'CZ', 'HU', 'RO', 'GR', 'TR', 'US', 'CA', 'MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'ZA',
  'NG', 'KE', 'GH', 'EG', 'MA', 'SN', 'ET', 'TZ', 'IN', 'CN', 'JP', 'KR', 'VN', 'TH', 'ID',
  'MY', 'SG', 'PH', 'AU', 'NZ', 'SA', 'AE', 'QA', 'PK', 'BD',
]; // prettier-ignore
/** English country names that need "the" after "in". */
const EN_ARTICLE = /^(United|Netherlands|Philippines|Czech|Gambia|Bahamas)/;

const placeCache = new Map<string, PlacePool>();

export function placePool(g: Gazetteer, dataDir: string): PlacePool {
  const cached = placeCache.get(dataDir);
  if (cached) return cached;
  const byLang: Record<Lang, PlaceName[]> = { en: [], fr: [], de: [], es: [] };
  const citiesByCountry = new Map<string, PlaceName[]>();
  const placeWords = new Set<string>();
  const cities = allCities();
  for (const c of cities) {
    placeWords.add(c.name.toLowerCase());
    for (const w of c.name.toLowerCase().split(/[\s-]+/)) placeWords.add(w);
  }

  const countries = new Map(worldCountries().map((c) => [c.cca2, c]));
  for (const cc of COUNTRIES) {
    const wc = countries.get(cc);
    if (!wc) continue;
    const id = `region:country:${cc}`;
    const name = g.region(id)?.name ?? wc.name.common;
    placeWords.add(wc.name.common.toLowerCase());
    const forms: [Lang, string][] = [
      ['en', wc.name.common],
      ['es', wc.translations['spa']?.common ?? ''],
    ];
    for (const [lang, text] of forms) {
      if (!text || (lang === 'en' && EN_ARTICLE.test(text))) continue;
      if (g.lookup(text, { language: lang })?.id === id)
        byLang[lang].push({ text, place: { name, id }, country: cc });
    }
  }

  const big = cities
    .filter((c) => c.population >= 1_000_000 && !/^PPL[XLHQW]$/.test(c.featureCode))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const c of big) {
    const id = `region:city:${c.cityId}`;
    for (const lang of ['en', 'fr', 'de', 'es'] as const) {
      const ref = g.lookup(c.name, { language: lang });
      if (ref?.id !== id) continue;
      const entry = { text: c.name, place: { name: ref.name, id }, country: c.country };
      if (byLang[lang].length < 150) byLang[lang].push(entry);
      if (lang === 'en') {
        const list = citiesByCountry.get(c.country) ?? [];
        list.push(entry);
        citiesByCountry.set(c.country, list);
      }
    }
  }
  const pool = { byLang, citiesByCountry, placeWords };
  placeCache.set(dataDir, pool);
  return pool;
}
