/**
 * The text knowledge of data/: the boilerplate rules the clean stage drops page furniture
 * by (boilerplate.csv), the abbreviations sentence splitting respects (abbreviations.csv)
 * and the words a line goes on after (lexicon.csv). Each file is parsed once per path.
 */
import { join } from 'node:path';
import { parseBoilerplate, type BoilerplateRules } from '../clean/rules.js';
import { parseAbbreviations, type AbbreviationTable } from '../text/abbreviations.js';
import { readCsv } from './csv.js';
import type { Knowledge } from './index.js';

export interface TextKnowledge {
  boilerplate: BoilerplateRules;
  abbreviations: AbbreviationTable;
  /** Lower-case words after which a line break never ends a sentence, in any language. */
  lineContinuations: ReadonlySet<string>;
}

const boilerplateCache = new Map<string, BoilerplateRules>();
const abbreviationCache = new Map<string, AbbreviationTable>();

/** Reads data/boilerplate.csv. */
export function loadBoilerplate(dataDir: string): BoilerplateRules {
  const file = join(dataDir, 'boilerplate.csv');
  let rules = boilerplateCache.get(file);
  if (!rules) {
    rules = parseBoilerplate(readCsv(file), file);
    boilerplateCache.set(file, rules);
  }
  return rules;
}

/** Reads data/abbreviations.csv. */
export function loadAbbreviations(dataDir: string): AbbreviationTable {
  const file = join(dataDir, 'abbreviations.csv');
  let table = abbreviationCache.get(file);
  if (!table) {
    table = parseAbbreviations(readCsv(file), file);
    abbreviationCache.set(file, table);
  }
  return table;
}

/** `knowledge` is the lexicon loaded from the same folder (knowledge/index.ts). */
export function loadTextKnowledge(dataDir: string, knowledge: Knowledge): TextKnowledge {
  return {
    boilerplate: loadBoilerplate(dataDir),
    abbreviations: loadAbbreviations(dataDir),
    // Every language's words: a page's language may be misread, and these words rarely end one.
    lineContinuations: knowledge.lexicon('line_continuation', '*'),
  };
}
