/**
 * Corpus-wide keys for organisation names: core words shared by every way a name is
 * written, short forms defined in parentheses, and initials for acronyms.
 */
import type { Knowledge } from '../knowledge/index.js';
import { fold, tokenize } from '../text/tokens.js';
import type { EntityDocument, Mention, PlaceContext, PlaceRef } from '../types.js';
import { coreWords, initials } from './names.js';

/** What resolving needs from the gazetteer: is the first word of a name a state? */
export interface PlaceNames {
  lookup(surface: string, context: PlaceContext): PlaceRef | null;
}

export interface OrganisationKeys {
  /** Full name as written -> core key ("Acme Holding Group" -> "acme"). */
  coreOf: ReadonlyMap<string, string>;
  /** Every core key in the corpus. */
  keys: ReadonlySet<string>;
  /** Short form defined in parentheses -> core key; the first definition wins. */
  shortForms: ReadonlyMap<string, string>;
  /** Initials -> the core keys that have them. */
  byInitials: ReadonlyMap<string, ReadonlySet<string>>;
}

export function organisationKeys(
  docs: readonly EntityDocument[],
  knowledge: Knowledge,
  places: PlaceNames,
): OrganisationKeys {
  const coreOf = coreKeys(docs, knowledge, places);
  const keys = new Set(coreOf.values());
  const shortForms = new Map<string, string>();
  for (const doc of docs)
    for (const definition of doc.acronyms) {
      const mention = doc.mentions[definition.mention];
      const key = mention ? coreOf.get(mention.text) : undefined;
      if (key && !shortForms.has(definition.acronym)) shortForms.set(definition.acronym, key);
    }
  const skipped = new Set([...knowledge.lexicon('initials_skip', '*')].map(fold));
  const byInitials = new Map<string, Set<string>>();
  for (const key of keys) {
    const letters = initials(key.split(' '), skipped);
    if (letters.length < 2) continue;
    let set = byInitials.get(letters);
    if (!set) byInitials.set(letters, (set = new Set()));
    set.add(key);
  }
  return { coreOf, keys, shortForms, byInitials };
}

/** Core keys for every full organisation name in the corpus. */
function coreKeys(
  docs: readonly EntityDocument[],
  knowledge: Knowledge,
  places: PlaceNames,
): Map<string, string> {
  const coreOf = new Map<string, string>();
  const allKeys = new Set<string>();
  for (const doc of docs)
    for (const mention of doc.mentions)
      if (mention.kind === 'org' && !mention.acronym) {
        const key = coreWords(mention.text, knowledge).join(' ');
        coreOf.set(mention.text, key);
        allKeys.add(key);
      }
  // A leading state or country glued to a name ("Zhejiang Acme Holding") is dropped
  // when the rest of the name is used on its own somewhere in the corpus.
  for (const [surface, key] of coreOf) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    const rest = words.slice(1).join(' ');
    if (!allKeys.has(rest)) continue;
    const head = tokenize(surface)[0]?.text ?? '';
    const place = places.lookup(head, { language: 'en' });
    // Only a province or state: country names often begin real names ("Kenya Airways").
    if (place?.level === 'state') coreOf.set(surface, rest);
  }
  return coreOf;
}

/**
 * The core key of an organisation mention, or null. `docKeys` are the core keys of the
 * full names in the mention's own document.
 */
export function organisationKey(
  mention: Mention,
  organisations: OrganisationKeys,
  docKeys: ReadonlySet<string>,
  knowledge: Knowledge,
): string | null {
  const { coreOf, keys, shortForms, byInitials } = organisations;
  const text = mention.text.replace(/\.$/, '');
  const defined = shortForms.get(text);
  if (defined) return defined;
  if (!mention.acronym) return coreOf.get(mention.text) ?? null;
  const direct = coreWords(text, knowledge).join(' ');
  if (keys.has(direct)) return direct;
  // An acronym matching the initials of a name in the same document, else in the corpus.
  const candidates = [...(byInitials.get(text.replace(/[^\p{Lu}\p{N}]/gu, '')) ?? [])];
  const local = candidates.filter((c) => docKeys.has(c));
  if (local.length === 1 && local[0]) return local[0];
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  return null;
}
