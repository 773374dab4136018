/**
 * How the quality scorer compares names: a graph's "Acme Holdings Ltd." and a gold
 * annotation's "ACME" are one organisation, "Dr Jane Roe" and "Roe, Jane" one person.
 *
 * The words it ignores (legal forms, articles, titles) are in data/eval-name-words.csv.
 * They are the scorer's own list, not the extractor's: the extractor's knowledge must not
 * decide how the extractor is judged.
 */
import path from 'node:path';
import { readCsv } from '../extract/knowledge/csv.js';

export const NAME_WORDS_FILE = 'eval-name-words.csv';

/** The project's data/ folder, where the scorer's word list lives. */
export const EVAL_DATA_DIR = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../data',
);

export interface NameWords {
  /** Legal forms, designators and articles, dropped at either end of an organisation name. */
  affixes: ReadonlySet<string>;
  /** Titles dropped before a person's name ("dr", "mme"). */
  personTitles: ReadonlySet<string>;
}

interface NameWordRow {
  language: string;
  kind: string;
  term: string;
}

export function loadNameWords(dataDir = EVAL_DATA_DIR): NameWords {
  const file = path.join(dataDir, NAME_WORDS_FILE);
  const affixes = new Set<string>();
  const personTitles = new Set<string>();
  for (const row of readCsv<NameWordRow>(file)) {
    const term = row.term.toLowerCase();
    if (row.kind === 'legal_form' || row.kind === 'article') affixes.add(term);
    else if (row.kind === 'person_title') personTitles.add(term);
    else throw new Error(`${file}: unknown kind "${row.kind}" for "${row.term}"`);
  }
  return { affixes, personTitles };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Normalises organisation, place and person names the way the gold annotation is compared. */
export class NameNormaliser {
  private readonly titlePattern: RegExp;

  constructor(private readonly words: NameWords) {
    const titles = [...words.personTitles].map(escapeRegExp).join('|');
    // A title is a whole word, optionally with a full stop, followed by the name.
    this.titlePattern = titles ? new RegExp(`\\b(${titles})\\.?\\s+`, 'gi') : /$^/;
  }

  /**
   * Lower case without accents or punctuation, without a possessive 's, and without legal
   * forms and articles at either end (a name keeps at least one word).
   */
  name(text: string | null | undefined): string {
    if (!text) return '';
    const plain = text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’`]/g, "'")
      .toLowerCase()
      .replace(/'s\b/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    const tokens = plain.split(' ').filter(Boolean);
    while (tokens.length > 1 && this.words.affixes.has(tokens[tokens.length - 1] ?? '')) {
      tokens.pop();
    }
    while (tokens.length > 1 && this.words.affixes.has(tokens[0] ?? '')) tokens.shift();
    return tokens.join(' ');
  }

  /** A person's name without titles, its words sorted so that word order does not matter. */
  person(text: string): string {
    return this.name(text.replace(this.titlePattern, '')).split(' ').sort().join(' ');
  }
}

export function createNameNormaliser(dataDir = EVAL_DATA_DIR): NameNormaliser {
  return new NameNormaliser(loadNameWords(dataDir));
}
