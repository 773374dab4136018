/**
 * Short forms inside one document: a name that is a short form of a longer organisation
 * name of the same document is that organisation ("Harbour Foods" after "Harbour Foods
 * International", "Tremon" beside "A.B. Lund-Tremon", "B&T" beside "Barrow &
 * Tate"). Only within a document: across documents a short name may be someone else.
 */
import type { Knowledge } from '../knowledge/index.js';
import { fold } from '../text/tokens.js';
import type { AcronymDefinition, EntityDocument, ResolvedMention } from '../types.js';
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
const ALL_CAPITALS = /^\p{Lu}+$/u;
/** Fewer initials than this before a legal form's letter could be any acronym. */
const MIN_INITIALS_BEFORE_LEGAL_LETTER = 3;

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
  {
    // "Acme" of "Acme Holding" when a parenthesised definition gave "Acme Holding" the key
    // of a longer name: the same core words are the same organisation.
    name: 'sameCoreWords',
    matches: (short, long) =>
      short.words.length === long.length && short.words.every((word, i) => long[i] === word),
    longFirst: false,
  },
  {
    // "CATL" of "Contemporary Amperex Technology Co": the initials and the letter of a legal
    // form the text leaves out ("Limited").
    name: 'initialsAndLegalLetter',
    matches: (short, long, skipped) => {
      const letters = initials(long, skipped);
      return (
        ALL_CAPITALS.test(short.text) &&
        letters.length >= MIN_INITIALS_BEFORE_LEGAL_LETTER &&
        short.text.length === letters.length + 1 &&
        short.text.startsWith(letters)
      );
    },
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
  /**
   * A short name defined in parentheses rather than written as a mention: only the same
   * core words fit it, as the parentheses may hold more than the name ("Acme GmbH 40 %").
   */
  defined?: boolean;
}

/** The rules a defined short name is compared by. */
const DEFINED_FORM_RULES = SHORT_FORM_RULES.filter((rule) => rule.name === 'sameCoreWords');

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
    longNames: documentNames(resolved, doc.acronyms, knowledge),
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

/**
 * One entry per written form of each organisation key of the document, the short names
 * defined in parentheses included ("Acme Holding Group (Acme Holding)"), the longest first.
 */
function documentNames(
  resolved: readonly (ResolvedMention | null)[],
  definitions: readonly AcronymDefinition[],
  knowledge: Knowledge,
): LongName[] {
  const byForm = new Map<string, LongName>();
  for (const mention of resolved) {
    if (mention?.kind !== 'org' || mention.acronym || mention.key.startsWith('org?:')) continue;
    const words = shortFormWords(mention.text, knowledge);
    const form = `${mention.key}\n${words.join(' ')}`;
    if (!byForm.has(form)) byForm.set(form, { key: mention.key, name: mention.name, words });
  }
  for (const definition of definitions) {
    const mention = resolved[definition.mention];
    if (mention?.kind !== 'org' || mention.key.startsWith('org?:')) continue;
    const words = shortFormWords(definition.acronym, knowledge);
    const form = `${mention.key}\n${words.join(' ')}`;
    if (!byForm.has(form))
      byForm.set(form, { key: mention.key, name: mention.name, words, defined: true });
  }
  return [...byForm.values()].sort((a, b) => b.words.length - a.words.length);
}

function longFormOf(mention: ResolvedMention, scope: Scope): LongName | null {
  const { doc, knowledge, places } = scope;
  const short: ShortName = { words: shortFormWords(mention.text, knowledge), text: mention.text };
  if (short.words.length === 0 || isGenericWord(short.words, knowledge)) return null;
  const fit = onlyFit(mention, short, scope);
  if (!fit) return null;
  const { long } = fit;
  if (places.lookup(mention.text, { language: doc.language })) return null;
  if (namesPlaceAfter(short, long, places, doc.language)) return null;
  if (keptApart(mention.key, long.key, scope)) return null;
  return long;
}

interface Fit {
  long: LongName;
  rule: ShortFormRule;
}

/**
 * The one longer name a short form fits, by the first rule that matches one of its written
 * forms. Two longer names make it ambiguous, unless the order of the text allows only one:
 * "SSM Textilmaschinen" given in full before "SSM", "SSM Mettler" only after it.
 */
function onlyFit(mention: ResolvedMention, short: ShortName, scope: Scope): Fit | null {
  const byKey = new Map<string, Fit>();
  for (const long of scope.longNames) {
    if (long.key === mention.key || byKey.has(long.key)) continue;
    const rules = long.defined ? DEFINED_FORM_RULES : SHORT_FORM_RULES;
    const rule = rules.find((r) => r.matches(short, long.words, scope.skipped));
    if (rule) byKey.set(long.key, { long, rule });
  }
  const inOrder = [...byKey.values()].filter(
    ({ long, rule }) =>
      !rule.longFirst || lastStart(long.key, scope) <= firstStart(mention.key, scope, true),
  );
  return inOrder.length === 1 ? (inOrder[0] ?? null) : null;
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
      ...knowledge.lexicon('unit_noun_plural', doc.language),
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
