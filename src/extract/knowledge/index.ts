/**
 * Language knowledge, loaded from the user-curated CSV files in data/.
 *
 * Everything language-specific that the extractor knows (cue words, legal forms, titles,
 * closed-class words) comes from here; lookups are by lower-cased form. A new language
 * needs rows in these files and an entry in LANGUAGES (src/extract/geo/sources.ts, which
 * lists the other data files it needs).
 */
import path from 'node:path';
import type { EdgeType } from '../../schema/graph.js';
import { EDGE_TYPES } from '../../schema/graph.js';
import { CsvError, oneOfColumn as oneOf, readCsvRows, requiredColumn as required } from './csv.js';
import { splitElision } from '../text/match.js';
import { loadFixes, type Fixes } from './fixes.js';
import { LANGUAGES } from '../geo/sources.js';

/**
 * The kinds of data/lexicon.csv. Every language of LANGUAGES needs rows of each kind,
 * except where LEXICON_KINDS_FOR_SOME_LANGUAGES says otherwise (checked by index.test.ts).
 */
export const LEXICON_KINDS = [
  'function_word',
  'connector',
  'org_prefix',
  'honorific',
  'speech_verb',
  'speech_pronoun',
  'with',
  'between',
  'and',
  'of',
  'locative',
  'first_person',
  'anaphor',
  'possessive',
  'stake',
  'amount',
  'head_noun',
  'capitalised_nouns',
  'capitalised_demonyms',
  'definite_article',
  'org_reference',
  'org_class',
  'place_article',
  'line_continuation',
  'based_suffix',
  'place_contraction',
  'preposition',
  'first_person_subject',
  'initials_skip',
  'unit_noun',
  'unit_noun_plural',
  'division_word',
  'compass_word',
  'settlement_word',
  'compass_prefix',
  'origin_preposition',
  'name_particle',
  'person_noun',
  'title_prefix',
  'such_as',
  'org_plural',
  'name_article',
  'deal_word',
  'compass_point',
  'generic_term',
  'source_before',
  'source_after',
  'project_noun',
  'minister_title',
  'naming',
  'created_verb',
  'agent',
  'sell_verb',
  'recipient',
  'hold_verb',
  'percent',
  'customer_noun',
  'supplier_noun',
  'example_intro',
  'parent_noun',
  'shareholder_noun',
  'plural_copula',
  'listener_verb',
  'capital_noun',
  'bid_noun',
  'bid_target',
  'relative_pronoun',
  'passive_auxiliary',
  'held_participle',
  'group_noun',
  'belong_preposition',
  'belong_verb',
  'public_body',
  'plural_article',
  'leading_designator',
  'genitive_before',
  'indefinite_article',
  'through',
  'period_word',
  'previous_year',
  'majority_word',
  'build_verb',
  'beneficiary',
  'abstract_object',
  'choice_verb',
  'purpose',
  'purpose_supply_verb',
  'seller_preposition',
  'asset_noun',
  'holding_relative',
  'founding_verb',
  'sale_noun',
] as const;

export type LexiconKind = (typeof LEXICON_KINDS)[number];

/**
 * Kinds that are a property of some languages rather than a word list, or a list read only
 * in its own language, and the languages that have rows. A language gets its own rows only:
 * such a kind is never borrowed from English.
 */
export const LEXICON_KINDS_FOR_SOME_LANGUAGES: Partial<Record<LexiconKind, readonly string[]>> = {
  capitalised_nouns: ['de'],
  capitalised_demonyms: ['en'],
  based_suffix: ['en'],
  place_contraction: ['fr', 'es', 'pt', 'it'],
  compass_prefix: ['de'],
  // Only English puts the one spoken to right after the verb ("told Acme"); the others put
  // a preposition or a case article between ("a déclaré à", "dijo a", "sagte der").
  listener_verb: ['en'],
  origin_preposition: ['de'],
  name_article: ['fr', 'es', 'pt', 'it'],
  // German puts the participle after its agent: "die zu 51 Prozent von Acme gehaltene Beta".
  held_participle: ['en', 'fr', 'es', 'pt', 'it'],
  leading_designator: ['fr', 'es', 'pt', 'it'],
  genitive_before: ['en'],
  // Spanish, Portuguese and Italian leave the subject pronoun out.
  speech_pronoun: ['en', 'fr', 'de'],
  // German reads a word ending in one of its class nouns as one ("Energiefirma"): an
  // English noun's ending would match unrelated German words.
  org_class: LANGUAGES,
  // "Zu Acme gehören Beta und Gamma": the owner first, the verb before its subjects.
  belong_preposition: ['de', 'it'],
  belong_verb: ['de', 'it'],
  // German capitalises the goods ("kauft Nickel von Acme"), which the rule cannot tell from a name.
  seller_preposition: ['en', 'fr', 'es', 'pt', 'it'],
  asset_noun: ['en', 'fr', 'es', 'pt', 'it'],
};

/**
 * How a cue's parties stand around it. 'final': a verb that ends its clause, with both
 * parties before it ("Acme hat Beta übernommen"); its first words may stand earlier in
 * the clause ("Acme arbeitet mit Beta zusammen").
 */
export type CuePattern = 'mutual' | 'forward' | 'backward' | 'final';

export interface Cue {
  language: string;
  /** Lower-cased words; a trailing "*" on a word matches any ending. */
  words: string[];
  text: string;
  type: EdgeType;
  pattern: CuePattern;
  confidence: number;
}

export type OrgKeywordKind = 'company' | 'organization' | 'facility' | 'event' | 'law';

export interface Knowledge {
  dataDir: string;
  /** Terms of one kind for a language; for an undetermined language, all languages. */
  lexicon(kind: LexiconKind, language: string): ReadonlySet<string>;
  /** Relation cues for a language: its own and the English ones (every cue if it has none). */
  cues(language: string): readonly Cue[];
  /** Legal forms ("Limited", "GmbH") and designators ("Group", "Holding"), lower-cased. */
  legalSuffixes: ReadonlyMap<string, 'legal' | 'designator'>;
  /** Legal forms the file lists in lower case ("plc"): written so, they still end a name. */
  lowerCaseLegal: ReadonlySet<string>;
  /** Long form -> short form, lower-cased ("telecommunications" -> "telecom"). */
  nameVariants: ReadonlyMap<string, string>;
  orgKeywords: ReadonlyMap<string, OrgKeywordKind>;
  /** Multi-word keywords ("data center"), lower-cased word lists. */
  orgKeywordPhrases: ReadonlyArray<{ words: string[]; kind: OrgKeywordKind }>;
  /** Role titles, lower-cased, longest first. */
  roleTitles(language: string): readonly string[][];
  /** The user's fixes (aliases.csv, exclusions.csv, rejected-relations.csv, corrections). */
  aliases: Fixes['aliases'];
  exclusions: Fixes['exclusions'];
  rejectedRelations: Fixes['rejectedRelations'];
}

/** Appends `value` to the list under `key`, creating it. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Terms of one kind for a language. A language with rows of its own gets them plus the
 * English ones (business news mixes English in); a language without gets every
 * language's. '*' asks for every language's.
 */
export type Lexicon = (kind: LexiconKind, language: string) => ReadonlySet<string>;

/** data/lexicon.csv. */
export function loadLexicon(dataDir: string): Lexicon {
  const file = path.join(dataDir, 'lexicon.csv');
  const sets = new Map<string, Set<string>>();
  for (const row of readCsvRows(file)) {
    const language = required(file, row, 'language');
    const kind = oneOf(file, row, 'kind', LEXICON_KINDS);
    const term = required(file, row, 'term').toLowerCase();
    for (const key of [`${language}:${kind}`, `*:${kind}`]) {
      let set = sets.get(key);
      if (!set) sets.set(key, (set = new Set()));
      set.add(term);
    }
  }
  const empty: ReadonlySet<string> = new Set();
  const lookup = (kind: LexiconKind, language: string): ReadonlySet<string> => {
    const known = sets.get(`${language}:${kind}`);
    if (LEXICON_KINDS_FOR_SOME_LANGUAGES[kind]) return known ?? empty;
    if (known) return language === 'en' ? known : union(known, sets.get(`en:${kind}`));
    return sets.get(`*:${kind}`) ?? empty;
  };
  // Rules ask for the same few sets for every token: answered from a map per language,
  // without building a key string each time.
  const answers = new Map<string, Map<LexiconKind, ReadonlySet<string>>>();
  return (kind, language) => {
    let byKind = answers.get(language);
    if (!byKind) answers.set(language, (byKind = new Map()));
    let set = byKind.get(kind);
    if (!set) byKind.set(kind, (set = lookup(kind, language)));
    return set;
  };
}

const CUE_PATTERNS: readonly CuePattern[] = ['mutual', 'forward', 'backward', 'final'];

/** data/relation-cues.csv, longest cues first so that "acquired by" wins over "acquired". */
function loadCues(file: string): Cue[] {
  const cues = readCsvRows(file).map((row): Cue => {
    const confidence = Number(row.record.confidence ?? '0.7');
    if (!(confidence > 0 && confidence <= 1))
      throw new CsvError(file, row.line, 'confidence must be in (0, 1]');
    const text = required(file, row, 'cue');
    return {
      language: required(file, row, 'language'),
      text,
      // Split as the tokenizer does: "protocole d'accord" is matched as "d'" + "accord".
      words: text.toLowerCase().split(/\s+/u).flatMap(splitElision),
      type: oneOf(file, row, 'type', EDGE_TYPES),
      pattern: oneOf(file, row, 'pattern', CUE_PATTERNS),
      confidence,
    };
  });
  cues.sort((a, b) => b.words.length - a.words.length || b.text.length - a.text.length);
  return cues;
}

/** data/legal-suffixes.csv. */
function loadLegalSuffixes(file: string): Pick<Knowledge, 'legalSuffixes' | 'lowerCaseLegal'> {
  const legalSuffixes = new Map<string, 'legal' | 'designator'>();
  const lowerCaseLegal = new Set<string>();
  for (const row of readCsvRows(file)) {
    const kind = oneOf(file, row, 'kind', ['legal', 'designator'] as const);
    const suffix = required(file, row, 'suffix');
    legalSuffixes.set(suffix.toLowerCase(), kind);
    if (suffix === suffix.toLowerCase()) lowerCaseLegal.add(suffix);
  }
  return { legalSuffixes, lowerCaseLegal };
}

const ORG_KEYWORD_KINDS: readonly OrgKeywordKind[] = [
  'company',
  'organization',
  'facility',
  'event',
  'law',
];

/** data/org-keywords.csv: single words and multi-word phrases apart. */
function loadOrgKeywords(file: string): Pick<Knowledge, 'orgKeywords' | 'orgKeywordPhrases'> {
  const orgKeywords = new Map<string, OrgKeywordKind>();
  const orgKeywordPhrases: { words: string[]; kind: OrgKeywordKind }[] = [];
  for (const row of readCsvRows(file)) {
    const kind = oneOf(file, row, 'kind', ORG_KEYWORD_KINDS);
    const term = required(file, row, 'term').toLowerCase();
    const words = term.split(/\s+/u);
    if (words.length > 1) orgKeywordPhrases.push({ words, kind });
    else orgKeywords.set(term, kind);
  }
  return { orgKeywords, orgKeywordPhrases };
}

/** A lower-cased key -> value map from two columns of a file. */
function loadPairs(file: string, keyColumn: string, valueColumn: string, lowerValue: boolean) {
  const map = new Map<string, string>();
  for (const row of readCsvRows(file)) {
    const value = required(file, row, valueColumn);
    map.set(required(file, row, keyColumn).toLowerCase(), lowerValue ? value.toLowerCase() : value);
  }
  return map;
}

/** data/role-titles.csv: language ('*' for all) -> titles as word lists. */
function loadRoleTitles(file: string): Map<string, string[][]> {
  const titles = new Map<string, string[][]>();
  for (const row of readCsvRows(file)) {
    const language = required(file, row, 'language');
    const words = required(file, row, 'title').toLowerCase().split(/\s+/u);
    for (const key of [language, '*']) push(titles, key, words);
  }
  for (const list of titles.values()) list.sort((a, b) => b.length - a.length);
  return titles;
}

/** Memoises a per-language list. */
function perLanguage<T>(make: (language: string) => T): (language: string) => T {
  const cache = new Map<string, T>();
  return (language) => {
    let value = cache.get(language);
    if (value === undefined) cache.set(language, (value = make(language)));
    return value;
  };
}

/** Everything in data/, with the fixes of a corrections file when one is given. */
export function loadKnowledge(dataDir: string, correctionsFile?: string): Knowledge {
  const file = (name: string) => path.join(dataDir, name);
  const lexicon = loadLexicon(dataDir);
  const cues = loadCues(file('relation-cues.csv'));
  const titles = loadRoleTitles(file('role-titles.csv'));
  return {
    dataDir,
    lexicon,
    // A language with cues of its own gets them and the English ones, which press releases
    // mix into other languages; a language without gets every cue.
    cues: perLanguage((language) =>
      cues.some((c) => c.language === language)
        ? cues.filter((c) => c.language === language || c.language === 'en')
        : cues,
    ),
    ...loadLegalSuffixes(file('legal-suffixes.csv')),
    nameVariants: loadPairs(file('name-variants.csv'), 'long', 'short', true),
    ...loadOrgKeywords(file('org-keywords.csv')),
    // English titles (CEO, VP) are common in other languages' business news.
    roleTitles: perLanguage((language) => {
      const own = titles.get(language);
      const list = own
        ? [...own, ...(language === 'en' ? [] : (titles.get('en') ?? []))]
        : (titles.get('*') ?? []);
      return list.sort((a, b) => b.length - a.length);
    }),
    ...loadFixes(dataDir, correctionsFile),
  };
}

const unionCache = new WeakMap<ReadonlySet<string>, Set<string>>();
function union(a: ReadonlySet<string>, b: ReadonlySet<string> | undefined): ReadonlySet<string> {
  if (!b) return a;
  let u = unionCache.get(a);
  if (!u) {
    u = new Set([...a, ...b]);
    unionCache.set(a, u);
  }
  return u;
}
