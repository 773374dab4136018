/**
 * Place names that are also everyday words or brand names ("Nice", "Essen", "Toyota"),
 * from data/place-homonyms.csv: such a name is a place only with more evidence (see
 * cities.ts for how much, and the file's header for each kind).
 */
import { join } from 'node:path';
import { CsvError, readCsvRows } from '../knowledge/csv.js';
import { normKey } from './normalize.js';
import { LANGUAGES } from './sources.js';

const KINDS = ['brand', 'word'] as const;

export class PlaceHomonyms {
  private readonly brands = new Set<string>();
  /** Per language of LANGUAGES: its own words and those of every language ('*'). */
  private readonly wordsOf = new Map<string, Set<string>>();
  /** Every word row, for text in a language outside LANGUAGES. */
  private readonly anyWords = new Set<string>();

  constructor(dataDir: string) {
    const file = join(dataDir, 'place-homonyms.csv');
    const byLanguage = new Map<string, string[]>();
    for (const { line, record } of readCsvRows(file)) {
      const kind = record.kind ?? '';
      const name = normKey(record.name ?? '');
      if (!(KINDS as readonly string[]).includes(kind))
        throw new CsvError(file, line, `unknown kind "${kind}"`);
      if (!name) throw new CsvError(file, line, 'column "name" is empty');
      if (kind === 'brand') {
        this.brands.add(name);
        continue;
      }
      const language = record.language || '*';
      const list = byLanguage.get(language);
      if (list) list.push(name);
      else byLanguage.set(language, [name]);
      this.anyWords.add(name);
    }
    const shared = byLanguage.get('*') ?? [];
    for (const language of LANGUAGES)
      this.wordsOf.set(language, new Set([...shared, ...(byLanguage.get(language) ?? [])]));
  }

  /** A brand named like a city ("toyota", "orange"). `key` is a normKey. */
  isBrandName(key: string): boolean {
    return this.brands.has(key);
  }

  /** A place name that is an everyday word in the text's language ("nice" in English). */
  isEverydayWord(key: string, language: string): boolean {
    return (this.wordsOf.get(language) ?? this.anyWords).has(key);
  }
}
