/**
 * Named macro-regions (Middle East, EMEA, Latin America, ...) and the French, German and
 * Spanish names of continents and M49 subregions, from data/macro-regions.csv.
 *
 * Macro-regions sit outside the city -> continent chain: a country belongs to any number
 * of them (Egypt is in the Middle East, MENA and EMEA), recorded as `memberOf`.
 */
import { join } from 'node:path';
import { CsvError, readCsvRows, splitList } from '../knowledge/csv.js';
import { type NameIndex, type Region, regionId } from './model.js';

export interface MacroData {
  regions: Region[];
  /** Macro id -> the ISO2 codes of its member countries. */
  members: Map<string, ReadonlySet<string>>;
}

/** All-caps aliases ("EMEA", "GCC", "DACH") are matched as written, like country abbreviations. */
const ACRONYM = /^[A-Z][A-Z.-]+$/;

/**
 * @param existing the continent/subregion/country regions built from world-countries
 * @param abbreviations case-sensitive abbreviation -> region id; acronyms are added to it
 */
export function buildMacros(
  dataDir: string,
  names: NameIndex,
  existing: ReadonlyMap<string, Region>,
  countriesOf: (id: string) => ReadonlySet<string>,
  abbreviations: Map<string, string>,
): MacroData {
  const file = join(dataDir, 'macro-regions.csv');
  const specs = new Map<string, { name?: string; members: string[] }>();
  for (const { line, record: row } of readCsvRows(file)) {
    const id = row.id ?? '';
    const lang = row.language || 'en';
    const isMacro = id.startsWith('region:macro:');
    if (!isMacro && !existing.has(id)) throw new CsvError(file, line, `unknown region id "${id}"`);
    const spec = specs.get(id) ?? { members: [] };
    specs.set(id, spec);
    if (row.name && (lang === 'en' || spec.name === undefined)) spec.name = row.name;
    spec.members.push(...(row.members ?? '').split(/\s+/).filter(Boolean));
    for (const [i, name] of [row.name ?? '', ...splitList(row.aliases)].entries()) {
      if (!name) continue;
      if (ACRONYM.test(name)) abbreviations.set(name, id);
      else names.addWithArticle(name, { id, lang, priority: i === 0 ? 3 : 2 }, 'keep');
    }
  }

  const members = memberCountries(file, specs, existing, countriesOf);
  const regions: Region[] = [];
  for (const [id, spec] of specs) {
    if (!id.startsWith('region:macro:')) continue;
    if (members.get(id)?.size === 0) throw new Error(`${file}: ${id} has no members`);
    regions.push({ id, name: spec.name ?? id.slice('region:macro:'.length), level: 'macro' });
  }
  return { regions, members };
}

type Specs = ReadonlyMap<string, { name?: string; members: string[] }>;

/** Macro id -> the ISO2 codes of its members, expanding continents, subregions and other macros. */
function memberCountries(
  file: string,
  specs: Specs,
  existing: ReadonlyMap<string, Region>,
  countriesOf: (id: string) => ReadonlySet<string>,
): Map<string, ReadonlySet<string>> {
  const members = new Map<string, ReadonlySet<string>>();
  const expanding = new Set<string>();
  const expand = (id: string): ReadonlySet<string> => {
    const done = members.get(id);
    if (done) return done;
    if (expanding.has(id)) throw new Error(`${file}: ${id} contains itself`);
    expanding.add(id);
    const out = new Set<string>();
    for (const token of specs.get(id)?.members ?? []) {
      if (/^[A-Z]{2}$/.test(token)) {
        if (!existing.has(regionId.country(token)))
          throw new Error(`${file}: ${id}: unknown country ${token}`);
        out.add(token);
        continue;
      }
      const [kind, slug] = token.split(':');
      const ref = `region:${kind ?? ''}:${slug ?? ''}`;
      if (kind === 'macro' && specs.has(ref)) for (const cc of expand(ref)) out.add(cc);
      else if ((kind === 'continent' || kind === 'subregion') && existing.has(ref))
        for (const cc of countriesOf(ref)) out.add(cc);
      else throw new Error(`${file}: ${id}: unknown member "${token}"`);
    }
    expanding.delete(id);
    members.set(id, out);
    return out;
  };
  for (const id of specs.keys()) if (id.startsWith('region:macro:')) expand(id);
  return members;
}
