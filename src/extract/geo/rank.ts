/**
 * How the gazetteer chooses among the regions one name may stand for: by the language of
 * the name, then the level, then the name's priority, independence and size.
 */
import type { PlaceContext } from '../types.js';
import type { Region, RegionLevel } from './model.js';

/**
 * Rank of a level when one name fits several: "Antarctica" the continent before the
 * territory, "Georgia" the country before the state, "Texas" the state before any town.
 */
export const LEVEL_RANK: Record<RegionLevel, number> = {
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
export const BIG_CITY_RANK = 2;

/** Tiers by the language of the name: the text's own first, then language-neutral names. */
export const OWN_LANGUAGE_TIER = 0;
export const NEUTRAL_TIER = 1;
/** A name of another of LANGUAGES: never a candidate. */
export const OTHER_LANGUAGE_TIER = 2;

/** The priority of a region's main name (see NameEntry), the highest a name has. */
export const MAIN_NAME_PRIORITY = 3;
/** A city in a state named nearby: above the priority of any name. */
export const CITY_IN_NAMED_STATE_PRIORITY = MAIN_NAME_PRIORITY + 1;

export interface Candidate {
  region: Region;
  tier: number;
  rank: number;
  /** The name's priority (see NameEntry). */
  priority: number;
  /** 1 for an independent country: it wins over a territory of the same name. */
  independent: number;
  /** Population of a city; area of a country, or of the country of another region. */
  size: number;
}

function byRank(a: Candidate, b: Candidate): number {
  return (
    a.tier - b.tier ||
    a.rank - b.rank ||
    b.priority - a.priority ||
    b.independent - a.independent ||
    b.size - a.size
  );
}

/** The region of the best candidate (sorts `candidates`), or null when there is none. */
export function bestRegion(candidates: Candidate[], context: PlaceContext): Region | null {
  if (candidates.length === 0) return null;
  candidates.sort(byRank);
  const first = candidates[0]?.region ?? null;
  // "Georgia" next to "Atlanta, US": the state of a country in the story beats a country that is not.
  if (first?.level === 'country' && first.country && !context.countries?.has(first.country)) {
    const state = candidates.find(
      (candidate) =>
        candidate.region.level === 'state' &&
        ((candidate.region.country && context.countries?.has(candidate.region.country)) ||
          context.states?.has(candidate.region.id)),
    );
    if (state) return state.region;
  }
  return first;
}
