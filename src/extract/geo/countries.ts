/**
 * Countries, UN M49 subregions and continents, and every name they go by in
 * the languages of LANGUAGES (sources.ts).
 *
 * Names come from world-countries (common/official names, translations, alt spellings;
 * ODbL-1.0) and i18n-iso-countries (ISO names per locale; MIT). Nothing here lists
 * country names by hand except a few press abbreviations the libraries lack.
 */
import { type NameIndex, type Region, regionId } from './model.js';
import { regionSlug } from './normalize.js';
import {
  ISO639_3,
  LANGUAGES,
  isoCountryNames,
  worldCountries,
  type WorldCountry,
} from './sources.js';

/**
 * world-countries 5.x departs from UN M49 in a few places (it has "Central Europe",
 * "Southeast Europe", a "North America" that includes Mexico, Cyprus in Southern Europe,
 * South Sudan in Middle Africa, and no subregion for the sub-Antarctic islands). These are
 * the M49 assignments (unstats.un.org/unsd/methodology/m49) for exactly those countries;
 * Kosovo, which M49 does not list, goes with its neighbours.
 */
const M49_FIXES: Record<string, [subregion: string, continent: string]> = {
  AT: ['Western Europe', 'Europe'],
  CZ: ['Eastern Europe', 'Europe'],
  HU: ['Eastern Europe', 'Europe'],
  PL: ['Eastern Europe', 'Europe'],
  SK: ['Eastern Europe', 'Europe'],
  BG: ['Eastern Europe', 'Europe'],
  RO: ['Eastern Europe', 'Europe'],
  SI: ['Southern Europe', 'Europe'],
  AL: ['Southern Europe', 'Europe'],
  BA: ['Southern Europe', 'Europe'],
  HR: ['Southern Europe', 'Europe'],
  XK: ['Southern Europe', 'Europe'],
  MK: ['Southern Europe', 'Europe'],
  ME: ['Southern Europe', 'Europe'],
  RS: ['Southern Europe', 'Europe'],
  CY: ['Western Asia', 'Asia'],
  US: ['Northern America', 'Americas'],
  CA: ['Northern America', 'Americas'],
  BM: ['Northern America', 'Americas'],
  GL: ['Northern America', 'Americas'],
  PM: ['Northern America', 'Americas'],
  MX: ['Central America', 'Americas'],
  UM: ['Micronesia', 'Oceania'],
  SS: ['Eastern Africa', 'Africa'],
  TF: ['Eastern Africa', 'Africa'],
  BV: ['South America', 'Americas'],
  GS: ['South America', 'Americas'],
  HM: ['Australia and New Zealand', 'Oceania'],
};

/** world-countries calls the continent "Antarctic"; M49 has no subregion for it. */
const CONTINENT_NAMES: Record<string, string> = { Antarctic: 'Antarctica' };

/**
 * Abbreviations matched case-sensitively, as written in the press. i18n-iso-countries
 * supplies the English ones (US, U.S., USA, UK, UAE); these are the rest.
 */
const PRESS_ABBREVIATIONS: Record<string, string> = {
  'U.K.': 'GB',
  'U.A.E.': 'AE',
  'EE. UU.': 'US',
  'EE.UU.': 'US',
  EEUU: 'US',
  'É.-U.': 'US',
  DRC: 'CD',
  RDC: 'CD',
  PRC: 'CN',
  DPRK: 'KP',
};

/**
 * Short names in everyday use that neither library lists (world-countries has "Great
 * Britain", "UK" and "United Kingdom", but not the commonest: "Britain"; both have only
 * "Stati Uniti d'America"). Name -> [ISO2, language].
 */
const EVERYDAY_NAMES: Record<string, [cc: string, lang: string]> = {
  Britain: ['GB', 'en'],
  'Stati Uniti': ['US', 'it'],
};

/**
 * world-countries alt spellings that are everyday words or demonyms in the languages we
 * read ("Island" is Iceland's own name, "Mann" the Isle of Man's, "Togolese" a demonym).
 */
const NOT_NAMES = new Set([
  'Island',
  'Mann',
  'Thai',
  'Togolese',
  'Mexicanos',
  'Portuguesa',
  'Prathet',
]);

export interface CountryData {
  regions: Region[];
  /** Case-sensitive abbreviation ("US", "U.K.", "EE. UU.") -> region id. */
  abbreviations: Map<string, string>;
  /** ISO2 -> area in km², used to decide whose states may be named bare. */
  area: Map<string, number>;
  /** ISO2 -> independent state (ties between homonymous territories go to these). */
  independent: Set<string>;
}

function placement(country: WorldCountry): { subregion: string | null; continent: string } {
  const fix = M49_FIXES[country.cca2];
  if (fix) return { subregion: fix[0], continent: fix[1] };
  return {
    subregion: country.subregion || null,
    continent: CONTINENT_NAMES[country.region] ?? country.region,
  };
}

/** "Korea, Republic of" -> "Republic of Korea"; "Bolivia (Plurinational State of)" -> "Bolivia". */
function variants(name: string): string[] {
  const out = [name];
  const paren = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (paren !== name && paren.length > 0) out.push(paren);
  const comma = /^([^,]+),\s*(.+)$/.exec(paren);
  if (comma?.[1] && comma[2]) out.push(`${comma[2]} ${comma[1]}`);
  return out;
}

export function buildCountries(names: NameIndex): CountryData {
  const data: CountryData = {
    regions: [],
    abbreviations: new Map(
      Object.entries(PRESS_ABBREVIATIONS).map(([abbr, cc]) => [abbr, regionId.country(cc)]),
    ),
    area: new Map(),
    independent: new Set(),
  };
  const seen = new Set<string>();
  for (const country of worldCountries()) {
    data.area.set(country.cca2, country.area);
    if (country.independent) data.independent.add(country.cca2);
    const parent = addContinentAndSubregion(country, data.regions, names, seen);
    const id = regionId.country(country.cca2);
    seen.add(id);
    data.regions.push({
      id,
      name: country.name.common,
      level: 'country',
      country: country.cca2,
      parent,
      lat: country.latlng[0],
      lon: country.latlng[1],
    });
    addWorldCountryNames(country, id, names);
  }
  for (const [name, [cc, lang]] of Object.entries(EVERYDAY_NAMES))
    names.add(name, { id: regionId.country(cc), lang, priority: 2 });
  addIsoNames(names, seen, data.abbreviations);
  return data;
}

/** The country's continent and subregion, created on first sight; returns the country's parent id. */
function addContinentAndSubregion(
  country: WorldCountry,
  regions: Region[],
  names: NameIndex,
  seen: Set<string>,
): string {
  const { subregion, continent } = placement(country);
  const continentId = regionId.continent(regionSlug(continent));
  if (!seen.has(continentId)) {
    seen.add(continentId);
    regions.push({ id: continentId, name: continent, level: 'continent' });
    names.add(continent, { id: continentId, lang: 'en', priority: 3 });
  }
  if (!subregion) return continentId;
  const subregionId = regionId.subregion(regionSlug(subregion));
  if (!seen.has(subregionId)) {
    seen.add(subregionId);
    regions.push({ id: subregionId, name: subregion, level: 'subregion', parent: continentId });
    names.add(subregion, { id: subregionId, lang: 'en', priority: 3 });
  }
  return subregionId;
}

/** world-countries' names: English, the translations of LANGUAGES, and alt spellings. */
function addWorldCountryNames(country: WorldCountry, id: string, names: NameIndex): void {
  names.addWithArticle(country.name.common, { id, lang: 'en', priority: 3 }, 'keep');
  names.addWithArticle(country.name.official, { id, lang: 'en', priority: 2 }, 'keep');
  for (const lang of LANGUAGES) {
    const translation = country.translations[ISO639_3[lang]];
    if (!translation) continue;
    for (const variant of variants(translation.common))
      names.addWithArticle(
        variant,
        { id, lang, priority: variant === translation.common ? 3 : 1 },
        'keep',
      );
    names.addWithArticle(translation.official, { id, lang, priority: 2 }, 'keep');
  }
  for (const alt of country.altSpellings) {
    // Two-letter codes ("MA", "IT") and all-caps acronyms are not names in running text.
    if (alt.length < 3 || alt === alt.toUpperCase() || NOT_NAMES.has(alt)) continue;
    for (const variant of variants(alt))
      names.addWithArticle(variant, { id, lang: '*', priority: 1 }, 'keep');
  }
}

/** i18n-iso-countries' names per language; all-caps ones ("US", "U.S.", "UAE") are abbreviations, matched as written. */
function addIsoNames(
  names: NameIndex,
  countries: ReadonlySet<string>,
  abbreviations: Map<string, string>,
): void {
  for (const lang of LANGUAGES) {
    for (const [cc, list] of Object.entries(isoCountryNames(lang))) {
      const id = regionId.country(cc);
      if (!countries.has(id)) continue;
      list.forEach((name, i) => {
        if (/^[A-Z.]+$/.test(name)) {
          abbreviations.set(name, id);
          return;
        }
        for (const variant of variants(name))
          names.addWithArticle(
            variant,
            { id, lang, priority: i === 0 && variant === name ? 3 : 2 },
            'keep',
          );
      });
    }
  }
}
