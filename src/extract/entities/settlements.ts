/**
 * Towns named with a settlement noun: "the Swedish town of Borlänge", "la commune de
 * Carling", "die Stadt Dieburg", "el municipio de Borja", "a cidade de Moatize", "il comune
 * di Termoli". The noun says the name is a populated place, so any GeoNames place of that
 * name will do, however small (PlaceContext.settlement). The nouns are data/lexicon.csv's
 * settlement_word rows.
 */
import type { Token } from '../text/tokens.js';
import type { Mention, PlaceContext, PlaceRef } from '../types.js';
import type { EntityContext } from './context.js';
import type { Findings } from './findings.js';
import { nameAfterClassNoun } from './divisions.js';
import { textOf, type Part } from './lexicons.js';

/** The town tokens first..last name, by a settlement noun before them. */
export function settlementPlace(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
  last: number,
  placeContext: PlaceContext,
): PlaceRef | null {
  const nouns = context.knowledge.lexicon('settlement_word', context.document.language);
  const from = nameAfterClassNoun(context, tokens, first, last, nouns);
  if (from === null) return null;
  const surface = textOf(context.document, tokens, from, last);
  return context.places.lookup(surface, { ...placeContext, settlement: 'named' });
}

/** A weak name in a slot where a town may stand: the countries its town must lie in, or null. */
interface TownSlot {
  readonly name: string;
  countries(town: TownCandidate): ReadonlySet<string> | null;
}

interface TownCandidate {
  context: EntityContext;
  part: Part;
  /** Countries of the places the document names (not through demonyms). */
  documentCountries: ReadonlySet<string>;
  /** The place mentions of the document. */
  places: readonly Mention[];
}

/** "in Carling", "en Borja", "a Termoli": a locative preposition, and a country the document names. */
export const afterLocative: TownSlot = {
  name: 'townAfterLocative',
  countries({ context, part, documentCountries }) {
    const before = part.tokens[part.first - 1];
    const locatives = context.knowledge.lexicon('locative', context.document.language);
    return before && !before.cap && locatives.has(before.lower) ? documentCountries : null;
  },
};

/**
 * "die Holding aus Osnabrück": German names a company's home town after "aus" (kind
 * origin_preposition), in a country the document names.
 */
export const afterOrigin: TownSlot = {
  name: 'townAfterOrigin',
  countries({ context, part, documentCountries }) {
    const before = part.tokens[part.first - 1];
    const origins = context.knowledge.lexicon('origin_preposition', context.document.language);
    return before && !before.cap && origins.has(before.lower) ? documentCountries : null;
  },
};

/** "Termoli (Campobasso)": the name in parentheses after a place is where that place lies. */
export const asQualifier: TownSlot = {
  name: 'townAsQualifier',
  countries({ context, part, places }) {
    const start = part.tokens[part.first]?.start ?? 0;
    const { text } = context.document;
    const qualified = places.find(
      (place) => place.end === start - 2 && text.slice(place.end, start) === ' (',
    );
    const end = part.tokens[part.last]?.end ?? 0;
    return qualified && text[end] === ')' ? countryOf(qualified) : null;
  },
};

/** "Billy-Berclau/Douvrin": the next of a slashed pair of places lies in the first one's country. */
export const afterSlash: TownSlot = {
  name: 'townAfterSlash',
  countries({ context, part, places }) {
    const start = part.tokens[part.first]?.start ?? 0;
    const before = places.find((place) => place.end === start - 1);
    return before && context.document.text[before.end] === '/' ? countryOf(before) : null;
  },
};

export const TOWN_SLOTS: readonly TownSlot[] = [
  afterLocative,
  afterOrigin,
  asQualifier,
  afterSlash,
];

const countryOf = (mention: Mention): ReadonlySet<string> | null =>
  mention.place?.country && mention.place.level !== 'country'
    ? new Set([mention.place.country])
    : null;

/**
 * Once the whole document is read: a weak name in a town slot (TOWN_SLOTS) is a town when a
 * GeoNames place of that name, however small, lies in the slot's country. Every weak use of
 * that name becomes the town.
 */
export function townsInSlots(context: EntityContext, findings: Findings): void {
  if (findings.weak.length === 0) return;
  const places = findings.mentions.filter(
    (mention) => mention.kind === 'place' && !mention.viaDemonym,
  );
  const documentCountries = new Set(context.countries);
  for (const place of places) if (place.place?.country) documentCountries.add(place.place.country);
  const towns = new Map<string, { place: PlaceRef; rule: string }>();
  const organisations = findings.mentions.filter((mention) => mention.kind === 'org');
  // "Vale S.A." named elsewhere: "a stake in Vale" is the company, not a town.
  const namesOrganisation = (surface: string) =>
    organisations.some((org) => org.text === surface || org.text.startsWith(`${surface} `));
  for (const part of findings.weak) {
    const surface = textOf(context.document, part.tokens, part.first, part.last);
    if (part.commonWord || towns.has(surface) || namesOrganisation(surface)) continue;
    const town = townOf(context, { context, part, documentCountries, places });
    if (town) towns.set(surface, town);
  }
  if (towns.size === 0) return;
  const stillWeak = findings.weak.filter((part) => {
    const town = towns.get(textOf(context.document, part.tokens, part.first, part.last));
    if (town)
      findings.add(findings.mention(part, 'place', { place: town.place }), 'place', town.rule);
    return !town;
  });
  findings.weak.splice(0, findings.weak.length, ...stillWeak);
}

/** The town a candidate names in the first slot that takes it. */
function townOf(
  context: EntityContext,
  candidate: TownCandidate,
): { place: PlaceRef; rule: string } | null {
  const { part } = candidate;
  for (const slot of TOWN_SLOTS) {
    const countries = slot.countries(candidate);
    if (!countries || countries.size === 0) continue;
    const surface = textOf(context.document, part.tokens, part.first, part.last);
    const place = context.places.lookup(surface, {
      language: context.document.language,
      countries,
      settlement: 'locative',
    });
    if (place?.level === 'city' && place.country && countries.has(place.country))
      return { place, rule: slot.name };
  }
  return null;
}
