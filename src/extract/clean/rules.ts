/**
 * The boilerplate rules of data/boilerplate.csv, parsed once per data folder: line
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
  /** Sentence phrases by their first word (exact) ... */
  phrasesByWord: ReadonlyMap<string, readonly Phrase[]>;
  /** ... or by the prefix their first word starts with. */
  phrasesByPrefix: ReadonlyMap<string, readonly Phrase[]>;
  prefixLengths: readonly number[];
  secondPerson: PersonWords;
  firstPerson: PersonWords;
  thresholds: { body: number; peripheral: number; short: number; near: number };
}

const KINDS = [
  'section_end',
  'section_break',
  'line',
  'sentence',
  'second_person',
  'first_person',
  'threshold',
];

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

/** Builds the rules from boilerplate.csv rows (language, kind, pattern, weight, flags). */
export function parseBoilerplate(
  rows: readonly Record<string, string | undefined>[],
  file = 'boilerplate.csv',
): BoilerplateRules {
  const sectionEnds = new Set<string>();
  const sectionBreaks = new Set<string>();
  const linePatterns: { source: string; caseSensitive: boolean }[] = [];
  const byWord = new Map<string, Phrase[]>();
  const byPrefix = new Map<string, Phrase[]>();
  const prefixLengths = new Set<number>();
  const second = { lower: new Map<string, number>(), exact: new Map<string, number>() };
  const first = { lower: new Map<string, number>(), exact: new Map<string, number>() };
  const thresholds = { body: 3, peripheral: 2, short: 2, near: 2 };
  rows.forEach((row, i) => {
    const where = `${file}: data row ${i + 1}`;
    const kind = row.kind?.trim() ?? '';
    const pattern = row.pattern ?? '';
    const flags = row.flags?.trim() ?? '';
    if (!KINDS.includes(kind))
      throw new Error(`${where}: unknown kind "${kind}" (expected ${KINDS.join(', ')})`);
    if (!pattern.trim()) throw new Error(`${where}: pattern is empty`);
    const weightText = row.weight?.trim() ?? '';
    const weight = weightText === '' ? NaN : Number(weightText);
    const needsWeight = kind === 'sentence' || kind.endsWith('_person') || kind === 'threshold';
    if (needsWeight && !(weight >= 0))
      throw new Error(`${where}: weight must be a number >= 0 (got "${weightText}")`);
    switch (kind) {
      case 'section_end':
        sectionEnds.add(normalizeHeading(pattern));
        break;
      case 'section_break':
        sectionBreaks.add(normalizeHeading(pattern));
        break;
      case 'line':
        try {
          new RegExp(pattern, /\\[pPu]\{/.test(pattern) || flags.includes('c') ? 'u' : '');
          linePatterns.push({ source: pattern, caseSensitive: flags.includes('c') });
        } catch (err) {
          throw new Error(
            `${where}: invalid regular expression: ${err instanceof Error ? err.message : String(err)}`,
            { cause: err },
          );
        }
        break;
      case 'sentence': {
        const words = phraseWords(pattern);
        const head = words[0];
        if (!head) throw new Error(`${where}: no words in "${pattern}"`);
        const phrase: Phrase = { id: i, words, weight };
        const map = head.prefix ? byPrefix : byWord;
        if (head.prefix) prefixLengths.add(head.text.length);
        const list = map.get(head.text) ?? [];
        list.push(phrase);
        map.set(head.text, list);
        break;
      }
      case 'second_person':
      case 'first_person': {
        const target = kind === 'second_person' ? second : first;
        const word = pattern.trim().replace(/\*$/, '');
        if (flags.includes('c')) target.exact.set(word, weight);
        else target.lower.set(word.toLowerCase(), weight);
        if (pattern.trim().endsWith('*')) target.lower.set(`${word.toLowerCase()}*`, weight);
        break;
      }
      case 'threshold': {
        const key = pattern.trim();
        if (key !== 'body' && key !== 'peripheral' && key !== 'short' && key !== 'near')
          throw new Error(`${where}: threshold pattern must be body, peripheral, short or near`);
        thresholds[key] = weight;
        break;
      }
    }
  });
  // Longest phrases first, so "personal information" wins over "personal".
  for (const list of [...byWord.values(), ...byPrefix.values()])
    list.sort((a, b) => b.words.length - a.words.length);
  // One alternation per flag set: a single regex test per line instead of one per pattern.
  // Case-insensitive Unicode matching ("iu") is ~50x slower in V8 than "i", so the "u" flag
  // is only used by patterns that need it (\p{...} classes, \u{...} escapes).
  const groups = new Map<string, string[]>();
  for (const p of linePatterns) {
    const unicode = /\\[pPu]\{/.test(p.source);
    const flags = `${p.caseSensitive ? '' : 'i'}${unicode || p.caseSensitive ? 'u' : ''}`;
    const list = groups.get(flags) ?? [];
    list.push(`(?:${p.source})`);
    groups.set(flags, list);
  }
  return {
    sectionEnds,
    sectionBreaks,
    linePatterns: [...groups].map(([flags, sources]) => new RegExp(sources.join('|'), flags)),
    phrasesByWord: byWord,
    phrasesByPrefix: byPrefix,
    prefixLengths: [...prefixLengths].sort((a, b) => b - a),
    secondPerson: second,
    firstPerson: first,
    thresholds,
  };
}
