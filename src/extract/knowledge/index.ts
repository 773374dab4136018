/**
 * Language knowledge, loaded from the user-curated CSV files in data/.
 *
 * Everything language-specific that the extractor knows (cue words, legal forms,
 * titles, closed-class words) comes from here, so adding a language means adding
 * rows, not code. Lookups are by lower-cased form.
 */
import path from 'node:path';
import type { EdgeType } from '../../schema/graph.js';
import { EDGE_TYPES } from '../../schema/graph.js';
import { readCsv } from './csv.js';
import { splitElision } from '../text/match.js';

export type LexiconKind =
  | 'function_word'
  | 'connector'
  | 'org_prefix'
  | 'honorific'
  | 'speech_verb'
  | 'with'
  | 'between'
  | 'and'
  | 'of'
  | 'locative'
  | 'first_person'
  | 'anaphor'
  | 'possessive'
  | 'stake'
  | 'amount'
  | 'head_noun'
  | 'capitalised_nouns'
  | 'capitalised_demonyms'
  | 'definite_article'
  | 'org_reference'
  | 'org_class'
  | 'line_continuation'
  | 'based_suffix'
  | 'place_article';

export type CuePattern = 'mutual' | 'forward' | 'backward';

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
  /** Relation cues usable for a language (German and Spanish included). */
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
  aliases: ReadonlyMap<string, string>;
  exclusions: ReadonlySet<string>;
}

const LEXICON_KINDS: readonly LexiconKind[] = [
  'function_word',
  'connector',
  'org_prefix',
  'honorific',
  'speech_verb',
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
  'line_continuation',
  'based_suffix',
  'place_article',
];

/** Kinds that are properties of one language, never borrowed from English or another. */
const OWN_LANGUAGE_ONLY: ReadonlySet<LexiconKind> = new Set([
  'capitalised_nouns',
  'capitalised_demonyms',
  'place_article',
  'org_class',
]);

function required(file: string, row: number, rec: Record<string, string>, key: string): string {
  const v = rec[key]?.trim();
  if (!v) throw new Error(`${file}: row ${row + 2}: column "${key}" is empty`);
  return v;
}

export function loadKnowledge(dataDir: string): Knowledge {
  const file = (name: string) => path.join(dataDir, name);

  const lexicon = new Map<string, Set<string>>();
  const lexiconFile = file('lexicon.csv');
  readCsv(lexiconFile).forEach((rec, i) => {
    const language = required(lexiconFile, i, rec, 'language');
    const kind = required(lexiconFile, i, rec, 'kind') as LexiconKind;
    if (!LEXICON_KINDS.includes(kind))
      throw new Error(`${lexiconFile}: row ${i + 2}: unknown kind "${kind}"`);
    const term = required(lexiconFile, i, rec, 'term').toLowerCase();
    for (const key of [`${language}:${kind}`, `*:${kind}`]) {
      let set = lexicon.get(key);
      if (!set) lexicon.set(key, (set = new Set()));
      set.add(term);
    }
  });

  const cueFile = file('relation-cues.csv');
  const cues: Cue[] = readCsv(cueFile).map((rec, i) => {
    const type = required(cueFile, i, rec, 'type') as EdgeType;
    if (!EDGE_TYPES.includes(type))
      throw new Error(`${cueFile}: row ${i + 2}: unknown type "${type}"`);
    const pattern = required(cueFile, i, rec, 'pattern') as CuePattern;
    if (!['mutual', 'forward', 'backward'].includes(pattern))
      throw new Error(`${cueFile}: row ${i + 2}: unknown pattern "${pattern}"`);
    const confidence = Number(rec.confidence ?? '0.7');
    if (!(confidence > 0 && confidence <= 1))
      throw new Error(`${cueFile}: row ${i + 2}: confidence must be in (0, 1]`);
    const text = required(cueFile, i, rec, 'cue');
    return {
      language: required(cueFile, i, rec, 'language'),
      text,
      // Split as the tokenizer does: "protocole d'accord" is matched as "d'" + "accord".
      words: text.toLowerCase().split(/\s+/u).flatMap(splitElision),
      type,
      pattern,
      confidence,
    };
  });
  // Longest cues first, so "acquired by" wins over "acquired".
  cues.sort((a, b) => b.words.length - a.words.length || b.text.length - a.text.length);

  const legalSuffixes = new Map<string, 'legal' | 'designator'>();
  const lowerCaseLegal = new Set<string>();
  const suffixFile = file('legal-suffixes.csv');
  readCsv(suffixFile).forEach((rec, i) => {
    const kind = required(suffixFile, i, rec, 'kind');
    if (kind !== 'legal' && kind !== 'designator')
      throw new Error(`${suffixFile}: row ${i + 2}: kind must be legal or designator`);
    const suffix = required(suffixFile, i, rec, 'suffix');
    legalSuffixes.set(suffix.toLowerCase(), kind);
    if (suffix === suffix.toLowerCase()) lowerCaseLegal.add(suffix);
  });

  const nameVariants = new Map<string, string>();
  const variantFile = file('name-variants.csv');
  readCsv(variantFile).forEach((rec, i) => {
    nameVariants.set(
      required(variantFile, i, rec, 'long').toLowerCase(),
      required(variantFile, i, rec, 'short').toLowerCase(),
    );
  });

  const orgKeywords = new Map<string, OrgKeywordKind>();
  const orgKeywordPhrases: { words: string[]; kind: OrgKeywordKind }[] = [];
  const keywordFile = file('org-keywords.csv');
  readCsv(keywordFile).forEach((rec, i) => {
    const kind = required(keywordFile, i, rec, 'kind') as OrgKeywordKind;
    if (!['company', 'organization', 'facility', 'event', 'law'].includes(kind))
      throw new Error(`${keywordFile}: row ${i + 2}: unknown kind "${kind}"`);
    const term = required(keywordFile, i, rec, 'term').toLowerCase();
    const words = term.split(/\s+/u);
    if (words.length > 1) orgKeywordPhrases.push({ words, kind });
    else orgKeywords.set(term, kind);
  });

  const titles = new Map<string, string[][]>();
  const titleFile = file('role-titles.csv');
  readCsv(titleFile).forEach((rec, i) => {
    const language = required(titleFile, i, rec, 'language');
    const words = required(titleFile, i, rec, 'title').toLowerCase().split(/\s+/u);
    for (const key of [language, '*']) {
      let list = titles.get(key);
      if (!list) titles.set(key, (list = []));
      list.push(words);
    }
  });
  for (const list of titles.values()) list.sort((a, b) => b.length - a.length);

  const aliases = new Map<string, string>();
  const aliasFile = file('aliases.csv');
  readCsv(aliasFile).forEach((rec, i) => {
    aliases.set(
      required(aliasFile, i, rec, 'alias').toLowerCase(),
      required(aliasFile, i, rec, 'canonical'),
    );
  });

  const exclusions = new Set<string>();
  const exclusionFile = file('exclusions.csv');
  readCsv(exclusionFile).forEach((rec, i) => {
    exclusions.add(required(exclusionFile, i, rec, 'name').toLowerCase());
  });

  const empty: ReadonlySet<string> = new Set();
  // German, Spanish and others get the cues of their own rows; English cues also
  // apply everywhere, because press releases mix English terms into other languages.
  const cueCache = new Map<string, Cue[]>();
  const titleCache = new Map<string, string[][]>();
  return {
    dataDir,
    lexicon(kind, language) {
      const known = lexicon.get(`${language}:${kind}`);
      // A property of one language, never borrowed from another.
      if (OWN_LANGUAGE_ONLY.has(kind)) return known ?? empty;
      if (known) return language === 'en' ? known : union(known, lexicon.get(`en:${kind}`));
      return lexicon.get(`*:${kind}`) ?? empty;
    },
    cues(language) {
      let list = cueCache.get(language);
      if (!list) {
        const own = cues.filter((c) => c.language === language);
        list = own.length
          ? cues.filter((c) => c.language === language || c.language === 'en')
          : cues;
        cueCache.set(language, list);
      }
      return list;
    },
    legalSuffixes,
    lowerCaseLegal,
    nameVariants,
    orgKeywords,
    orgKeywordPhrases,
    roleTitles(language) {
      let list = titleCache.get(language);
      if (!list) {
        const own = titles.get(language);
        // English titles (CEO, VP) are common in other languages' business news.
        list = own
          ? [...own, ...(language === 'en' ? [] : (titles.get('en') ?? []))]
          : (titles.get('*') ?? []);
        list.sort((a, b) => b.length - a.length);
        titleCache.set(language, list);
      }
      return list;
    },
    aliases,
    exclusions,
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
