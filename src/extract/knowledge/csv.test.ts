import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvError, parseCsv, parseCsvRows, readCsv, splitList } from './csv.js';

describe('parseCsv', () => {
  it('reads a header row, skips comments and blank lines, trims fields', () => {
    const rows = parseCsv<{ a: string; b: string }>(
      '\ufeff# leading comment\n a , b \n# another\n"x,1", y\n\n   \n2,3\n',
      'g.csv',
    );
    expect(rows).toEqual([
      { a: 'x,1', b: 'y' },
      { a: '2', b: '3' },
    ]);
  });

  it('names the file and line of a row with too few fields', () => {
    const text = 'a,b,c\n# comment\n1,2,3\n\n4,5\n';
    expect(() => parseCsv(text, 'f.csv')).toThrow(CsvError);
    expect(() => parseCsv(text, 'f.csv')).toThrow(/^f\.csv: line 5: Too few fields.*"4,5"/);
  });

  it('names the line of a row with too many fields or an open quote', () => {
    expect(() => parseCsv('a,b\n1,2\n3,4,5\n', 'h.csv')).toThrow(/h\.csv: line 3: Too many fields/);
    expect(() => parseCsv('a,b\n1,2\n3,"4\n', 'h.csv')).toThrow(
      /h\.csv: line 3: Quoted field unterminated/,
    );
  });

  it('gives each record the line it starts on, counting comment and blank lines', () => {
    const text =
      '# about\n# columns\nname,note\n# group\nAcme,one\n\n"Beta","two\nlines"\nGamma,three\n';
    expect(parseCsvRows(text, 'n.csv').map((row) => [row.line, row.record.name])).toEqual([
      [5, 'Acme'],
      [7, 'Beta'],
      [9, 'Gamma'],
    ]);
  });

  it('rejects a file without a header row', () => {
    expect(() => parseCsv('# only a comment\n\n', 'e.csv')).toThrow(
      /e\.csv: line 1: no header row/,
    );
  });
});

describe('readCsv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csv-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file from disk', () => {
    const path = join(dir, 'x.csv');
    writeFileSync(path, 'language,term\nfr,Société\n');
    expect(readCsv(path)).toEqual([{ language: 'fr', term: 'Société' }]);
  });

  it('reports the true line of a bad row below comment lines, with the file name', () => {
    const path = join(dir, 'commented.csv');
    const comments = Array.from({ length: 27 }, (_, i) => `# comment ${i + 1}`);
    writeFileSync(path, ['language,term', ...comments, 'fr,Société', 'de,GmbH,extra'].join('\n'));
    // Line 1 is the header, 2-28 are comments, 29 is good, 30 has a field too many.
    const error = (() => {
      try {
        readCsv(path);
      } catch (err) {
        return err;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({ file: path, line: 30 });
    expect((error as CsvError).message).toBe(
      `${path}: line 30: Too many fields: expected 2 fields but parsed 3 (row: "de,GmbH,extra")`,
    );
  });

  it('reports a missing file by name', () => {
    expect(() => readCsv(join(dir, 'missing.csv'))).toThrow(/missing\.csv: cannot read/);
  });
});

describe('splitList', () => {
  it('splits a |-separated cell into trimmed, non-empty parts', () => {
    expect(splitList(' Middle East | MENA||')).toEqual(['Middle East', 'MENA']);
    expect(splitList(undefined)).toEqual([]);
  });
});
