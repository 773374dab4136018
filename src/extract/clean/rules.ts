/**
 * The boilerplate rules of data/boilerplate.csv (read by knowledge/text.ts): line
 * patterns, section headings, and the vocabulary that scores policy and promotion text.
 */
export interface Phrase {
  id: number;
  /** Lower-cased words; the last one (or any) may be a prefix. */
  words: { text: string; prefix: boolean }[];
  weight: number;
}

export interface PersonWords {
  lower: ReadonlyMap<string, number>;
  exact: ReadonlyMap<string, number>;
}

export interface BoilerplateRules {
  sectionEnds: ReadonlySet<string>;
  sectionBreaks: ReadonlySet<string>;
  linePatterns: readonly RegExp[];
  /** Photo captions and credits: never a page's title or first sentence. */
  captionPatterns: readonly RegExp[];
  /** Sentence phrases by their first word (exact) ... */
  phrasesByWord: ReadonlyMap<string, readonly Phrase[]>;
  /** ... or by the prefix their first word starts with. */
  phrasesByPrefix: ReadonlyMap<string, readonly Phrase[]>;
  prefixLengths: readonly number[];
  secondPerson: PersonWords;
  firstPerson: PersonWords;
  thresholds: { body: number; peripheral: number; short: number; near: number };
}

/** Lower-cases a heading and strips markers and trailing punctuation. */
export function normalizeHeading(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s#>*•·▪►-]+/, '')
    .replace(/[\s.:;!?›»>…|–—-]+$/, '')
    .trim();
}

/** Splits a vocabulary phrase into words like the sentence tokenizer does. */
function phraseWords(pattern: string): { text: string; prefix: boolean }[] {
  return pattern
    .toLowerCase()
    .split(/[^\p{L}\p{N}*]+/u)
    .filter((w) => w.length > 0 && w !== '*')
    .map((w) => ({ text: w.replace(/\*+$/, ''), prefix: w.endsWith('*') }))
    .filter((w) => w.text.length > 0);
}

/** The rules while rows are read. */
interface Builder {
  sectionEnds: Set<string>;
  sectionBreaks: Set<string>;
  linePatterns: { source: string; caseSensitive: boolean }[];
  captionPatterns: { source: string; caseSensitive: boolean }[];
  byWord: Map<string, Phrase[]>;
  byPrefix: Map<string, Phrase[]>;
  prefixLengths: Set<number>;
  secondPerson: { lower: Map<string, number>; exact: Map<string, number> };
  firstPerson: { lower: Map<string, number>; exact: Map<string, number> };
  thresholds: { body: number; peripheral: number; short: number; near: number };
}

interface Row {
  /** 0-based index among the data rows. */
  index: number;
  /** "file: data row N", for error messages. */
  where: string;
  pattern: string;
  flags: string;
  weight: number;
}

function addLinePattern(rules: Builder, row: Row): void {
  rules.linePatterns.push(checkedPattern(row));
}

function addCaptionPattern(rules: Builder, row: Row): void {
  rules.captionPatterns.push(checkedPattern(row));
}

/** A row's regular expression, after checking that it compiles. */
function checkedPattern(row: Row): { source: string; caseSensitive: boolean } {
  const { pattern, flags } = row;
  try {
    new RegExp(pattern, /\\[pPu]\{/.test(pattern) || flags.includes('c') ? 'u' : '');
  } catch (err) {
    throw new Error(
      `${row.where}: invalid regular expression: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
  return { source: pattern, caseSensitive: flags.includes('c') };
}

function addPhrase(rules: Builder, row: Row): void {
  const words = phraseWords(row.pattern);
  const head = words[0];
  if (!head) throw new Error(`${row.where}: no words in "${row.pattern}"`);
  const phrase: Phrase = { id: row.index, words, weight: row.weight };
  const map = head.prefix ? rules.byPrefix : rules.byWord;
  if (head.prefix) rules.prefixLengths.add(head.text.length);
  const list = map.get(head.text) ?? [];
  list.push(phrase);
  map.set(head.text, list);
}

function addPersonWord(target: Builder['secondPerson'], row: Row): void {
  const word = row.pattern.trim().replace(/\*$/, '');
  if (row.flags.includes('c')) target.exact.set(word, row.weight);
  else target.lower.set(word.toLowerCase(), row.weight);
  if (row.pattern.trim().endsWith('*')) target.lower.set(`${word.toLowerCase()}*`, row.weight);
}

function setThreshold(rules: Builder, row: Row): void {
  const key = row.pattern.trim();
  if (key !== 'body' && key !== 'peripheral' && key !== 'short' && key !== 'near')
    throw new Error(`${row.where}: threshold pattern must be body, peripheral, short or near`);
  rules.thresholds[key] = row.weight;
}

/** What each kind of row adds to the rules. */
const ADD_ROW: Record<string, (rules: Builder, row: Row) => void> = {
  section_end: (rules, row) => rules.sectionEnds.add(normalizeHeading(row.pattern)),
  section_break: (rules, row) => rules.sectionBreaks.add(normalizeHeading(row.pattern)),
  line: addLinePattern,
  caption: addCaptionPattern,
  sentence: addPhrase,
  second_person: (rules, row) => addPersonWord(rules.secondPerson, row),
  first_person: (rules, row) => addPersonWord(rules.firstPerson, row),
  threshold: setThreshold,
};
const KINDS = Object.keys(ADD_ROW);

/** Reads one CSV row into a Row; throws on an unknown kind, empty pattern or bad weight. */
function readRow(record: Record<string, string | undefined>, index: number, file: string) {
  const where = `${file}: data row ${index + 1}`;
  const kind = record.kind?.trim() ?? '';
  const pattern = record.pattern ?? '';
  const flags = record.flags?.trim() ?? '';
  const add = ADD_ROW[kind];
  if (!add) throw new Error(`${where}: unknown kind "${kind}" (expected ${KINDS.join(', ')})`);
  if (!pattern.trim()) throw new Error(`${where}: pattern is empty`);
  const weightText = record.weight?.trim() ?? '';
  const weight = weightText === '' ? NaN : Number(weightText);
  const needsWeight = kind === 'sentence' || kind.endsWith('_person') || kind === 'threshold';
  if (needsWeight && !(weight >= 0))
    throw new Error(`${where}: weight must be a number >= 0 (got "${weightText}")`);
  return { add, row: { index, where, pattern, flags, weight } };
}

/**
 * One alternation per flag set: a single regex test per line instead of one per pattern.
 * Case-insensitive Unicode matching ("iu") is much slower in V8 than "i", so only the
 * patterns that need "u" (\p{...} classes, \u{...} escapes) get it.
 */
function combineLinePatterns(patterns: Builder['linePatterns']): RegExp[] {
  if (patterns.length === 0) return [];
  const groups = new Map<string, string[]>();
  for (const pattern of patterns) {
    const unicode = /\\[pPu]\{/.test(pattern.source);
    const flags = `${pattern.caseSensitive ? '' : 'i'}${unicode || pattern.caseSensitive ? 'u' : ''}`;
    const list = groups.get(flags) ?? [];
    list.push(`(?:${pattern.source})`);
    groups.set(flags, list);
  }
  return [...groups].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
}

/** Builds the rules from boilerplate.csv rows (language, kind, pattern, weight, flags). */
export function parseBoilerplate(
  rows: readonly Record<string, string | undefined>[],
  file = 'boilerplate.csv',
): BoilerplateRules {
  const rules: Builder = {
    sectionEnds: new Set(),
    sectionBreaks: new Set(),
    linePatterns: [],
    captionPatterns: [],
    byWord: new Map(),
    byPrefix: new Map(),
    prefixLengths: new Set(),
    secondPerson: { lower: new Map(), exact: new Map() },
    firstPerson: { lower: new Map(), exact: new Map() },
    thresholds: { body: 3, peripheral: 2, short: 2, near: 2 },
  };
  rows.forEach((record, index) => {
    const { add, row } = readRow(record, index, file);
    add(rules, row);
  });
  // Longest phrases first, so "personal information" wins over "personal".
  for (const list of [...rules.byWord.values(), ...rules.byPrefix.values()])
    list.sort((a, b) => b.words.length - a.words.length);
  return {
    sectionEnds: rules.sectionEnds,
    sectionBreaks: rules.sectionBreaks,
    linePatterns: combineLinePatterns(rules.linePatterns),
    captionPatterns: combineLinePatterns(rules.captionPatterns),
    phrasesByWord: rules.byWord,
    phrasesByPrefix: rules.byPrefix,
    prefixLengths: [...rules.prefixLengths].sort((a, b) => b - a),
    secondPerson: rules.secondPerson,
    firstPerson: rules.firstPerson,
    thresholds: rules.thresholds,
  };
}
