/**
 * Known organisations: a prior for organisation names that nothing in a sentence marks
 * (no legal form, no keyword), such as single-word company names. A prior only: it
 * never overrides what the sentence says.
 *
 * The list is the Wikidata table of name-suggestion-index (brands and operators mapped
 * in OpenStreetMap; BSD-3-Clause). It also holds countries, school districts, police
 * forces and transit lines, so only entries whose description names an organisation that
 * trades are kept (data/known-organisation-kinds.csv). Many labels are common words
 * ("Orange", "Next"): such entries come back marked ambiguous, for callers to ask for more
 * evidence.
 *
 * The table is about 10 MB of JSON: it is read once per thread, on first use, and only a
 * map from normalised name to the kept entries stays in memory. Given an IndexCache, the
 * map is kept on disk and later threads and builds read it instead (index-cache.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { coreWords } from '../resolve/names.js';
import { isNonNounWord } from '../text/common-words.js';
import { nlp } from '../vendor.js';
import { readCsv } from './csv.js';
import { cachedIndex, type IndexCache, type IndexCodec } from './index-cache.js';
import type { Knowledge } from './index.js';

export interface KnownOrganisation {
  /** Wikidata item id, "Q" and digits. */
  wikidata: string;
  label: string;
  /** Wikidata's short English description ("French telecommunications company"). */
  description: string;
  /** The label is a single common word ("Orange"): a match needs more evidence. */
  ambiguous: boolean;
}

/** One entry of the name-suggestion-index Wikidata table; only the fields read here. */
export interface WikidataEntry {
  label?: string;
  description?: string;
}

export type KindVerdict = 'include' | 'exclude';

/** How descriptions are read: data/known-organisation-kinds.csv. */
export interface DescriptionRules {
  /** Head-noun terms, lower-case words joined by one space. */
  terms: ReadonlyMap<string, KindVerdict>;
  /** Words in the longest term. */
  longestTerm: number;
  boundaries: ReadonlySet<string>;
  vetoes: readonly string[];
}

export const KINDS_FILE = 'known-organisation-kinds.csv';

export function readDescriptionRules(dataDir: string): DescriptionRules {
  const file = path.join(dataDir, KINDS_FILE);
  const terms = new Map<string, KindVerdict>();
  const boundaries = new Set<string>();
  const vetoes: string[] = [];
  readCsv(file).forEach((record, i) => {
    const term = record.term?.trim().toLowerCase().split(/\s+/u).join(' ') ?? '';
    const kind = record.kind?.trim();
    if (!term) throw new Error(`${file}: row ${i + 2}: column "term" is empty`);
    if (kind === 'include' || kind === 'exclude') terms.set(term, kind);
    else if (kind === 'boundary') boundaries.add(term);
    else if (kind === 'veto') vetoes.push(term);
    else throw new Error(`${file}: row ${i + 2}: unknown kind "${kind ?? ''}"`);
  });
  const longestTerm = Math.max(1, ...[...terms.keys()].map((t) => t.split(' ').length));
  return { terms, longestTerm, boundaries, vetoes };
}

// A word, or punctuation that ends a phrase: commas, brackets, colons, and dashes with
// spaces around them ("United Kingdom–based retailer" stays one phrase).
const WORD_OR_BREAK = /[,;:()[\]"“”/]|\s[-–—]\s|[^\s,;:()[\]"“”/]+/gu;
const PHRASE_BREAK = /^(?:[,;:()[\]"“”/]|\s[-–—]\s)$/u;

/** The verdict of the longest term that ends `piece`, if any. */
function headVerdict(piece: readonly string[], rules: DescriptionRules): KindVerdict | undefined {
  for (let n = Math.min(rules.longestTerm, piece.length); n >= 1; n--) {
    const verdict = rules.terms.get(piece.slice(-n).join(' '));
    if (verdict) return verdict;
  }
  return undefined;
}

/**
 * Does a Wikidata description say the entity is an organisation that trades?
 * "American multinational technology company" yes; "school district in Texas" no.
 * Pieces end at punctuation and boundary words; the first piece whose end is a term decides.
 */
export function describesOrganisation(description: string, rules: DescriptionRules): boolean {
  const lower = description.toLowerCase();
  if (rules.vetoes.some((veto) => lower.includes(veto))) return false;
  let piece: string[] = [];
  for (const [token] of lower.matchAll(WORD_OR_BREAK)) {
    const word = token.replace(/[.!?]+$/u, '');
    if (word && !PHRASE_BREAK.test(token) && !rules.boundaries.has(word)) {
      piece.push(word);
      continue;
    }
    const verdict = piece.length ? headVerdict(piece, rules) : undefined;
    if (verdict) return verdict === 'include';
    piece = [];
  }
  const verdict = piece.length ? headVerdict(piece, rules) : undefined;
  return verdict === 'include';
}

// Wikidata disambiguates labels with a bracketed note: "Synevo (Bulgaria)".
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/u;

/**
 * The form names are compared in: case, accents, dots and apostrophes, legal forms and
 * designators at the end ("Volkswagen AG" -> "volkswagen"), as the resolve stage does.
 */
export function nameKey(name: string, knowledge: Knowledge): string {
  return coreWords(name.replace(TRAILING_NOTE, ''), knowledge)
    .join(' ')
    .replace(/[.'’]/gu, '')
    .replace(/-/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

type Entry = Omit<KnownOrganisation, 'ambiguous'>;

/** Normalised name -> kept entries, the exact label first, then by Wikidata number. */
export type KnownOrganisationIndex = ReadonlyMap<string, readonly Entry[]>;

const itemNumber = (id: string) => Number(id.slice(1));

export function indexKnownOrganisations(
  table: Readonly<Record<string, WikidataEntry>>,
  knowledge: Knowledge,
  rules: DescriptionRules,
): KnownOrganisationIndex {
  const index = new Map<string, Entry[]>();
  for (const [wikidata, { label, description }] of Object.entries(table)) {
    if (!label || !description || !/^Q\d+$/u.test(wikidata)) continue;
    if (!describesOrganisation(description, rules)) continue;
    const key = nameKey(label, knowledge);
    if (!key) continue;
    let list = index.get(key);
    if (!list) index.set(key, (list = []));
    list.push({ wikidata, label, description });
  }
  for (const list of index.values())
    list.sort((a, b) => itemNumber(a.wikidata) - itemNumber(b.wikidata));
  return index;
}

type Lexicon = Readonly<Record<string, string | readonly string[] | undefined>>;
let lexicon: Lexicon | undefined;
const NAME_TAG = /Organization|Person|Name|Place|Country|City|Region|ProperNoun|Acronym/u;

/** The lower-case word is in compromise's English lexicon as something other than a name. */
function isDictionaryWord(word: string): boolean {
  lexicon ??=
    (nlp('') as unknown as { world?: { model?: { one?: { lexicon?: Lexicon } } } }).world?.model
      ?.one?.lexicon ?? {};
  const tags = lexicon[word];
  if (tags === undefined) return false;
  return ![tags].flat().some((tag) => NAME_TAG.test(tag));
}

/** A one-word name that is also a word of the language: "Orange", "Next", "Dodge". */
export function isAmbiguousName(key: string): boolean {
  if (key.includes(' ')) return false;
  return isNonNounWord(key) || isDictionaryWord(key);
}

/** The best entry for a name: same label written the same way first, else the oldest item. */
export function findKnownOrganisation(
  index: KnownOrganisationIndex,
  name: string,
  knowledge: Knowledge,
): KnownOrganisation | undefined {
  const key = nameKey(name, knowledge);
  const list = index.get(key);
  if (!list?.length) return undefined;
  const lower = name.toLowerCase();
  const entry = list.find((e) => e.label.toLowerCase() === lower) ?? list[0];
  return entry && { ...entry, ambiguous: isAmbiguousName(key) };
}

const require = createRequire(import.meta.url);

/**
 * name-suggestion-index's Wikidata table. The package exports its data folder only to
 * bundlers, so the file is found beside the package's entry point.
 */
export function readWikidataTable(): Record<string, WikidataEntry> {
  const entry = require.resolve('name-suggestion-index');
  const file = path.join(path.dirname(entry), '..', 'wikidata', 'wikidata.min.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
    wikidata?: Record<string, WikidataEntry>;
  };
  if (!parsed.wikidata) throw new Error(`${file}: no "wikidata" table`);
  return parsed.wikidata;
}

/** The index as JSON: [name key, [[wikidata, label, description], ...]] pairs. */
type IndexJson = [string, [string, string, string][]][];

const isText = (value: unknown): value is string => typeof value === 'string';

function entryFromJson(value: unknown): Entry {
  if (!Array.isArray(value) || value.length !== 3 || !value.every(isText))
    throw new Error('an entry is not [wikidata, label, description]');
  const [wikidata, label, description] = value as [string, string, string];
  return { wikidata, label, description };
}

export const KNOWN_ORGANISATIONS_CODEC: IndexCodec<KnownOrganisationIndex> = {
  name: 'known-organisations',
  toJson: (index): IndexJson =>
    [...index].map(([key, list]) => [key, list.map((e) => [e.wikidata, e.label, e.description])]),
  fromJson: (json) => {
    if (!Array.isArray(json)) throw new Error('not a list of names');
    return new Map(
      json.map((pair: unknown): [string, Entry[]] => {
        if (!Array.isArray(pair) || !isText(pair[0]) || !Array.isArray(pair[1]))
          throw new Error('a name is not [key, entries]');
        return [pair[0], (pair[1] as unknown[]).map(entryFromJson)];
      }),
    );
  },
};

const indexes = new WeakMap<Knowledge, KnownOrganisationIndex>();

/**
 * The index for a knowledge base, built on first use (or read from `cache`, whose version
 * must cover the knowledge's data and corrections) and kept for the thread.
 */
export function knownOrganisationIndex(
  knowledge: Knowledge,
  cache?: IndexCache,
): KnownOrganisationIndex {
  let index = indexes.get(knowledge);
  if (!index) {
    index = cachedIndex(cache, KNOWN_ORGANISATIONS_CODEC, () =>
      indexKnownOrganisations(
        readWikidataTable(),
        knowledge,
        readDescriptionRules(knowledge.dataDir),
      ),
    );
    indexes.set(knowledge, index);
  }
  return index;
}

/** A name -> the known organisation it stands for; what the stages are given (Context). */
export type OrganisationLookup = (name: string) => KnownOrganisation | undefined;

/**
 * The lookup. By default the table is read and indexed now, not while a document is being
 * read; `deferred` waits for the first name, for a thread that leaves the documents to
 * workers and needs the index only for the corpus stages, when a worker has kept it.
 */
export function organisationLookup(
  knowledge: Knowledge,
  cache?: IndexCache,
  deferred = false,
): OrganisationLookup {
  let index = deferred ? undefined : knownOrganisationIndex(knowledge, cache);
  return (name) => {
    index ??= knownOrganisationIndex(knowledge, cache);
    return findKnownOrganisation(index, name, knowledge);
  };
}

/**
 * The known organisation a name stands for, if any: "Volkswagen AG" -> Q246 Volkswagen.
 * Countries, cities, schools and public bodies are never returned.
 */
export function knownOrganisation(
  name: string,
  knowledge: Knowledge,
): KnownOrganisation | undefined {
  return findKnownOrganisation(knownOrganisationIndex(knowledge), name, knowledge);
}
