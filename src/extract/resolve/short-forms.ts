/**
 * Short forms inside one document: a name that is a short form of a longer organisation
 * name of the same document is that organisation ("Harbour Foods" after "Harbour Foods
 * International", "Tremon" beside "A.B. Lund-Tremon", "B&T" beside "Barrow &
 * Tate"). Only within a document: across documents a short name may be someone else.
 */
import type { Knowledge } from '../knowledge/index.js';
import { fold } from '../text/tokens.js';
import type { EntityDocument, ResolvedMention } from '../types.js';
import { coreWords, initials } from './names.js';
import type { PlaceNames } from './organisations.js';

/** One way a short name may stand for a longer one; both given as core words. */
export interface ShortFormRule {
  name: string;
  matches(short: ShortName, long: readonly string[], skipped: ReadonlySet<string>): boolean;
  /**
   * Whether the long name must be given only before the short form: a name given in full
   * and then shortened is one organisation; a parent and its unit ("Acme", "Acme
   * Ventures") are both used all along the text.
   */
  longFirst: boolean;
}

export interface ShortName {
  /** Core words ("Harbour Foods" -> "harbour", "foods"). */
  words: readonly string[];
  /** The name as written. */
  text: string;
}

/** Letters of a short name written in capitals with '&' or dots ("B&T", "A.B.C."). */
const CAPITALS_WITH_MARKS = /^(?:\p{Lu}[&.]?){2,}$/u;

export const SHORT_FORM_RULES: readonly ShortFormRule[] = [
  {
    // "Harbour Foods" of "Harbour Foods International".
    name: 'leadingWords',
    matches: (short, long) =>
      short.words.length < long.length && short.words.every((word, i) => long[i] === word),
    longFirst: true,
  },
  {
    // "Tremon" of "A.B. Lund-Tremon".
    name: 'lastWord',
    matches: (short, long) => {
      const pieces = long.flatMap((word) => word.split('-'));
      return short.words.length === 1 && pieces.length > 1 && pieces.at(-1) === short.words[0];
    },
    longFirst: false,
  },
  {
    // "B&T" of "Barrow & Tate".
    name: 'markedInitials',
    matches: (short, long, skipped) =>
      CAPITALS_WITH_MARKS.test(short.text) &&
      long.length > 1 &&
      initials(long, skipped) === short.text.replace(/[&.]/g, ''),
    longFirst: false,
  },
];

/** Name words as the rules compare them. */
export function shortFormWords(text: string, knowledge: Knowledge): string[] {
  return coreWords(text, knowledge);
}

/** What finding a short form's long name needs to know about its document. */
interface Scope {
  doc: EntityDocument;
  resolved: readonly (ResolvedMention | null)[];
  knowledge: Knowledge;
  places: PlaceNames;
  longNames: readonly LongName[];
  skipped: ReadonlySet<string>;
}

interface LongName {
  key: string;
  name: string;
  words: string[];
}

/**
 * The document's organisation mentions, with each short form given the key and name of
 * the one longer name it stands for. A short form that fits two longer names, is a place,
 * or that the text sets apart from the longer name (see `keptApart`) stays as it is.
 */
export function resolveShortForms(
  doc: EntityDocument,
  resolved: readonly (ResolvedMention | null)[],
  knowledge: Knowledge,
  places: PlaceNames,
): (ResolvedMention | null)[] {
  const scope: Scope = {
    doc,
    resolved,
    knowledge,
    places,
    longNames: documentNames(resolved, knowledge),
    skipped: new Set([...knowledge.lexicon('initials_skip', '*')].map(fold)),
  };
  const target = new Map<string, LongName | null>();
  for (const mention of resolved) {
    if (mention?.kind !== 'org' || target.has(mention.key)) continue;
    target.set(mention.key, longFormOf(mention, scope));
  }
  return resolved.map((mention) => {
    const long = mention?.kind === 'org' ? target.get(mention.key) : null;
    if (!mention || !long) return mention;
    const { acronym: _acronym, ...plain } = mention;
    return { ...plain, key: long.key, name: long.name };
  });
}

/** One entry per organisation key of the document, with its longest written name. */
function documentNames(
  resolved: readonly (ResolvedMention | null)[],
  knowledge: Knowledge,
): LongName[] {
  const byKey = new Map<string, LongName>();
  for (const mention of resolved) {
    if (mention?.kind !== 'org' || mention.acronym || mention.key.startsWith('org?:')) continue;
    const words = shortFormWords(mention.text, knowledge);
    const known = byKey.get(mention.key);
    if (!known || words.length > known.words.length)
      byKey.set(mention.key, { key: mention.key, name: mention.name, words });
  }
  return [...byKey.values()];
}

function longFormOf(mention: ResolvedMention, scope: Scope): LongName | null {
  const { doc, knowledge, places } = scope;
  const short: ShortName = { words: shortFormWords(mention.text, knowledge), text: mention.text };
  if (short.words.length === 0 || isGenericWord(short.words, knowledge)) return null;
  // Two longer names sharing the short form make it ambiguous, whatever their order.
  const fits = scope.longNames.flatMap((long) => {
    const rule = SHORT_FORM_RULES.find((r) => r.matches(short, long.words, scope.skipped));
    return long.key !== mention.key && rule ? [{ long, rule }] : [];
  });
  const [fit] = fits;
  if (fits.length !== 1 || !fit) return null;
  const { long, rule } = fit;
  if (rule.longFirst && lastStart(long.key, scope) > firstStart(mention.key, scope, true))
    return null;
  if (places.lookup(mention.text, { language: doc.language })) return null;
  if (namesPlaceAfter(short, long, places, doc.language)) return null;
  if (keptApart(mention.key, long.key, scope)) return null;
  return long;
}

function startsOf(key: string, scope: Scope, bodyOnly = false): number[] {
  return scope.resolved.flatMap((m) =>
    m?.key === key && !(bodyOnly && inHeadline(m, scope.doc)) ? [m.start] : [],
  );
}

/** A headline names a company as it is best known, before the text gives its full name. */
function inHeadline(mention: ResolvedMention, doc: EntityDocument): boolean {
  const title = doc.title.trim();
  return title !== '' && doc.sentences[mention.sentence]?.text.trim() === title;
}

/** Where the document first names a key (in its body only, when asked). */
function firstStart(key: string, scope: Scope, bodyOnly = false): number {
  return Math.min(...startsOf(key, scope, bodyOnly));
}

/** Where the document last names a key. */
function lastStart(key: string, scope: Scope): number {
  return Math.max(...startsOf(key, scope));
}

/** A lone legal form or designator ("Group") is no short form of anything. */
function isGenericWord(words: readonly string[], knowledge: Knowledge): boolean {
  return words.length === 1 && knowledge.legalSuffixes.has(words[0] ?? '');
}

/** "Orvalis Renewables India" of "Orvalis": a regional unit, not the group. */
function namesPlaceAfter(
  short: ShortName,
  long: LongName,
  places: PlaceNames,
  language: string,
): boolean {
  const rest = long.words.slice(short.words.length);
  const original = long.name.split(/\s+/u).slice(short.words.length);
  return [...rest, ...original].some((word) => {
    const place = places.lookup(word, { language });
    return place !== null && place.level !== 'city';
  });
}

/**
 * Two names the text keeps apart: within one sentence, a unit or parent noun, an "and" or
 * a "with" stands between them ("Acme and its venture arm Acme Ventures", "Acme Ventures,
 * a venture with Beta and Acme").
 */
function keptApart(shortKey: string, longKey: string, scope: Scope): boolean {
  const { doc, knowledge, resolved } = scope;
  const separators = new Set(
    [
      ...knowledge.lexicon('unit_noun', doc.language),
      ...knowledge.lexicon('parent_noun', doc.language),
      ...knowledge.lexicon('and', doc.language),
      ...knowledge.lexicon('with', doc.language),
      ...knowledge.lexicon('between', doc.language),
    ].map((word) => word.toLowerCase()),
  );
  const shorts = resolved.filter((m) => m?.key === shortKey);
  const longs = resolved.filter((m) => m?.key === longKey);
  return shorts.some((short) =>
    longs.some((long) => {
      if (!short || !long || short.sentence !== long.sentence) return false;
      const [first, second] = short.start < long.start ? [short, long] : [long, short];
      const between = doc.text.slice(first.end, second.start).toLowerCase();
      return between.split(/[^\p{L}&]+/u).some((word) => separators.has(word));
    }),
  );
}
