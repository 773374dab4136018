import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from '../knowledge/csv.js';
import { PlaceHomonyms } from './homonyms.js';
import { LANGUAGES } from './sources.js';
import { DATA_DIR } from './testing.js';

describe('PlaceHomonyms', () => {
  const homonyms = new PlaceHomonyms(DATA_DIR);

  it('knows brands named like cities, in every language', () => {
    expect(homonyms.isBrandName('toyota')).toBe(true);
    expect(homonyms.isBrandName('casablanca')).toBe(false);
  });

  it("knows a language's everyday words and the shared ones, not another language's", () => {
    expect(homonyms.isEverydayWord('nice', 'en')).toBe(true);
    expect(homonyms.isEverydayWord('essen', 'de')).toBe(true);
    expect(homonyms.isEverydayWord('essen', 'en')).toBe(false);
    expect(homonyms.isEverydayWord('garcia', 'fr')).toBe(true);
  });

  it('uses every language for text in a language outside LANGUAGES', () => {
    expect(homonyms.isEverydayWord('essen', 'nl')).toBe(true);
    expect(homonyms.isEverydayWord('sole', 'und')).toBe(true);
  });

  it('has word rows for every language of LANGUAGES', () => {
    const listed = new Set(readCsv(join(DATA_DIR, 'place-homonyms.csv')).map((r) => r.language));
    for (const language of LANGUAGES) expect(listed, language).toContain(language);
  });

  describe('a bad row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'homonyms-test-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is reported with the file and its line', () => {
      writeFileSync(
        join(dir, 'place-homonyms.csv'),
        '# header comment\nlanguage,kind,name\n*,brand,toyota\n# words\nen,wrod,nice\n',
      );
      expect(() => new PlaceHomonyms(dir)).toThrow(
        `${join(dir, 'place-homonyms.csv')}: line 5: unknown kind "wrod"`,
      );
    });
  });
});
