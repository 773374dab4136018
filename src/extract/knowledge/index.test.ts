import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../geo/sources.js';
import { readCsv } from './csv.js';
import {
  LEXICON_KINDS,
  LEXICON_KINDS_FOR_SOME_LANGUAGES,
  loadKnowledge,
  loadLexicon,
} from './index.js';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

describe('data/lexicon.csv', () => {
  const rows = readCsv(join(DATA_DIR, 'lexicon.csv'));
  const has = (language: string, kind: string) =>
    rows.some((row) => row.language === language && row.kind === kind);

  it('has rows of every kind for every language of LANGUAGES', () => {
    const missing: string[] = [];
    for (const kind of LEXICON_KINDS) {
      if (LEXICON_KINDS_FOR_SOME_LANGUAGES[kind]) continue;
      for (const language of LANGUAGES)
        if (!has(language, kind)) missing.push(`${language},${kind}`);
    }
    expect(missing).toEqual([]);
  });

  it('has rows of a kind for some languages exactly where declared', () => {
    for (const [kind, languages] of Object.entries(LEXICON_KINDS_FOR_SOME_LANGUAGES)) {
      const present = LANGUAGES.filter((language) => has(language, kind));
      expect(present, kind).toEqual(languages);
    }
  });
});

describe('loadLexicon', () => {
  const lexicon = loadLexicon(DATA_DIR);

  it('adds the English terms to another language, and every language to an unknown one', () => {
    expect(lexicon('with', 'fr').has('avec')).toBe(true);
    expect(lexicon('with', 'fr').has('with')).toBe(true);
    expect(lexicon('with', 'fr').has('mit')).toBe(false);
    expect(lexicon('with', 'nl').has('mit')).toBe(true);
  });

  it('never borrows a kind that only some languages have', () => {
    expect(lexicon('capitalised_nouns', 'de').has('yes')).toBe(true);
    expect(lexicon('capitalised_nouns', 'en').size).toBe(0);
    expect(lexicon('capitalised_nouns', 'nl').size).toBe(0);
  });
});

describe('loadKnowledge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file and the true line of a row with an unknown kind', () => {
    const lines = ['language,kind,term', '# the kinds', '#   with  "A ... with B"', 'en,with,with'];
    lines.push('', '# French', 'fr,with,avec', 'fr,whith,avec');
    writeFileSync(join(dir, 'lexicon.csv'), lines.join('\n'));
    expect(() => loadKnowledge(dir)).toThrow(
      `${join(dir, 'lexicon.csv')}: line 8: unknown kind "whith"`,
    );
  });
});
