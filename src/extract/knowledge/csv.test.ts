import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvError, parseCsv, readCsv } from './csv.js';

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

  it('reports a missing file by name', () => {
    expect(() => readCsv(join(dir, 'missing.csv'))).toThrow(/missing\.csv: cannot read/);
  });
});
