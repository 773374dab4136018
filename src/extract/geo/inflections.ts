/**
 * Inflected place names ("Chinas", "den Vereinigten Arabischen Emiraten") back to the forms
 * the gazetteer knows, by the suffix rules of data/place-inflections.csv. Only tried when
 * the written form itself is no place.
 */
import { join } from 'node:path';
import { CsvError, readCsvRows } from '../knowledge/csv.js';

interface InflectionRule {
  ending: string;
  base: string;
  scope: 'last' | 'modifiers';
}

/** The word with the rule's ending replaced, or the word itself when it lacks the ending. */
function changed(word: string, rule: InflectionRule): string {
  return word.length > rule.ending.length + 2 && word.endsWith(rule.ending)
    ? word.slice(0, -rule.ending.length) + rule.base
    : word;
}

export class PlaceInflections {
  private readonly rules = new Map<string, InflectionRule[]>();

  constructor(dataDir: string) {
    const file = join(dataDir, 'place-inflections.csv');
    for (const { line, record } of readCsvRows(file)) {
      const { language = '', ending = '', base = '', scope = '' } = record;
      if (!language || !ending) throw new CsvError(file, line, 'language and ending are required');
      if (scope !== 'last' && scope !== 'modifiers')
        throw new CsvError(file, line, `unknown scope "${scope}"`);
      const list = this.rules.get(language) ?? [];
      this.rules.set(language, [...list, { ending, base, scope }]);
    }
  }

  /** The dictionary forms a written name may stand for in this language, most likely first. */
  baseForms(written: string, language: string): string[] {
    const rules = this.rules.get(language);
    if (!rules) return [];
    const words = written.split(' ');
    const head = words.slice(0, -1);
    const last = words[words.length - 1] ?? '';
    const modifiers = [
      head,
      ...rules
        .filter((rule) => rule.scope === 'modifiers')
        .map((rule) => head.map((word) => changed(word, rule))),
    ];
    const lasts = [
      last,
      ...rules.filter((rule) => rule.scope === 'last').map((rule) => changed(last, rule)),
    ];
    const forms = new Set<string>();
    for (const lastWord of lasts)
      for (const before of modifiers) forms.add([...before, lastWord].join(' '));
    forms.delete(written);
    return [...forms];
  }
}
