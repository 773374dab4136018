/** The gazetteer's shared data model: regions, their ids, and the name index. */
import type { RegionLevel } from '../../schema/graph.js';
import { normKey, type PlaceArticles } from './normalize.js';

export type { RegionLevel };

/** One node of the place hierarchy; the fields mirror the region nodes of graph.json. */
export interface Region {
  id: string;
  /** English display name. */
  name: string;
  level: RegionLevel;
  /** ISO 3166-1 alpha-2, for cities, states and countries. */
  country?: string;
  /** The next region up: city -> state (or country), state -> country, country -> subregion, subregion -> continent. */
  parent?: string;
  lat?: number;
  lon?: number;
  /** Macro-region ids. Set on countries (and on subregions/continents wholly inside a macro); cities and states inherit through `ancestors`. */
  memberOf?: string[];
}

export const regionId = {
  city: (geonameid: number | string) => `region:city:${geonameid}`,
  state: (cc: string, admin: string) => `region:state:${cc}-${admin}`,
  country: (cc: string) => `region:country:${cc}`,
  subregion: (slug: string) => `region:subregion:${slug}`,
  continent: (slug: string) => `region:continent:${slug}`,
  macro: (slug: string) => `region:macro:${slug}`,
};

/**
 * How a name points at a region.
 * - `lang`: the language the name belongs to ("en", "fr", ...), or "*" for names that are
 *   the same in every language (GeoNames names, ISO alt spellings). Lookups prefer names in
 *   the article's language, then "*", then other languages.
 * - `priority`: 3 for a region's main name, 2 for other official names, 1 for alternative
 *   or derived spellings. Decides between two regions of one level sharing a name.
 * - `articleless`: the name with its article dropped ("Caire" for "Le Caire", "Mecque" for
 *   "La Mecque"), which text shows after a contracted preposition ("au Caire", "du Caire").
 *   Such a key only counts in its own language.
 * - `contextOnly`: the name is too generic or obscure to stand alone ("Delta", "Central",
 *   a division of a small country); it counts only when the region's country or the region
 *   itself was mentioned nearby.
 */
export interface NameEntry {
  id: string;
  lang: string;
  priority: number;
  articleless?: boolean;
  contextOnly?: boolean;
}

/** Normalised name -> entries. One index holds every level; lookup sorts them out. */
export class NameIndex {
  private readonly map = new Map<string, NameEntry[]>();

  constructor(private readonly articles: PlaceArticles) {}

  add(name: string, entry: NameEntry): void {
    const key = normKey(name);
    if (key.length < 2) return;
    this.put(key, entry);
  }

  /**
   * Adds the name and, when it starts with an article and `articleless` is 'marked', the
   * article-less form marked as such ("Le Caire" -> "Caire", French only). With 'keep'
   * the article stays part of the name: "El Salvador" is not "Salvador" (Bahia).
   */
  addWithArticle(name: string, entry: NameEntry, articleless: 'keep' | 'marked'): void {
    this.add(name, entry);
    if (articleless === 'keep') return;
    const bare = this.articles.strip(normKey(name));
    if (bare !== null && bare.length >= 3) this.put(bare, { ...entry, articleless: true });
  }

  get(key: string): readonly NameEntry[] {
    return this.map.get(key) ?? [];
  }

  private put(key: string, entry: NameEntry): void {
    const list = this.map.get(key);
    if (!list) {
      this.map.set(key, [entry]);
      return;
    }
    const same = list.find(
      (e) => e.id === entry.id && e.lang === entry.lang && !!e.articleless === !!entry.articleless,
    );
    if (same) {
      same.priority = Math.max(same.priority, entry.priority);
      if (!entry.contextOnly) delete same.contextOnly;
    } else list.push(entry);
  }
}
